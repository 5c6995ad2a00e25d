import PhotoCamera from '@mui/icons-material/PhotoCamera';
import { Alert, Avatar, Box, Button, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { UploadProgress, useUpload } from '../../common/Upload';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { useCan } from '../../providers/useCan';

/** The adviser's photo (as printed on the notice board); the bureau uploads or replaces it. */
export const AdviserPhoto = ({ adviser }: { adviser: { id: string | number; name: string; photoUrl?: string | null } }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useFengqiaoDataProvider();
  const canEdit = useCan('legalAdvisers', 'edit');
  const input = useRef<HTMLInputElement>(null);
  const { upload, progress, ready, accept, accepts, hint, failure } = useUpload('photo');
  const [error, setError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (!accepts(file)) {
      setError(translate('fq.error.file_type', { types: hint.types }));
      return;
    }
    try {
      const uploaded = await upload(file);
      await dataProvider.mutate('setLegalAdviserPhoto', { adviserId: adviser.id, attachmentId: uploaded.id });
      notify('fq.advisers.photo_saved', { type: 'success' });
      refresh();
    } catch (e) {
      setError(failure(e));
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Stack sx={{ alignItems: 'center', gap: 1, width: { xs: '100%', sm: 160 }, flexShrink: 0 }}>
      {adviser.photoUrl ? (
        <Box
          component="img"
          src={adviser.photoUrl}
          alt={translate('fq.advisers.photo_of', { name: adviser.name })}
          data-testid="adviser-photo"
          sx={{ width: 132, height: 176, objectFit: 'cover', borderRadius: 1, border: 1, borderColor: 'divider' }}
        />
      ) : (
        <Avatar variant="rounded" sx={{ width: 132, height: 176, fontSize: 48 }} data-testid="adviser-no-photo">
          {adviser.name.slice(0, 1)}
        </Avatar>
      )}
      {!adviser.photoUrl && (
        <Typography variant="caption" color="text.secondary">
          {translate('fq.advisers.no_photo')}
        </Typography>
      )}
      {canEdit && (
        <>
          <input ref={input} type="file" accept={accept} hidden data-testid="photo-input" onChange={(e) => void onFile(e.target.files?.[0])} />
          <Button
            size="small"
            variant="outlined"
            startIcon={<PhotoCamera />}
            disabled={progress !== null || !ready}
            onClick={() => input.current?.click()}
          >
            {translate(adviser.photoUrl ? 'fq.advisers.change_photo' : 'fq.advisers.upload_photo')}
          </Button>
          <Typography variant="caption" color="text.secondary" sx={{ textAlign: 'center' }}>
            {translate('fq.common.photo_rules', hint)}
          </Typography>
          <UploadProgress progress={progress} />
          {error && (
            <Alert severity="error" sx={{ width: '100%' }}>
              {error}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
};
