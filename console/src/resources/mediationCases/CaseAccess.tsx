import UploadFile from '@mui/icons-material/UploadFile';
import { Box, Button, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { LinkBase, useNotify, useRefresh, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { DownloadButton } from '../../common/DownloadButton';
import { SectionCard } from '../../common/SectionCard';
import { UploadProgress } from '../../common/Upload';
import { uploadErrorMessage, errorMessage } from '../../i18n/errors';
import { uploadFile, contentTypeOf } from '../../providers/files';
import { ApiError } from '../../providers/session';
import type { CaseAgreement, MediationCase } from './caseFormat';
import { useEnumLabel } from './CaseFields';

/** The element id of a case's access log panel, which the dialogs that promise 留痕 link to. */
export const ACCESS_LOG_ID = 'case-access-log';
/** The query that opens a case page scrolled to its access log. */
export const ACCESS_LOG_PANEL = 'access-log';

export const SCAN_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
/** The API's limit for a signed scan (MAX_SCAN_BYTES). */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

const scanUrl = (caseId: string) => `/api/mediation-cases/${caseId}/agreement-scan`;

/** Whether the page was opened to show the access log (`?panel=access-log`, in the hash with a hash router). */
function wantsAccessLog(): boolean {
  const query = window.location.search || window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('panel') === ACCESS_LOG_PANEL;
}

/**
 * Who read this case's confidential text, and when (查阅记录), from the audit trail: for its parties, its advisers
 * and the bureau (the API answers null to everyone else, and the panel is not shown).
 */
export const CaseAccessLog = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const ref = useRef<HTMLDivElement>(null);
  const log = record.accessLog;
  useEffect(() => {
    if (log && wantsAccessLog()) ref.current?.scrollIntoView({ block: 'start' });
  }, [log]);
  if (!log) return null;
  const field = (name: string) => translate(`fq.caseAccess.field.${name}`, { _: name });
  return (
    <Box id={ACCESS_LOG_ID} ref={ref} sx={{ scrollMarginTop: 72 }}>
      <SectionCard title={translate('fq.caseAccess.title')} testId="case-access-log">
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
          {translate('fq.caseAccess.hint')}
        </Typography>
        {log.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('fq.caseAccess.none')}
          </Typography>
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('fq.caseAccess.at')}</TableCell>
                  <TableCell>{translate('fq.caseAccess.reader')}</TableCell>
                  <TableCell>{translate('fq.caseAccess.fields')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {log.map((r) => (
                  // One row per request and reader: its time, reader and fields tell it apart.
                  <TableRow key={`${r.at}|${r.readerRole}|${r.readerName}|${r.fields.join()}`} data-testid="access-log-row">
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <DateTimeText value={r.at} />
                    </TableCell>
                    <TableCell data-testid="access-log-reader">
                      {label('Role', r.readerRole)} {r.readerName}
                      {r.you && ` ${translate('fq.caseAccess.you')}`}
                      {r.organisation && (
                        <Typography component="div" variant="caption" color="text.secondary">
                          {r.organisation}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{r.fields.map(field).join('、')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </SectionCard>
    </Box>
  );
};

/** The 留痕 promise of a dialog, with a link to the case's access log (in a new tab: the dialog's draft stays). */
export const ConfidentialWriteHint = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  return (
    <>
      {translate('fq.cases.confidential_write_hint')}{' '}
      <Link
        component={LinkBase}
        to={{ pathname: `/mediationCases/${caseId}/show`, search: `?panel=${ACCESS_LOG_PANEL}` }}
        target="_blank"
        rel="noopener"
        data-testid="access-log-link"
      >
        {translate('fq.caseAccess.open')}
      </Link>
    </>
  );
};

/**
 * The signed paper of a written agreement: whether there is one (everyone who sees the agreement), a button to open it
 * (the entitled; the read is audited) and, for the case's adviser, to upload or replace it.
 */
export const AgreementScanRow = ({ record, agreement, canUpload }: { record: MediationCase; agreement: CaseAgreement; canUpload: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  if (agreement.form !== 'WRITTEN') return null;
  const scan = agreement.scan;
  const types = 'JPG / PNG / PDF';
  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      if (!SCAN_TYPES.includes(contentTypeOf(file))) throw new ApiError('BAD_USER_INPUT', 'type', { field: 'file' });
      if (file.size > MAX_SCAN_BYTES) throw new ApiError('BAD_USER_INPUT', 'too large', { field: 'file', status: 413, maxBytes: MAX_SCAN_BYTES });
      setProgress(0);
      await uploadFile(file, { url: scanUrl(record.id), method: 'PUT', onProgress: setProgress });
      notify(translate('fq.caseAccess.scan_uploaded'), { type: 'success' });
      refresh();
    } catch (e) {
      notify(e instanceof ApiError ? uploadErrorMessage(translate, e, types) : errorMessage(translate, e), { type: 'error' });
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };
  const ext = scan?.mime === 'application/pdf' ? 'pdf' : scan?.mime === 'image/png' ? 'png' : 'jpg';
  return (
    <Box data-testid="agreement-scan">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" component="span" data-testid="agreement-scan-status">
          {scan ? translate('fq.caseAccess.scan_present', { kb: Math.max(1, Math.round(scan.size / 1024)) }) : translate('fq.caseAccess.scan_none')}
        </Typography>
        {scan && (
          <Typography variant="caption" color="text.secondary" component="span">
            <DateTimeText value={scan.uploadedAt} />
          </Typography>
        )}
        {scan && record.canReadConfidential && (
          <DownloadButton
            url={scanUrl(record.id)}
            fallbackName={`${record.caseNo}.${ext}`}
            label={translate('fq.caseAccess.scan_open')}
            testId="agreement-scan-open"
          />
        )}
        {scan && !record.canReadConfidential && (
          <Typography variant="caption" color="text.secondary" component="span" data-testid="agreement-scan-withheld">
            {translate('fq.caseAccess.scan_withheld')}
          </Typography>
        )}
        {canUpload && (
          <>
            <input
              ref={input}
              type="file"
              hidden
              accept={`${SCAN_TYPES.join(',')},.jpg,.jpeg,.png,.pdf`}
              onChange={(e) => void choose(e.target.files?.[0])}
              data-testid="agreement-scan-input"
            />
            <Button
              size="small"
              startIcon={<UploadFile />}
              onClick={() => input.current?.click()}
              disabled={progress !== null}
              data-testid="agreement-scan-upload"
            >
              {translate(scan ? 'fq.caseAccess.scan_replace' : 'fq.caseAccess.scan_upload')}
            </Button>
          </>
        )}
      </Stack>
      {canUpload && (
        <Typography variant="caption" color="text.secondary" component="p">
          {translate('fq.caseAccess.scan_hint', { types, mb: MAX_SCAN_BYTES / (1024 * 1024) })}
        </Typography>
      )}
      <UploadProgress progress={progress} />
    </Box>
  );
};
