import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import UploadFile from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useMemo, useRef, useState } from 'react';
import { LinkBase, Title, useTranslate } from 'react-admin';
import { DownloadButton } from '../../common/DownloadButton';
import { UploadProgress, useUpload } from '../../common/Upload';
import type * as Api from '../../generated/graphql';
import { errorMessage } from '../../i18n/errors';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { XLSX_TYPE } from '../../providers/files';
import { useIsSmall } from '../../resources/useIsSmall';
import {
  canConfirm,
  IMPORT_FIELDS,
  markPreview,
  problemKey,
  problemMessage,
  type CellView,
  type ImportField,
  type ImportPreview,
  type MarkedRow,
} from './importCells';

const STEPS = ['template', 'upload', 'preview', 'result'] as const;
type StepName = (typeof STEPS)[number];

const useCellText = () => {
  const translate = useTranslate();
  return (field: ImportField, cell: CellView) => {
    if (cell.value === null) return '—';
    if (cell.isEnum) return translate(`fq.enum.${field === 'gender' ? 'Gender' : 'Profession'}.${cell.value}`, { _: cell.value });
    return cell.value;
  };
};

const fieldLabel = (field: ImportField) => `fq.import.fields.${field}`;

/** Short values stay on one line; long ones get room to wrap. */
const CELL_SX: Partial<Record<ImportField, object>> = {
  name: { whiteSpace: 'nowrap' },
  gender: { whiteSpace: 'nowrap' },
  serviceScope: { minWidth: 140 },
  providerName: { minWidth: 140 },
};

const BAD_CELL = { bgcolor: 'rgba(211, 47, 47, 0.08)', outline: '2px solid', outlineColor: 'error.main', outlineOffset: -2 };

const Messages = ({ cell }: { cell: CellView }) => {
  const translate = useTranslate();
  if (!cell.problems.length) return null;
  return (
    <>
      {cell.problems.map((p) => (
        <Typography key={problemKey(p)} variant="caption" color="error" component="div" data-testid="cell-problem">
          {problemMessage(translate, p)}
        </Typography>
      ))}
    </>
  );
};

