import AddAPhoto from '@mui/icons-material/AddAPhoto';
import Close from '@mui/icons-material/Close';
import { Alert, Box, Button, FormHelperText, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { InputHelperText, useInput, useTranslate } from 'react-admin';
import { UploadProgress, useUpload } from '../../common/Upload';

export interface PhotoValue {
  id: string;
  preview: string;
}

/** Phones take photos of 4000 px and more: shrink those to this longer side (still sharp on paper). */
const MAX_SIDE = 2400;

/** A photo near or over the API's limit, re-encoded as JPEG at a sensible size; small ones pass as they are. */
async function shrink(file: File, maxBytes: number): Promise<File> {
  if (file.size <= maxBytes * 0.8 || typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (!blob) return file;
    return new File([blob], `${file.name.replace(/\.\w+$/, '')}.jpg`, { type: 'image/jpeg' });
  } catch {
    return file;
  }
}

const atLeastOne = (value: unknown) => (Array.isArray(value) && value.length > 0 ? undefined : 'fq.trainings.photo_required');

/**
 * Photos of a training (图片佐证): each uploaded as soon as it is chosen (POST /api/uploads, with progress), the form
 * keeps the ids; on a phone the picker offers the camera.
 */
export const PhotosInput = ({ source }: { source: string }) => {
  const translate = useTranslate();
  const { field, fieldState, formState } = useInput({ source, validate: atLeastOne, defaultValue: [] });
  const photos = (field.value as PhotoValue[] | undefined) ?? [];
  const { upload, progress, ready, accept, accepts, hint, failure, maxBytes } = useUpload('photo');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(photos);
  latest.current = photos;

  useEffect(
    () => () => {
      for (const p of latest.current) URL.revokeObjectURL(p.preview);
    },
    [],
  );

  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    setError(null);
    for (const original of Array.from(files)) {
      if (!accepts(original)) {
        setError(translate('fq.error.file_type', { types: hint.types }));
        continue;
      }
      try {
        const file = maxBytes === undefined ? original : await shrink(original, maxBytes);
        const uploaded = await upload(file);
        const next = [...latest.current, { id: uploaded.id, preview: URL.createObjectURL(file) }];
        latest.current = next;
        field.onChange(next);
      } catch (e) {
        setError(failure(e));
      }
    }
    if (input.current) input.current.value = '';
  };

  const remove = (id: string) => {
    const photo = photos.find((p) => p.id === id);
    if (photo) URL.revokeObjectURL(photo.preview);
    field.onChange(photos.filter((p) => p.id !== id));
  };

  const showError = Boolean(fieldState.error?.message) && (fieldState.isTouched || formState.submitCount > 0);
  return (
    <Box sx={{ width: '100%', mb: 2 }} data-testid="photos-input">
      <Typography variant="subtitle2">{translate('fq.trainings.photos')} *</Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate('fq.trainings.photos_hint', hint)}
      </Typography>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {photos.map((p, index) => (
          <Box key={p.id} sx={{ position: 'relative', width: 96, height: 96 }} data-testid="photo-thumb">
            <Box
              component="img"
              src={p.preview}
              alt={translate('fq.trainings.photo_alt', { index: index + 1 })}
              sx={{ width: 96, height: 96, objectFit: 'cover', borderRadius: 1, border: 1, borderColor: 'divider' }}
            />
            <Tooltip title={translate('fq.a11y.remove_photo', { index: index + 1 })}>
              <IconButton
                size="small"
                aria-label={translate('fq.a11y.remove_photo', { index: index + 1 })}
                onClick={() => remove(p.id)}
                sx={{ position: 'absolute', top: 2, right: 2, bgcolor: 'rgba(255,255,255,0.85)', '&:hover': { bgcolor: 'white' } }}
              >
                <Close fontSize="small" />
              </IconButton>
            </Tooltip>
          </Box>
        ))}
        <input
          ref={input}
          type="file"
          accept={accept}
          multiple
          hidden
          data-testid="training-photo-input"
          onChange={(e) => void onFiles(e.target.files)}
        />
        <Button
          variant="outlined"
          startIcon={<AddAPhoto />}
          disabled={progress !== null || !ready}
          onClick={() => {
            field.onBlur();
            input.current?.click();
          }}
          sx={{ height: 96, minWidth: 96 }}
        >
          {translate('fq.trainings.add_photo')}
        </Button>
      </Stack>
      <UploadProgress progress={progress} />
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      {showError && (
        <FormHelperText error>
          <InputHelperText error={fieldState.error!.message} />
        </FormHelperText>
      )}
    </Box>
  );
};
