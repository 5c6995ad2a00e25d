import { Alert, Box, Button, Chip, FormControlLabel, Stack, Switch, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { SectionCard } from '../../common/SectionCard';
import { useFetched } from '../../common/useFetched';
import { errorMessage } from '../../i18n/errors';
import { isAboveCounty } from '../../providers/cityTier';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import type { SessionUser } from '../../providers/session';
import { RegionSelect } from '../../resources/pickers';
import {
  isSetHere,
  refusedSetting,
  SETTING_RANGES,
  type SettingField,
  type Settings,
  type SettingsFormValues,
  settingsFormValues,
  settingsInput,
  settingsProblems,
} from '../../providers/settings';

/** Whether a value is the region's own (本级设置) or inherited from above or built in (沿用上级/默认). */
const Origin = ({ settings, field }: { settings: Settings; field: SettingField }) => {
  const translate = useTranslate();
  const here = isSetHere(settings, field);
  return (
    <Chip
      size="small"
      variant={here ? 'filled' : 'outlined'}
      color={here ? 'primary' : 'default'}
      label={translate(here ? 'fq.settings.set_here' : 'fq.settings.inherited')}
      data-testid={`settings-origin-${field}`}
      sx={{ alignSelf: 'flex-start' }}
    />
  );
};

/** The message of a refused save: a bad value names the setting by its label; the rest as everywhere. */
function saveError(translate: ReturnType<typeof useTranslate>, error: unknown): string {
  const body = (error as { body?: { code?: string; field?: string } } | undefined)?.body;
  const field = refusedSetting(body?.field);
  if (body?.code === 'BAD_USER_INPUT' && field) return translate('fq.error.BAD_USER_INPUT', { field: translate(`fq.settings.field.${field}`) });
  return errorMessage(translate, error);
}

/** The form of one region's settings, keyed by region and version so it starts again from what was loaded. */
const SettingsForm = ({ settings, regionId, onSaved }: { settings: Settings; regionId: string; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useFengqiaoDataProvider();
  const [values, setValues] = useState<SettingsFormValues>(() => settingsFormValues(settings));
  const [problems, setProblems] = useState<SettingField[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const input = settingsInput(values, settings);
  const changed = Object.keys(input).length > 1;
  const set = (patch: Partial<SettingsFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const save = async () => {
    const refused = settingsProblems(values);
    setProblems(refused);
    if (refused.length) return;
    setPending(true);
    setError(null);
    try {
      await dataProvider.updateSettings({ input, regionId: regionId || null });
      notify('fq.settings.saved', { type: 'success' });
      onSaved();
    } catch (e) {
      setError(saveError(translate, e));
    } finally {
      setPending(false);
    }
  };
  const numberField = (field: 'monthlyReportDeadlineDay' | 'adviserLoadCap') => (
    <Stack sx={{ gap: 0.5 }} key={field}>
      <TextField
        size="small"
        label={translate(`fq.settings.field.${field}`)}
        value={values[field]}
        onChange={(e) => set({ [field]: e.target.value })}
        error={problems.includes(field)}
        helperText={
          problems.includes(field)
            ? translate('fq.settings.whole_number', { min: SETTING_RANGES[field][0], max: SETTING_RANGES[field][1] })
            : translate(`fq.settings.hint.${field}`)
        }
        slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': `settings-${field}` } }}
        fullWidth
      />
      <Origin settings={settings} field={field} />
    </Stack>
  );
  return (
    <Stack sx={{ gap: 2, maxWidth: 560 }}>
      {numberField('monthlyReportDeadlineDay')}
      {numberField('adviserLoadCap')}
      <Stack sx={{ gap: 0.5 }}>
        <FormControlLabel
          control={
            <Switch
              checked={values.keepPhotoLocation}
              onChange={(e) => set({ keepPhotoLocation: e.target.checked })}
              slotProps={{ input: { 'data-testid': 'settings-keepPhotoLocation' } as object }}
            />
          }
          label={translate('fq.settings.field.keepPhotoLocation')}
        />
        <Typography variant="caption" color="text.secondary">
          {translate('fq.settings.hint.keepPhotoLocation')}
        </Typography>
        <Origin settings={settings} field="keepPhotoLocation" />
      </Stack>
      <Stack sx={{ gap: 0.5 }}>
        <TextField
          size="small"
          label={translate('fq.settings.field.noticeBoardQrUrl')}
          value={values.noticeBoardQrUrl}
          onChange={(e) => set({ noticeBoardQrUrl: e.target.value })}
          helperText={translate('fq.settings.hint.noticeBoardQrUrl')}
          slotProps={{ htmlInput: { 'data-testid': 'settings-noticeBoardQrUrl' } }}
          fullWidth
        />
        <Origin settings={settings} field="noticeBoardQrUrl" />
      </Stack>
      {error && (
        <Alert severity="error" data-testid="settings-error">
          {error}
        </Alert>
      )}
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <Button variant="contained" disabled={pending || !changed} onClick={save} data-testid="settings-save">
          {translate('ra.action.save')}
        </Button>
        {error && (
          <Button variant="text" onClick={onSaved} data-testid="settings-reload">
            {translate('fq.settings.reload')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
};

/**
 * 系统设置 (bureau): the settings in force for the viewer's region, each marked set here or inherited, and a form to
 * change the region's own. A city's or province's bureau may pick one of its counties instead; for its own region the
 * values are the defaults its counties inherit.
 */
export const SettingsPage = () => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const { identity } = useGetIdentity();
  const scope = (identity as Partial<Pick<SessionUser, 'scopeRegion'>> | undefined)?.scopeRegion;
  const aboveCounty = isAboveCounty('BUREAU_ADMIN', scope?.level);
  const [regionId, setRegionId] = useState('');
  const settings = useFetched((signal) => dataProvider.settings({ regionId: regionId || null, signal }), [dataProvider, regionId]);
  const current = settings.data;
  return (
    <Box data-testid="settings-page" sx={{ my: 2, display: 'grid', gap: 2 }}>
      <Title title={translate('fq.settings.title')} />
      <Typography variant="body2" color="text.secondary">
        {translate(aboveCounty && !regionId ? 'fq.settings.subtitle_above' : 'fq.settings.subtitle')}
      </Typography>
      <Box sx={{ maxWidth: 560, display: 'grid' }}>
        <RegionSelect
          level="COUNTY"
          enabled={aboveCounty}
          label={translate('fq.settings.region')}
          emptyLabel={translate('fq.settings.own_region', { name: scope?.name ?? '' })}
          value={regionId}
          onChange={setRegionId}
          testId="settings-region"
        />
      </Box>
      <SectionCard title={current ? current.region.name : translate('fq.settings.title')} testId="settings-card">
        {settings.error ? <Alert severity="error">{errorMessage(translate, settings.error)}</Alert> : null}
        {current && (
          <SettingsForm
            key={`${current.region.id}-${current.version}-${current.setHere.join()}`}
            settings={current}
            regionId={regionId}
            onSaved={settings.refetch}
          />
        )}
      </SectionCard>
    </Box>
  );
};
