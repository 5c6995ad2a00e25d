import { Stack } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  SelectInput,
  SimpleList,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import { MonthInput } from '../../common/DatePickers';
import { ListPagination } from '../../common/ListPagination';
import { DateTimeText } from '../../common/DateTimeText';
import { DownloadButton } from '../../common/DownloadButton';
import { useCan, useRole } from '../../providers/useCan';
import { orderedEnumChoices as enumChoices } from '../choices';
import { TownshipSelectInput } from '../pickers';
import { useIsSmall } from '../useIsSmall';
import { checksXlsxUrl } from '../workLogEntries/workLogFormat';
import { checklistScore, type MonthlyCheck } from './checkFormat';
import { ModelCaseChip, RatingChip } from './CheckFields';
import { useFormatMonth } from '../../common/MonthText';

const f = (name: string) => `resources.monthlyChecks.fields.${name}`;

const filtersFor = (bureau: boolean) => [
  <MonthInput key="month" source="month" label={f('month')} alwaysOn />,
  <SelectInput key="rating" source="rating" label={f('rating')} choices={enumChoices('CheckRating')} />,
  <SelectInput
    key="modelCase"
    source="modelCase"
    label="fq.checks.model_case_only"
    choices={[
      { id: 'true', name: 'fq.common.yes' },
      { id: 'false', name: 'fq.common.no' },
    ]}
  />,
  ...(bureau ? [<TownshipSelectInput key="townshipId" source="townshipId" label={f('township')} />] : []),
];

const ExportButton = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  return (
    <DownloadButton
      url={checksXlsxUrl(filterValues.month as string | undefined, filterValues.townshipId as string | undefined)}
      fallbackName="monthly-checks.xlsx"
      label={translate('fq.checks.export')}
      testId="checks-export"
    />
  );
};

const Actions = () => {
  const isSmall = useIsSmall();
  const role = useRole();
  const canCreate = useCan('monthlyChecks', 'create') && role === 'OFFICE_STAFF';
  return (
    <TopToolbar>
      {!isSmall && <FilterButton />}
      <ExportButton />
      {canCreate && <CreateButton label="fq.checks.create" data-testid="check-create" variant="contained" />}
    </TopToolbar>
  );
};

const Highlights = ({ record }: { record: MonthlyCheck }) => {
  const translate = useTranslate();
  const model = record.highlights.some((h) => h.modelCase);
  return (
    <Stack component="span" direction="row" sx={{ gap: 0.5, alignItems: 'center', flexWrap: 'wrap' }}>
      <span>{translate('fq.checks.highlights_n', { smart_count: record.highlights.length })}</span>
      {model && <ModelCaseChip />}
    </Stack>
  );
};

export const MonthlyCheckList = () => {
  const translate = useTranslate();
  const formatMonth = useFormatMonth();
  const isSmall = useIsSmall();
  const role = useRole();
  return (
    <List
      pagination={<ListPagination />}
      title={translate('fq.menu.monthlyChecks')}
      filters={filtersFor(role === 'BUREAU_ADMIN')}
      actions={<Actions />}
      sort={{ field: 'month', order: 'DESC' }}
      exporter={false}
      empty={false}
    >
      {isSmall ? (
        <SimpleList<MonthlyCheck>
          primaryText={(r) => `${r.adviser.name} · ${formatMonth(r.month)}`}
          secondaryText={(r) => `${r.township.name} · ${translate('fq.checks.score', { score: checklistScore(r) })}`}
          tertiaryText={(r) => (
            <Stack component="span" direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
              <RatingChip rating={r.rating} />
              <Highlights record={r} />
            </Stack>
          )}
          linkType="show"
          rowSx={() => ({ alignItems: 'flex-start' })}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} data-testid="check-list">
          <FunctionField<MonthlyCheck> source="month" label={f('month')} render={(r) => formatMonth(r.month)} />
          <FunctionField<MonthlyCheck> source="adviser" label={f('adviser')} sortable={false} render={(r) => r.adviser.name} />
          <FunctionField<MonthlyCheck> source="township" label={f('township')} sortable={false} render={(r) => r.township.name} />
          <FunctionField<MonthlyCheck> source="rating" label={f('rating')} render={(r) => <RatingChip rating={r.rating} />} />
          <FunctionField<MonthlyCheck>
            source="checklist"
            label={f('checklist')}
            sortable={false}
            render={(r) => translate('fq.checks.score', { score: checklistScore(r) })}
          />
          <FunctionField<MonthlyCheck> source="highlights" label={f('highlights')} sortable={false} render={(r) => <Highlights record={r} />} />
          <FunctionField<MonthlyCheck> source="checkedAt" label={f('checkedAt')} render={(r) => <DateTimeText value={r.checkedAt} />} />
        </Datagrid>
      )}
    </List>
  );
};
