import Check from '@mui/icons-material/Check';
import { Chip, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../../common/DatePickers';
import { ListPagination } from '../../common/ListPagination';
import { DownloadButton } from '../../common/DownloadButton';
import { useCan, useRole } from '../../providers/useCan';
import { orderedEnumChoices as enumChoices } from '../choices';
import { useIsSmall } from '../useIsSmall';
import { TownshipSelectInput } from '../pickers';
import type { Role } from '../../providers/session';
import { NEEDS_ADVISER_FILTER, type MediationCase } from './caseFormat';
import { ZeroReportButton } from './CaseActions';
import { ConfidentialChip, Money, NeedsAdviserChip, OverdueChip, StatusChip, useEnumLabel } from './CaseFields';

/**
 * Filters for finding cases. Everyone filters by status, type, level and the received dates; those who supervise or
 * handle cases (not parties) also by village, adviser, overdue and confirmations closing, and the bureau by township.
 * The home page's work items link here with some of these set in the URL.
 */
export const caseFilters = (translate: (key: string) => string, role: Role | undefined) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={translate('fq.cases.search')} />,
  <SelectArrayInput key="status" source="status" choices={enumChoices('CaseStatus')} />,
  <SelectInput key="disputeType" source="disputeType" choices={enumChoices('DisputeType')} />,
  <SelectInput key="level" source="level" choices={enumChoices('CaseLevel')} />,
  <SelectInput key="source" source="source" choices={enumChoices('CaseSource')} />,
  <SelectInput key="resolvedLevel" source="resolvedLevel" choices={enumChoices('CaseLevel')} />,
  <DateInput key="receivedFrom" source="receivedFrom" />,
  <DateInput key="receivedTo" source="receivedTo" />,
  ...(role === 'BUREAU_ADMIN' ? [<TownshipSelectInput key="townshipId" source="townshipId" />] : []),
  ...(role && role !== 'PARTY'
    ? [
        <ReferenceInput key="villageId" source="villageId" reference="villages" sort={{ field: 'code', order: 'ASC' }} perPage={50}>
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
        </ReferenceInput>,
        <ReferenceInput key="adviserId" source="adviserId" reference="legalAdvisers" sort={{ field: 'name', order: 'ASC' }} perPage={50}>
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
        </ReferenceInput>,
        <NullableBooleanInput key="overdue" source="overdue" />,
        <NullableBooleanInput key="confirmationDueSoon" source="confirmationDueSoon" />,
      ]
    : []),
];

/** The ledger (台账) of the filtered period as Excel: metadata only, parties masked, whoever exports it. */
export function ledgerUrl(filter: Record<string, unknown>): string {
  const params = new URLSearchParams();
  if (typeof filter.receivedFrom === 'string' && filter.receivedFrom) params.set('from', filter.receivedFrom);
  if (typeof filter.receivedTo === 'string' && filter.receivedTo) params.set('to', filter.receivedTo);
  if (typeof filter.townshipId === 'string' && filter.townshipId) params.set('townshipId', filter.townshipId);
  const status = Array.isArray(filter.status) ? filter.status : filter.status ? [filter.status] : [];
  if (status.length) params.set('status', status.join(','));
  const query = params.toString();
  return `/api/exports/mediation-cases.xlsx${query ? `?${query}` : ''}`;
}

const LedgerButton = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  return (
    <DownloadButton url={ledgerUrl(filterValues)} fallbackName="mediation-cases.xlsx" label={translate('fq.cases.ledger')} testId="case-ledger" />
  );
};

/** A quick filter for the office and the bureau: only open cases whose adviser left (需改派); pressed again, all cases. */
const NeedsAdviserToggle = () => {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const { needsAdviser, ...others } = filterValues as Record<string, unknown>;
  const on = needsAdviser === true || needsAdviser === 'true';
  return (
    <Chip
      clickable
      color="warning"
      variant={on ? 'filled' : 'outlined'}
      icon={on ? <Check /> : undefined}
      label={translate('fq.reassign.filter')}
      onClick={() => setFilters(on ? others : { ...others, ...NEEDS_ADVISER_FILTER }, displayedFilters)}
      aria-pressed={on}
      data-testid="filter-needs-adviser"
      sx={{ alignSelf: 'center' }}
    />
  );
};

const Actions = () => {
  const canCreate = useCan('mediationCases', 'create');
  const canReassign = useCan('caseReassignment', 'edit');
  const role = useRole();
  return (
    <TopToolbar>
      {canReassign && <NeedsAdviserToggle />}
      <FilterButton />
      {role !== 'PARTY' && <LedgerButton />}
      {canCreate && <ZeroReportButton />}
      {canCreate && <CreateButton label="fq.cases.create" data-testid="case-create" />}
    </TopToolbar>
  );
};

/** Parties as the API gives them: in full for those in the case, masked (张*三) for everyone else. */
const partiesText = (r: MediationCase) => (r.parties ?? []).map((p) => p.name).join('、');

const Flags = ({ record }: { record: MediationCase }) => (
  <Stack component="span" direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
    <StatusChip status={record.status} />
    {record.overdue && <OverdueChip />}
    {record.needsAdviser && <NeedsAdviserChip />}
    {record.canReadConfidential === false && <ConfidentialChip />}
  </Stack>
);

export const MediationCaseList = () => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const role = useRole();
  const label = useEnumLabel();
  return (
    <List
      pagination={<ListPagination />}
      title={translate(role === 'PARTY' ? 'fq.menu.my_cases' : 'fq.cases.title')}
      filters={caseFilters(translate, role)}
      actions={<Actions />}
      sort={{ field: 'receivedOn', order: 'DESC' }}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<MediationCase>
          primaryText={(r) => r.caseNo}
          secondaryText={(r) => `${r.village.name} · ${label('DisputeType', r.disputeType)} · ${r.receivedOn}`}
          tertiaryText={(r) => <Flags record={r} />}
          linkType="show"
          rowSx={() => ({ alignItems: 'flex-start' })}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} data-testid="case-list">
          <TextField source="caseNo" />
          <FunctionField<MediationCase> source="village" sortable={false} render={(r) => r.village.name} />
          <FunctionField<MediationCase> source="disputeType" render={(r) => label('DisputeType', r.disputeType)} />
          <FunctionField<MediationCase>
            source="parties"
            sortable={false}
            render={(r) => (
              <Typography variant="body2" component="span" data-testid="case-parties">
                {partiesText(r)}
              </Typography>
            )}
          />
          <FunctionField<MediationCase> source="status" render={(r) => <Flags record={r} />} />
          <FunctionField<MediationCase> source="level" sortable={false} render={(r) => label('CaseLevel', r.level)} />
          <TextField source="receivedOn" />
          <FunctionField<MediationCase> source="amountFen" render={(r) => <Money fen={r.amountFen} />} />
          <FunctionField<MediationCase>
            source="agreement"
            sortable={false}
            render={(r) => (r.agreement ? label('AgreementForm', r.agreement.form) : '')}
          />
        </Datagrid>
      )}
    </List>
  );
};
