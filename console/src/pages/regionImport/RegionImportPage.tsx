import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import UploadFile from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { LinkBase, Title, useTranslate } from 'react-admin';
import { DayPicker } from '../../common/DatePickers';
import { UploadProgress, useUpload } from '../../common/Upload';
import { errorMessage } from '../../i18n/errors';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';
import {
  CHANGE_KINDS,
  canApply,
  changeDetail,
  changesNothing,
  countOf,
  problemCell,
  problemKey,
  problemPlace,
  problemReason,
  tableTypeOf,
  type ChangeKind,
  type RegionImportPreview,
  type RegionImportProblem,
  type RegionImportResult,
} from './regionImport';

const STEPS = ['upload', 'preview', 'result'] as const;
type StepName = (typeof STEPS)[number];

/** Every bad row: where, which cell as read, and why; lines that wrap on a phone rather than a wide table. */
const ProblemList = ({ problems }: { problems: RegionImportProblem[] }) => {
  const translate = useTranslate();
  return (
    <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="region-import-problems">
      {problems.map((p) => {
        const cell = problemCell(translate, p);
        return (
          <Box
            component="li"
            key={problemKey(p)}
            data-testid="region-import-problem"
            data-row={p.row ?? ''}
            sx={{ py: 0.75, borderBottom: 1, borderColor: 'divider', display: 'flex', gap: 1, alignItems: 'flex-start' }}
          >
            <ErrorOutline color="error" fontSize="small" sx={{ mt: 0.25 }} />
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {problemPlace(translate, p)}
                {cell && (
                  <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary', ml: 1, wordBreak: 'break-all' }}>
                    {cell}
                  </Box>
                )}
              </Typography>
              <Typography variant="body2" color="error">
                {problemReason(translate, p)}
              </Typography>
            </Box>
          </Box>
        );
      })}
    </Stack>
  );
};

/** A long list (a county's villages renamed at once) shows its first rows until asked for all. */
const SHOWN_AT_FIRST = 20;

/** The changes of one kind: code, name and what happens to it. */
const ChangeList = ({ kind, preview }: { kind: ChangeKind; preview: RegionImportPreview }) => {
  const translate = useTranslate();
  const [all, setAll] = useState(false);
  if (!preview[kind].length) return null;
  const changes = all ? preview[kind] : preview[kind].slice(0, SHOWN_AT_FIRST);
  return (
    <Box data-testid={`region-import-${kind}`} sx={{ mt: 2 }}>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {translate(`fq.region_import.count_${kind}`, { count: countOf(preview, kind) })}
      </Typography>
      <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {changes.map((c) => (
          <Box
            component="li"
            key={`${c.code}|${c.row ?? ''}`}
            data-testid="region-import-change"
            sx={{ py: 0.5, borderBottom: 1, borderColor: 'divider', display: 'flex', flexWrap: 'wrap', columnGap: 1.5 }}
          >
            <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
              {c.code}
            </Typography>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {c.name}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
              {[translate(`fq.enum.RegionLevel.${c.level}`), changeDetail(translate, kind, c)].filter(Boolean).join(' · ')}
            </Typography>
          </Box>
        ))}
      </Stack>
      {changes.length < preview[kind].length && (
        <Button size="small" onClick={() => setAll(true)} data-testid={`region-import-show-all-${kind}`}>
          {translate('fq.region_import.show_all', { count: preview[kind].length })}
        </Button>
      )}
    </Box>
  );
};