const PreviewTable = ({ rows }: { rows: MarkedRow[] }) => {
  const translate = useTranslate();
  const text = useCellText();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="import-preview">
        <TableHead>
          <TableRow>
            <TableCell>{translate('fq.import.row')}</TableCell>
            {IMPORT_FIELDS.map((f) => (
              <TableCell key={f} sx={{ whiteSpace: 'nowrap' }}>
                {translate(fieldLabel(f))}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.row} data-testid="import-row" data-valid={r.valid}>
              <TableCell>
                <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
                  {r.valid ? <CheckCircle color="success" fontSize="small" /> : <ErrorOutline color="error" fontSize="small" />}
                  {r.row}
                </Stack>
                {r.rowProblems.map((p) => (
                  <Typography key={problemKey(p)} variant="caption" color="error" component="div">
                    {problemMessage(translate, p)}
                  </Typography>
                ))}
              </TableCell>
              {IMPORT_FIELDS.map((f) => {
                const cell = r.cells[f];
                return (
                  <TableCell key={f} sx={{ ...CELL_SX[f], ...(cell.problems.length ? BAD_CELL : {}) }} data-bad={cell.problems.length > 0}>
                    {text(f, cell)}
                    <Messages cell={cell} />
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** On a phone: one card per row, its fields stacked, bad cells marked in place. */
const PreviewCards = ({ rows }: { rows: MarkedRow[] }) => {
  const translate = useTranslate();
  const text = useCellText();
  return (
    <Stack sx={{ gap: 1 }} data-testid="import-preview">
      {rows.map((r) => (
        <Card key={r.row} variant="outlined" data-testid="import-row" data-valid={r.valid} sx={r.valid ? undefined : { borderColor: 'error.main' }}>
          <CardContent sx={{ py: 1, '&:last-child': { pb: 1 } }}>
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 0.5 }}>
              {r.valid ? <CheckCircle color="success" fontSize="small" /> : <ErrorOutline color="error" fontSize="small" />}
              <Typography variant="subtitle2">{translate('fq.import.row_title', { row: r.row, name: r.cells.name.value ?? '' })}</Typography>
            </Stack>
            {r.rowProblems.map((p) => (
              <Typography key={problemKey(p)} variant="caption" color="error" component="div">
                {problemMessage(translate, p)}
              </Typography>
            ))}
            {IMPORT_FIELDS.filter((f) => f !== 'name' || r.cells.name.problems.length).map((f) => {
              const cell = r.cells[f];
              return (
                <Box
                  key={f}
                  sx={{ px: 0.5, py: 0.25, borderRadius: 0.5, ...(cell.problems.length ? BAD_CELL : {}) }}
                  data-bad={cell.problems.length > 0}
                >
                  <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
                    <Box component="span" sx={{ color: 'text.secondary' }}>
                      {translate('fq.common.label', { label: translate(fieldLabel(f)) })}
                    </Box>
                    {text(f, cell)}
                  </Typography>
                  <Messages cell={cell} />
                </Box>
              );
            })}
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};

/** 导入名册: template, upload with progress, a preview that marks every bad cell, and a confirm only when all is valid. */
export const RosterImportPage = () => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const dataProvider = useFengqiaoDataProvider();
  const { upload, progress, ready, accept, hint, failure } = useUpload('spreadsheet');
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<StepName>('template');
  const [fileName, setFileName] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const marked = useMemo(() => (preview ? markPreview(preview) : null), [preview]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setPreview(null);
    setFileName(file.name);
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setError(translate('fq.import.not_xlsx'));
      return;
    }
    try {
      const uploaded = await upload(new File([file], file.name, { type: XLSX_TYPE }));
      setChecking(true);
      const result = await dataProvider.mutate<ImportPreview>('previewRosterImport', { attachmentId: uploaded.id });
      setPreview(result);
      setStep('preview');
    } catch (e) {
      setError(failure(e));
    } finally {
      setChecking(false);
      if (input.current) input.current.value = '';
    }
  };

  const confirm = async () => {
    if (!preview || !canConfirm(preview)) return;
    setConfirming(true);
    setError(null);
    try {
      const result = await dataProvider.mutate<Pick<Api.RosterImportResult, 'importedCount'>>('confirmRosterImport', {
        attachmentId: preview.attachmentId,
      });
      setImported(result.importedCount);
      setStep('result');
    } catch (e) {
      setError(errorMessage(translate, e));
    } finally {
      setConfirming(false);
    }
  };

  const startOver = () => {
    setPreview(null);
    setImported(null);
    setError(null);
    setFileName(null);
    setStep('upload');
  };

  const busy = progress !== null || checking;

  return (
    <Box sx={{ my: 2, display: 'grid', gap: 2 }} data-testid="roster-import">
      <Title title={translate('fq.import.title')} />
      <Stepper activeStep={STEPS.indexOf(step)} alternativeLabel>
        {STEPS.map((s) => (
          <Step key={s}>
            <StepLabel>{translate(`fq.import.step_${s}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>

      {step === 'template' && (
        <Card>
          <CardContent>
            <Typography variant="body1" gutterBottom>
              {translate('fq.import.template_body')}
            </Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, mt: 2 }}>
              <DownloadButton
                url="/api/roster-import/template.xlsx"
                fallbackName="roster-import-template.xlsx"
                label={translate('fq.import.download_template')}
                variant="outlined"
                size="medium"
                testId="download-template"
              />
              <Button variant="contained" onClick={() => setStep('upload')} data-testid="import-next">
                {translate('fq.import.have_file')}
              </Button>
            </Stack>
          </CardContent>
        </Card>
      )}

      {step === 'upload' && (
        <Card>
          <CardContent>
            <Typography variant="body1" gutterBottom>
              {translate('fq.import.upload_body')}
            </Typography>
            <input ref={input} type="file" hidden accept={accept} data-testid="import-file" onChange={(e) => void onFile(e.target.files?.[0])} />
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, mt: 2, alignItems: { sm: 'center' } }}>
              <Button variant="contained" startIcon={<UploadFile />} disabled={busy || !ready} onClick={() => input.current?.click()}>
                {translate('fq.import.choose_file')}
              </Button>
              <Typography variant="caption" color="text.secondary">
                {fileName ?? translate('fq.import.upload_hint', hint)}
              </Typography>
            </Stack>
            <UploadProgress progress={progress} />
            {checking && (
              <Stack direction="row" sx={{ gap: 1, alignItems: 'center', mt: 1 }}>
                <CircularProgress size={16} />
                <Typography variant="body2">{translate('fq.import.checking')}</Typography>
              </Stack>
            )}
          </CardContent>
        </Card>
      )}

      {error && (
        <Alert severity="error" data-testid="import-error">
          {error}
        </Alert>
      )}

      {step === 'preview' && preview && marked && (
        <Card>
          <CardContent>
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ justifyContent: 'space-between', gap: 1, mb: 2 }}>
              <Box>
                <Typography variant="h6" component="h2">
                  {fileName}
                </Typography>
                <Typography variant="body2" data-testid="import-summary">
                  {translate('fq.import.rows_summary', { rows: preview.rowCount, valid: preview.validRowCount })}
                </Typography>
              </Box>
              <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                {marked.badCellCount > 0 && <Chip color="error" label={translate('fq.import.bad_cells', { count: marked.badCellCount })} />}
              </Stack>
            </Stack>
            {marked.fileProblems.length > 0 && (
              <Alert severity="error" sx={{ mb: 2 }} data-testid="import-file-problems">
                {marked.fileProblems.map((p) => (
                  <div key={problemKey(p)}>{problemMessage(translate, p)}</div>
                ))}
              </Alert>
            )}
            {canConfirm(preview) ? (
              <Alert severity="success" sx={{ mb: 2 }}>
                {translate('fq.import.all_valid')}
              </Alert>
            ) : (
              <Alert severity="warning" sx={{ mb: 2 }} data-testid="import-blocked">
                {translate('fq.import.fix_and_retry', { count: preview.problems.length })}
              </Alert>
            )}
            {marked.rows.length > 0 && (isSmall ? <PreviewCards rows={marked.rows} /> : <PreviewTable rows={marked.rows} />)}
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, mt: 2 }}>
              <Button
                variant="contained"
                disabled={!canConfirm(preview) || confirming}
                onClick={confirm}
                startIcon={confirming ? <CircularProgress size={16} color="inherit" /> : undefined}
                data-testid="import-confirm"
              >
                {translate('fq.import.confirm', { count: preview.validRowCount })}
              </Button>
              <Button onClick={startOver} disabled={confirming}>
                {translate('fq.import.start_over')}
              </Button>
            </Stack>
          </CardContent>
        </Card>
      )}

      {step === 'result' && (
        <Card>
          <CardContent>
            <Alert severity="success" sx={{ mb: 2 }} data-testid="import-result">
              {translate('fq.import.imported', { count: imported ?? 0 })}
            </Alert>
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1 }}>
              <Button component={LinkBase} to="/legalAdvisers" variant="contained">
                {translate('fq.import.view_advisers')}
              </Button>
              <Button onClick={startOver}>{translate('fq.import.another')}</Button>
            </Stack>
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
