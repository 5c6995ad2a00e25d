import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { SectionCard } from '../../common/SectionCard';
import { errorMessage } from '../../i18n/errors';
import { type AssessmentScheme, weightSum } from '../../providers/assessment';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';

type Draft = {
  indicators: { code: AssessmentScheme['indicators'][number]['code']; kind: string; weight: number; target: number | null }[];
  thresholds: { excellent: number; pass: number; basicPass: number };
  excellentCapPercent: number | null;
  objectionDays: number;
};

const toDraft = (scheme: AssessmentScheme): Draft => ({
  indicators: scheme.indicators.map((i) => ({ code: i.code, kind: i.kind, weight: i.weight, target: i.target ?? null })),
  thresholds: { ...scheme.thresholds },
  excellentCapPercent: scheme.excellentCapPercent ?? null,
  objectionDays: scheme.objectionDays,
});

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** The bureau's scheme for the year: weights (summing to 100), count targets, grade thresholds, the 优秀 cap, the objection window. */
export const SchemeEditor = ({ scheme, onSaved }: { scheme: AssessmentScheme; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useFengqiaoDataProvider();
  const [draft, setDraft] = useState(() => toDraft(scheme));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // A new scheme (another year or county, or a newer version) replaces the draft; a refetch of the same one keeps what
  // is being typed.
  const schemeKey = `${scheme.year}:${scheme.county.id}:${scheme.version}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the draft follows the scheme's identity, not its object
  useEffect(() => setDraft(toDraft(scheme)), [schemeKey]);
  const sum = weightSum(draft.indicators);
  const setIndicator = (n: number, patch: Partial<Draft['indicators'][number]>) =>
    setDraft((d) => ({ ...d, indicators: d.indicators.map((i, k) => (k === n ? { ...i, ...patch } : i)) }));
  const save = async () => {
    setPending(true);
    setError(null);
    try {
      await dataProvider.mutate('saveAssessmentScheme', {
        input: {
          year: scheme.year,
          countyId: scheme.county.id,
          indicators: draft.indicators.map((i) => ({ code: i.code, weight: i.weight, target: i.kind === 'COUNT' ? i.target : null })),
          thresholds: draft.thresholds,
          excellentCapPercent: draft.excellentCapPercent,
          ratingScores: scheme.ratingScores,
          objectionDays: draft.objectionDays,
          version: scheme.version,
        },
      });
      notify('fq.assessment.scheme_saved_notice', { type: 'success' });
      onSaved();
    } catch (e) {
      setError(errorMessage(translate, e));
    } finally {
      setPending(false);
    }
  };
  return (
    <SectionCard title={translate('fq.assessment.scheme')} testId="assessment-scheme">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {scheme.saved ? translate('fq.assessment.scheme_saved', { version: scheme.version }) : translate('fq.assessment.scheme_builtin')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: { xs: 'minmax(0, 1fr) 88px 88px', sm: 'minmax(0, 1fr) 110px 110px' },
          alignItems: 'center',
        }}
      >
        {draft.indicators.map((i, n) => (
          <Box key={i.code} sx={{ display: 'contents' }} data-testid={`scheme-row-${i.code}`}>
            <Typography variant="body2">{translate(`fq.enum.AssessmentIndicator.${i.code}`)}</Typography>
            <TextField
              size="small"
              type="number"
              label={translate('fq.assessment.weight')}
              value={i.weight}
              onChange={(e) => setIndicator(n, { weight: Number(e.target.value) })}
              slotProps={{ htmlInput: { min: 1, max: 100, 'data-testid': `scheme-weight-${i.code}` } }}
            />
            {i.kind === 'COUNT' ? (
              <TextField
                size="small"
                type="number"
                label={translate('fq.assessment.target')}
                value={i.target ?? ''}
                onChange={(e) => setIndicator(n, { target: numberOrNull(e.target.value) })}
                slotProps={{ htmlInput: { min: 1 } }}
              />
            ) : (
              <span />
            )}
          </Box>
        ))}
      </Box>
      <Typography
        variant="body2"
        sx={{ mt: 1.5, fontWeight: 600 }}
        color={sum === 100 ? 'success.main' : 'error.main'}
        data-testid="scheme-weight-sum"
      >
        {translate('fq.assessment.weight_sum', { sum })}
      </Typography>
      <Typography variant="subtitle2" sx={{ mt: 2, mb: 1 }}>
        {translate('fq.assessment.thresholds')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1.5 }}>
        {(
          [
            ['excellent', 'threshold_excellent'],
            ['pass', 'threshold_pass'],
            ['basicPass', 'threshold_basic'],
          ] as const
        ).map(([field, label]) => (
          <TextField
            key={field}
            size="small"
            type="number"
            label={translate(`fq.assessment.${label}`)}
            value={draft.thresholds[field]}
            onChange={(e) => setDraft((d) => ({ ...d, thresholds: { ...d.thresholds, [field]: Number(e.target.value) } }))}
            slotProps={{ htmlInput: { 'data-testid': `scheme-threshold-${field}` } }}
          />
        ))}
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1.5, mt: 2 }}>
        <TextField
          size="small"
          type="number"
          label={translate('fq.assessment.cap_percent')}
          value={draft.excellentCapPercent ?? ''}
          onChange={(e) => setDraft((d) => ({ ...d, excellentCapPercent: numberOrNull(e.target.value) }))}
          slotProps={{ htmlInput: { 'data-testid': 'scheme-cap' } }}
        />
        <TextField
          size="small"
          type="number"
          label={translate('fq.assessment.objection_days')}
          value={draft.objectionDays}
          onChange={(e) => setDraft((d) => ({ ...d, objectionDays: Number(e.target.value) }))}
        />
      </Stack>
      {error && (
        <Alert severity="error" sx={{ mt: 2 }} data-testid="scheme-error">
          {error}
        </Alert>
      )}
      <Button variant="contained" sx={{ mt: 2 }} onClick={save} disabled={pending} data-testid="scheme-save">
        {translate('fq.assessment.save_scheme')}
      </Button>
    </SectionCard>
  );
};
