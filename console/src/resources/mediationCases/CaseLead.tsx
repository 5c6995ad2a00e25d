import { Box, Button, Chip } from '@mui/material';
import { Fragment, useState } from 'react';
import { RadioButtonGroupInput, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import { subsidyErrorMessage } from '../../pages/subsidy/SubsidyDialogs';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import type { MediationCase } from './caseFormat';
import { useAdviserNames } from './CaseReassign';

/** The radio value for "no lead" (ids are UUIDs, so it cannot clash). */
const NONE = 'none';

/** The case's advisers, the lead the bureau named marked 主办 beside their name. */
export const AdviserNamesWithLead = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const names = useAdviserNames();
  return (
    <Box component="span" data-testid="case-advisers" sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5 }}>
      {(record.advisers ?? []).map((a, i) => (
        <Fragment key={a.id}>
          {i > 0 && '、'}
          <span>{names([a])}</span>
          {record.leadAdviserId === a.id && (
            <Chip size="small" color="primary" variant="outlined" label={translate('fq.case_lead.lead')} data-testid="case-lead-chip" />
          )}
        </Fragment>
      ))}
    </Box>
  );
};

/**
 * 指定主办 (bureau): one of the advisers assigned to the case as its lead, or none. The lead takes the remainder fen
 * of a split case subsidy, or the whole of it where the county pays the lead; refused once the case has been paid.
 */
export const LeadAdviserButton = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useFengqiaoDataProvider();
  const [open, setOpen] = useState(false);
  const advisers = record.advisers ?? [];
  if (advisers.length === 0) return null;
  const choices = [...advisers.map((a) => ({ id: a.id, name: a.name })), { id: NONE, name: translate('fq.case_lead.none') }];
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)} data-testid="action-case-lead">
        {translate('fq.case_lead.action')}
      </Button>
      {open && (
        <ActionDialog<{ adviserId: string }>
          open
          onClose={() => setOpen(false)}
          title={translate('fq.case_lead.title', { caseNo: record.caseNo })}
          description={translate('fq.case_lead.hint')}
          submitLabel={translate('ra.action.save')}
          testId="dialog-case-lead"
          defaultValues={{ adviserId: record.leadAdviserId ?? NONE }}
          describeError={(e) => subsidyErrorMessage(translate, e)}
          onReload={refresh}
          onSubmit={async (values) => {
            await dataProvider.mutate('setCaseLeadAdviser', {
              caseId: record.id,
              adviserId: values.adviserId === NONE ? null : values.adviserId,
            });
            notify('fq.case_lead.saved', { type: 'success' });
            refresh();
          }}
        >
          <RadioButtonGroupInput
            source="adviserId"
            label={translate('fq.case_lead.lead_adviser')}
            choices={choices}
            row={false}
            data-testid="case-lead-choices"
          />
        </ActionDialog>
      )}
    </>
  );
};
