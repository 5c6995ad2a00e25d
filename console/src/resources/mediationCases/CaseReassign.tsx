import SwapHoriz from '@mui/icons-material/SwapHoriz';
import { Box, Button, Divider, Typography } from '@mui/material';
import { useState } from 'react';
import { required, SelectInput, TextInput, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { DateTimeText } from '../../common/DateTimeText';
import { SectionCard } from '../../common/SectionCard';
import type * as Api from '../../generated/graphql';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { AdviserPicker } from '../pairings/PairingInputs';
import { OPEN_STATUSES, type MediationCase } from './caseFormat';
import { useEnumLabel } from './CaseFields';

/** The dialog's values: `reassignMediationCase`'s input without the version, which comes from the case. */
type ReassignValues = Omit<Api.ReassignMediationCaseInput, 'version'>;

/** Whether a case can be given another adviser: open cases only (the API refuses closed ones). */
export const canBeReassigned = (record: Pick<MediationCase, 'status'>) => (OPEN_STATUSES as readonly string[]).includes(record.status);

/** The assigned advisers, with the status of those who left (李明华（暂停）). */
export function useAdviserNames() {
  const label = useEnumLabel();
  return (advisers: MediationCase['advisers']) =>
    (advisers ?? []).map((a) => (a.status && a.status !== 'ACTIVE' ? `${a.name}（${label('AdviserStatus', a.status)}）` : a.name)).join('、');
}

/** Our words for the refusals a reassignment can meet; undefined leaves the usual message for the code. */
function refusal(translate: (key: string) => string, error: unknown): string | undefined {
  const body = (error as { body?: { code?: string; field?: string } } | undefined)?.body;
  if (body?.code !== 'BAD_USER_INPUT') return undefined;
  if (body.field === 'adviserId') return translate('fq.reassign.adviser_refused');
  if (body.field === 'replaceAdviserId') return translate('fq.reassign.replace_refused');
  if (body.field === 'status') return translate('fq.reassign.closed');
  return undefined;
}

/**
 * 改派: the township office or the bureau gives an open case another adviser, optionally ending a still-active one's
 * assignment (a handover), with a reason; sent with the version the page shows, so a stale page is CONFLICT.
 */
export const ReassignButton = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useFengqiaoDataProvider();
  const names = useAdviserNames();
  const [open, setOpen] = useState(false);
  const replaceable = (record.advisers ?? []).filter((a) => a.status === 'ACTIVE');
  return (
    <>
      <Button
        size="small"
        variant={record.needsAdviser ? 'contained' : 'outlined'}
        color={record.needsAdviser ? 'warning' : 'primary'}
        startIcon={<SwapHoriz />}
        onClick={() => setOpen(true)}
        data-testid="action-reassign"
      >
        {translate('fq.reassign.action')}
      </Button>
      {open && (
        <ActionDialog<ReassignValues>
          open
          onClose={() => setOpen(false)}
          title={translate('fq.reassign.title', { caseNo: record.caseNo })}
          description={
            <>
              <span>{translate('fq.reassign.hint')}</span>
              <Box component="span" sx={{ display: 'block', mt: 1 }} data-testid="reassign-current">
                {(record.advisers ?? []).length
                  ? translate('fq.reassign.current', { names: names(record.advisers) })
                  : translate('fq.reassign.no_current')}
              </Box>
            </>
          }
          submitLabel={translate('fq.reassign.action')}
          testId="dialog-reassign-case"
          describeError={(e) => refusal(translate, e)}
          onReload={refresh}
          onSubmit={async (values) => {
            await dataProvider.mutate('reassignMediationCase', {
              id: record.id,
              input: {
                adviserId: values.adviserId,
                reason: values.reason.trim(),
                replaceAdviserId: values.replaceAdviserId || null,
                version: record.version,
              },
            });
            notify(translate('fq.reassign.done'), { type: 'success' });
            refresh();
          }}
        >
          <AdviserPicker label="fq.reassign.adviser" />
          {replaceable.length > 0 && (
            <SelectInput
              source="replaceAdviserId"
              label="fq.reassign.replace"
              choices={replaceable}
              optionText="name"
              emptyText="fq.reassign.replace_none"
              helperText="fq.reassign.replace_hint"
              fullWidth
              data-testid="reassign-replace"
            />
          )}
          <TextInput
            source="reason"
            label="fq.reassign.reason"
            helperText="fq.reassign.reason_hint"
            validate={required()}
            multiline
            minRows={2}
            fullWidth
          />
        </ActionDialog>
      )}
    </>
  );
};

/** 改派记录: who gave the case another adviser, when, whom it ended and why; oldest first, as the API lists them. */
export const CaseEvents = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const events = record.events ?? [];
  if (events.length === 0) return null;
  return (
    <SectionCard title={translate('fq.reassign.events')} testId="case-events">
      {events.map((e, i) => (
        <Box key={e.id} data-testid="case-event">
          {i > 0 && <Divider sx={{ my: 1.5 }} />}
          <Typography variant="subtitle2" component="div">
            <DateTimeText value={e.at} data-testid="case-event-at" /> · {label('CaseEventKind', e.kind)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('fq.reassign.actor', { name: e.actorName })}
          </Typography>
          {e.endedAdviserNames.length > 0 && (
            <Typography variant="body2">{translate('fq.reassign.ended', { names: e.endedAdviserNames.join('、') })}</Typography>
          )}
          {e.addedAdviserName && <Typography variant="body2">{translate('fq.reassign.added', { name: e.addedAdviserName })}</Typography>}
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {translate('fq.reassign.reason_line', { reason: e.reason })}
          </Typography>
        </Box>
      ))}
    </SectionCard>
  );
};