const ResultFigures = ({ result }: { result: RegionImportResult }) => {
  const translate = useTranslate();
  const figures: [string, number][] = [
    ['created', result.createdCount],
    ['renamed', result.renamedCount],
    ['moved', result.movedCount],
    ['retired', result.retiredCount],
    ['reclassified', result.reclassifiedCount],
    ['unchanged', result.unchangedCount],
    ['ended_pairings', result.endedPairingCount],
  ];
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(4, 1fr)' }, gap: 1, mb: 2 }}>
      {figures.map(([key, value]) => (
        <Box key={key} data-testid={`region-import-result-${key}`} sx={{ p: 1, border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Typography variant="h6">{value}</Typography>
          <Typography variant="caption" color="text.secondary">
            {translate(`fq.region_import.result_${key}`)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};

/**
 * 导入区划: the bureau chooses its county's region table (XLSX or CSV in the statistics bureau's layout), sees every bad
 * row with its reason and what would change (new, renamed, moved, retired), and applies it from a date in one step.
 */
export const RegionImportPage = () => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const { upload, progress, ready, accept, hint, failure } = useUpload('regionTable');
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<StepName>('upload');
  const [fileName, setFileName] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [preview, setPreview] = useState<RegionImportPreview | null>(null);
  const [effectiveOn, setEffectiveOn] = useState(() => todayInShanghai());
  const [result, setResult] = useState<RegionImportResult | null>(null);

  const check = (attachmentId: string) => dataProvider.mutate<RegionImportPreview>('previewRegionImport', { attachmentId });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setNotice(null);
    setPreview(null);
    setFileName(file.name);
    const type = tableTypeOf(file.name);
    if (!type) {
      setError(translate('fq.region_import.not_table'));
      return;
    }
    try {
      const uploaded = await upload(new File([file], file.name, { type }));
      setChecking(true);
      setPreview(await check(uploaded.id));
      setStep('preview');
    } catch (e) {
      setError(failure(e));
    } finally {
      setChecking(false);
      if (input.current) input.current.value = '';
    }
  };

  const apply = async () => {
    if (!preview || !canApply(preview) || !effectiveOn) return;
    setApplying(true);
    setError(null);
    try {
      const applied = await dataProvider.mutate<RegionImportResult>('applyRegionImport', {
        attachmentId: preview.attachmentId,
        effectiveOn,
        fileName,
      });
      setResult(applied);
      setStep('result');
    } catch (e) {
      // A row found bad only now (the regions changed since the check): check again, so that its problems show.
      if ((e as { body?: { code?: string } }).body?.code === 'BAD_USER_INPUT') {
        try {
          setPreview(await check(preview.attachmentId));
          setNotice(translate('fq.region_import.changed_meanwhile'));
          return;
        } catch {
          // fall through to the error of the apply
        }
      }
      setError(errorMessage(translate, e));
    } finally {
      setApplying(false);
    }
  };

  const startOver = () => {
    setPreview(null);
    setResult(null);
    setError(null);
    setNotice(null);
    setFileName(null);
    setStep('upload');
  };

  const busy = progress !== null || checking;

  return (
    <Box sx={{ my: 2, display: 'grid', gap: 2, minWidth: 0 }} data-testid="region-import">
      <Title title={translate('fq.region_import.title')} />
      <Stepper activeStep={STEPS.indexOf(step)} alternativeLabel>
        {STEPS.map((s) => (
          <Step key={s}>
            <StepLabel>{translate(`fq.region_import.step_${s}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>

      {step === 'upload' && (
        <Card>
          <CardContent>
            <Typography variant="body1" gutterBottom>
              {translate('fq.region_import.upload_body')}
            </Typography>
            <input
              ref={input}
              type="file"
              hidden
              accept={accept}
              data-testid="region-import-file"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, mt: 2, alignItems: { sm: 'center' } }}>
              <Button variant="contained" startIcon={<UploadFile />} disabled={busy || !ready} onClick={() => input.current?.click()}>
                {translate('fq.region_import.choose_file')}
              </Button>
              <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
                {fileName ?? translate('fq.region_import.upload_hint', hint)}
              </Typography>
            </Stack>
            <UploadProgress progress={progress} />
            {checking && (
              <Stack direction="row" sx={{ gap: 1, alignItems: 'center', mt: 1 }} data-testid="region-import-checking">
                <CircularProgress size={16} />
                <Typography variant="body2">{translate('fq.region_import.checking')}</Typography>
              </Stack>
            )}
          </CardContent>
        </Card>
      )}

      {error && (
        <Alert severity="error" data-testid="region-import-error">
          {error}
        </Alert>
      )}
      {notice && (
        <Alert severity="warning" data-testid="region-import-notice">
          {notice}
        </Alert>
      )}

      {step === 'preview' && preview && (
        <Card>
          <CardContent>
            <Typography variant="h6" component="h2" sx={{ wordBreak: 'break-all' }}>
              {fileName}
            </Typography>
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {translate('fq.region_import.rows', { rows: preview.rowCount })}
            </Typography>
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', my: 1 }} data-testid="region-import-summary">
              {CHANGE_KINDS.map((kind) => (
                <Chip
                  key={kind}
                  size="small"
                  data-testid={`region-import-count-${kind}`}
                  color={countOf(preview, kind) ? (kind === 'retired' ? 'warning' : 'primary') : 'default'}
                  variant={countOf(preview, kind) ? 'filled' : 'outlined'}
                  label={translate(`fq.region_import.count_${kind}`, { count: countOf(preview, kind) })}
                />
              ))}
              <Chip size="small" variant="outlined" label={translate('fq.region_import.count_unchanged', { count: preview.unchangedCount })} />
            </Stack>

            {preview.problems.length > 0 ? (
              <>
                <Alert severity="error" sx={{ my: 2 }} data-testid="region-import-blocked">
                  {translate('fq.region_import.problems_block', { count: preview.problems.length })}
                </Alert>
                <Typography variant="subtitle1" component="h3">
                  {translate('fq.region_import.problems_title', { count: preview.problems.length })}
                </Typography>
                <ProblemList problems={preview.problems} />
              </>
            ) : changesNothing(preview) ? (
              <Alert severity="info" sx={{ my: 2 }} data-testid="region-import-no-changes">
                {translate('fq.region_import.no_changes')}
              </Alert>
            ) : (
              <Alert severity="success" sx={{ my: 2 }} data-testid="region-import-valid">
                {translate('fq.region_import.all_valid')}
              </Alert>
            )}

            {!changesNothing(preview) && (
              <Box sx={{ mt: 2 }}>
                <Typography variant="subtitle1" component="h3">
                  {translate('fq.region_import.changes_title')}
                </Typography>
                {CHANGE_KINDS.map((kind) => (
                  <ChangeList key={kind} kind={kind} preview={preview} />
                ))}
              </Box>
            )}

            {canApply(preview) && (
              <Box sx={{ mt: 3 }}>
                <DayPicker
                  label={translate('fq.region_import.effective_on')}
                  helperText={effectiveOn ? translate('fq.region_import.effective_on_hint') : translate('fq.region_import.effective_on_required')}
                  error={!effectiveOn}
                  value={effectiveOn}
                  onChange={setEffectiveOn}
                  sx={{ width: { xs: '100%', sm: 260 } }}
                  testId="region-import-effective-on"
                />
                {preview.retiredCount > 0 && effectiveOn && (
                  <Alert severity="warning" sx={{ mt: 2 }} data-testid="region-import-retire-warning">
                    {translate('fq.region_import.retire_warning', { count: preview.retiredCount, date: effectiveOn })}
                  </Alert>
                )}
              </Box>
            )}

            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, mt: 2 }}>
              <Button
                variant="contained"
                disabled={!canApply(preview) || !effectiveOn || applying}
                onClick={apply}
                startIcon={applying ? <CircularProgress size={16} color="inherit" /> : undefined}
                data-testid="region-import-apply"
              >
                {translate(applying ? 'fq.region_import.applying' : 'fq.region_import.apply')}
              </Button>
              <Button onClick={startOver} disabled={applying} data-testid="region-import-start-over">
                {translate('fq.region_import.start_over')}
              </Button>
            </Stack>
          </CardContent>
        </Card>
      )}

      {step === 'result' && result && (
        <Card>
          <CardContent>
            <Alert severity="success" sx={{ mb: 2 }} data-testid="region-import-result">
              {translate('fq.region_import.done', { date: result.effectiveOn })}
            </Alert>
            <ResultFigures result={result} />
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1 }}>
              <Button component={LinkBase} to="/regions" variant="contained" data-testid="region-import-view-regions">
                {translate('fq.region_import.view_regions')}
              </Button>
              <Button onClick={startOver}>{translate('fq.region_import.another')}</Button>
            </Stack>
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
