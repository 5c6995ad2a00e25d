import { Box, LinearProgress, Typography } from '@mui/material';
import { useCallback, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { errorMessage, uploadErrorMessage } from '../i18n/errors';
import { useFengqiaoDataProvider } from '../providers/dataProvider';
import { CSV_TYPE, uploadFile, XLSX_TYPE, type Uploaded } from '../providers/files';
import { ApiError } from '../providers/session';
import { maxBytesOf, megabytes, photoTypeNames, type UploadKind, type UploadLimits } from '../providers/uploadLimits';
import { useFetched } from './useFetched';

/** What the API accepts from the signed-in user (sizes, photo types, quota); undefined until read. */
export function useUploadLimits(): UploadLimits | undefined {
  const dataProvider = useFengqiaoDataProvider();
  return useFetched(() => dataProvider.uploadLimits(), [dataProvider]).data;
}

/**
 * Uploads one kind of file with progress, against the API's own limits: a file over the size limit for the kind is
 * refused here, before a byte is sent, and photos of a type the viewer may not upload are not offered. `ready` is false
 * until the limits are read; `hint` fills the inputs' help texts; `failure` turns any error into a message to show.
 */
export function useUpload(kind: UploadKind) {
  const translate = useTranslate();
  const limits = useUploadLimits();
  const [progress, setProgress] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  const maxBytes = limits ? maxBytesOf(limits, kind) : undefined;
  const photoTypes = limits?.acceptedPhotoTypes ?? [];
  const types = kind === 'photo' ? photoTypeNames(photoTypes) : kind === 'regionTable' ? '.xlsx / .csv' : '.xlsx';

  const upload = useCallback(
    async (file: File): Promise<Uploaded> => {
      if (maxBytes !== undefined && file.size > maxBytes) {
        throw new ApiError('BAD_USER_INPUT', 'too large', { field: 'file', status: 413, maxBytes });
      }
      controller.current = new AbortController();
      setProgress(0);
      try {
        return await uploadFile(file, { onProgress: setProgress, signal: controller.current.signal });
      } finally {
        setProgress(null);
        controller.current = null;
      }
    },
    [maxBytes],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);

  return {
    upload,
    cancel,
    progress,
    ready: limits !== undefined,
    maxBytes,
    /** For the file input's `accept`. */
    accept: kind === 'photo' ? photoTypes.join(',') : kind === 'regionTable' ? `.xlsx,.csv,${XLSX_TYPE},${CSV_TYPE}` : `.xlsx,${XLSX_TYPE}`,
    /** A photo of a type the viewer may upload (spreadsheets are checked by their name); until the limits are read, the API decides. */
    accepts: (file: { type: string }) => kind !== 'photo' || !limits || photoTypes.includes(file.type),
    hint: { types, mb: maxBytes === undefined ? '…' : megabytes(maxBytes) },
    failure: (error: unknown) => (error instanceof ApiError ? uploadErrorMessage(translate, error, types) : errorMessage(translate, error)),
  };
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
