import { Box, LinearProgress, Typography } from '@mui/material';
import { useCallback, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { ApiError } from '../providers/session';
import { uploadFile, type Uploaded } from '../providers/files';

/** Uploads with progress; a file over `maxBytes` is refused here, before a byte is sent. */
export function useUpload() {
  const [progress, setProgress] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  const upload = useCallback(async (file: File, maxBytes: number): Promise<Uploaded> => {
    if (file.size > maxBytes) throw new ApiError('BAD_USER_INPUT', 'too large', { field: 'file', status: 413 });
    controller.current = new AbortController();
    setProgress(0);
    try {
      return await uploadFile(file, { onProgress: setProgress, signal: controller.current.signal });
    } finally {
      setProgress(null);
      controller.current = null;
    }
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { upload, progress, cancel };
}

/** The bar and the percentage while a file goes up. */
export const UploadProgress = ({ progress }: { progress: number | null }) => {
  const translate = useTranslate();
  if (progress === null) return null;
  const percent = Math.round(progress * 100);
  return (
    <Box sx={{ width: '100%', my: 1 }} data-testid="upload-progress" aria-live="polite">
      <LinearProgress variant="determinate" value={percent} />
      <Typography variant="caption" color="text.secondary">
        {translate('fq.common.uploading', { percent })}
      </Typography>
    </Box>
  );
};
