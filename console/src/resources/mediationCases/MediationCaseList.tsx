import { Stack, Typography } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  DateInput,
  FilterButton,
  FunctionField,
  List,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { useCan, useRole } from '../../providers/useCan';
import { orderedEnumChoices as enumChoices } from '../choices';
import { useIsSmall } from '../useIsSmall';
import type { MediationCase } from './caseFormat';
import { ConfidentialChip, Money, OverdueChip, StatusChip, useEnumLabel } from './CaseFields';

const caseFilters = (translate: (key: string) => string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={translate('fq.cases.search')} />,
  <SelectArrayInput key="status" source="status" choices={enumChoices('CaseStatus')} />,
  <SelectInput key="disputeType" source="disputeType" choices={enumChoices('DisputeType')} />,
  <SelectInput key="level" source="level" choices={enumChoices('CaseLevel')} />,
  <DateInput key="receivedFrom" source="receivedFrom" />,
  <DateInput key="receivedTo" source="receivedTo" />,
];

const Actions = () => {
  const canCreate = useCan('mediationCases', 'create');
  return (
    <TopToolbar>
      <FilterButton />
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
    {!record.canReadConfidential && <ConfidentialChip />}
  </Stack>
);

export const MediationCaseList = () => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const role = useRole();
  const label = useEnumLabel();
  return (
    <List
      title={translate(role === 'PARTY' ? 'fq.menu.my_cases' : 'fq.cases.title')}
      filters={caseFilters(translate)}
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
