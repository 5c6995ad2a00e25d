import AddAPhoto from '@mui/icons-material/AddAPhoto';
import Close from '@mui/icons-material/Close';
import Lock from '@mui/icons-material/Lock';
import { Alert, Box, Button, Chip, IconButton, Stack, Tooltip, Typography, type ChipProps } from '@mui/material';
import { useRef, useState } from 'react';
import { useInput, useTranslate, ValidationError } from 'react-admin';
import { useUpload, UploadProgress } from '../../common/Upload';
import { splitMinutes, type WorkLogPhoto } from './workLogFormat';

const REPORT_COLOURS: Record<string, ChipProps['color']> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  RETURNED: 'warning',
  APPROVED: 'success',
};

/** 未提交 / 待审核 / 已退回 / 已通过, coloured. */
export const ReportStatusChip = ({ status, size = 'small' }: { status: string; size?: ChipProps['size'] }) => {
  const translate = useTranslate();
  return (
    <Chip
      size={size}
      color={REPORT_COLOURS[status] ?? 'default'}
      label={translate(`fq.enum.MonthlyReportStatus.${status}`)}
      data-testid="report-status"
      data-status={status}
    />
  );
};

export const LateChip = ({ label }: { label: string }) => (
  <Chip size="small" color="error" variant="outlined" label={label} data-testid="report-late" />
);

/** A submitted or approved month's entry: it cannot change. */
export const FrozenChip = () => {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" icon={<Lock fontSize="small" />} label={translate('fq.workLog.frozen')} data-testid="entry-frozen" />;
};

/** `1 小时 30 分钟` / `1 h 30 min`. */
export function useDuration() {
  const translate = useTranslate();
  return (total: number) => {
    const { hours, minutes } = splitMinutes(total);
    if (hours === 0) return translate('fq.workLog.minutes', { minutes });
    if (minutes === 0) return translate('fq.workLog.hours', { hours });
    return translate('fq.workLog.hours_minutes', { hours, minutes });
  };
}

export const Photos = ({ photos }: { photos: WorkLogPhoto[] | undefined }) => {
  if (!photos?.length) return null;
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }} data-testid="photos">
      {photos.map((p) => (
        <Box
          key={p.id}
          component="a"
          href={p.url}
          target="_blank"
          rel="noreferrer"
          sx={{ display: 'block', width: 96, height: 72, borderRadius: 1, overflow: 'hidden', border: 1, borderColor: 'divider' }}
        >
          <Box component="img" src={p.url} alt="" sx={{ width: '100%', height: '100%', objectFit: 'cover' }} />
        </Box>
      ))}
    </Stack>
  );
};

/**
 * Evidence photos: each is uploaded as soon as it is chosen (a phone's camera or gallery), and the form keeps the
 * uploaded ids in `source` (`photoIds`). `existing` are the photos the record already has (an edit).
 */
export const PhotoInput = ({
  source,
  label,
  helperText,
  existing = [],
  known = [],
  validate,
}: {
  source: string;
  label: string;
  helperText?: string;
  existing?: WorkLogPhoto[];
  /** Photos already stored whose previews may be shown (a form's existing highlights). */
  known?: WorkLogPhoto[];
  validate?: (value: unknown) => string | undefined;
}) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source, defaultValue: existing.map((p) => p.id), validate });
  const ids: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  const [previews, setPreviews] = useState<Record<string, string>>(() => Object.fromEntries([...known, ...existing].map((p) => [p.id, p.url])));
  const [error, setError] = useState<string | null>(null);
  const { upload, progress, ready, accept, accepts, hint, failure } = useUpload('photo');
  const input = useRef<HTMLInputElement>(null);

  const onFiles = async (files: FileList | null) => {
    setError(null);
    const added: string[] = [];
    const shown: Record<string, string> = {};
    for (const file of Array.from(files ?? [])) {
      if (!accepts(file)) {
        setError(translate('fq.error.file_type', { types: hint.types }));
        continue;
      }
      try {
        const uploaded = await upload(file);
        added.push(uploaded.id);
        shown[uploaded.id] = URL.createObjectURL(file);
      } catch (e) {
        setError(failure(e));
      }
    }
    if (input.current) input.current.value = '';
    setPreviews((p) => ({ ...p, ...shown }));
    if (added.length) field.onChange([...ids, ...added]);
  };

  const invalid = fieldState.invalid && (fieldState.isTouched || fieldState.error);
  return (
    <Box sx={{ mb: 2, width: '100%' }} data-testid={`photo-input-${source}`}>
      <Typography variant="body2" color={invalid ? 'error' : 'text.secondary'} sx={{ mb: 0.5 }}>
        {translate(label)}
      </Typography>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {ids.map((id, index) => (
          <Box key={id} sx={{ position: 'relative', width: 96, height: 72, borderRadius: 1, overflow: 'hidden', border: 1, borderColor: 'divider' }}>
            {previews[id] && <Box component="img" src={previews[id]} alt="" sx={{ width: '100%', height: '100%', objectFit: 'cover' }} />}
            <Tooltip title={translate('fq.a11y.remove_photo', { index: index + 1 })}>
              <IconButton
                size="small"
                aria-label={translate('fq.a11y.remove_photo', { index: index + 1 })}
                onClick={() => field.onChange(ids.filter((x) => x !== id))}
                sx={{ position: 'absolute', top: 2, right: 2, bgcolor: 'rgba(255,255,255,0.85)', p: 0.25 }}
              >
                <Close fontSize="small" />
              </IconButton>
            </Tooltip>
          </Box>
        ))}
        <Button variant="outlined" startIcon={<AddAPhoto />} onClick={() => input.current?.click()} disabled={progress !== null || !ready}>
          {translate('fq.workLog.add_photo')}
        </Button>
        <input
          ref={input}
          type="file"
          accept={accept}
          multiple
          hidden
          onChange={(e) => void onFiles(e.target.files)}
          data-testid={`photo-file-${source}`}
        />
      </Stack>
      <UploadProgress progress={progress} />
      {helperText && !invalid && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
          {translate(helperText)}
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary" component="p" data-testid={`photo-rules-${source}`}>
        {translate('fq.common.photo_rules', hint)}
      </Typography>
      {invalid && fieldState.error?.message && (
        <Typography variant="caption" color="error" component="p" sx={{ mt: 0.5 }}>
          <ValidationError error={fieldState.error.message} />
        </Typography>
      )}
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
    </Box>
  );
};
