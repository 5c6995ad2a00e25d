import Download from '@mui/icons-material/Download';
import { Button, CircularProgress, type ButtonProps } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { errorMessage } from '../i18n/errors';
import { downloadFile } from '../providers/files';

/** Downloads a Bearer-protected file (PDF, XLSX) and saves it under the server's file name. */
export const DownloadButton = ({
  url,
  fallbackName,
  label,
  testId,
  ...props
}: { url: string; fallbackName: string; label: string; testId?: string } & Omit<ButtonProps, 'onClick'>) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  // Progress of a long export (the server sends its length); null while unknown.
  const [progress, setProgress] = useState<number | null>(null);
  const onClick = async (event: React.MouseEvent) => {
    event.stopPropagation();
    setPending(true);
    setProgress(null);
    try {
      await downloadFile(url, fallbackName, undefined, setProgress);
    } catch (e) {
      notify(translate('fq.common.download_failed', { message: errorMessage(translate, e) }), { type: 'error' });
    } finally {
      setPending(false);
      setProgress(null);
    }
  };
  return (
    <Button
      size="small"
      startIcon={
        pending ? (
          <CircularProgress size={16} variant={progress ? 'determinate' : 'indeterminate'} value={progress ? progress * 100 : undefined} />
        ) : (
          <Download />
        )
      }
      disabled={pending}
      onClick={onClick}
      data-testid={testId}
      {...props}
    >
      {pending
        ? progress !== null && progress > 0
          ? translate('fq.common.downloading_percent', { percent: Math.round(progress * 100) })
          : translate('fq.common.downloading')
        : label}
    </Button>
  );
};
