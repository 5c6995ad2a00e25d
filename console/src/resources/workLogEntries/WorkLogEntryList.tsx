import { LinearProgress, Stack, Typography } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  SelectArrayInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useGetList,
  useListContext,
  useTranslate,
} from 'react-admin';
import { MonthInput } from '../../common/DatePickers';
import { ListPagination } from '../../common/ListPagination';
import { OutboxPanel } from '../../offline/OutboxPanel';
import { DateTimeText } from '../../common/DateTimeText';
import { DownloadButton } from '../../common/DownloadButton';
import { useCan, useRole } from '../../providers/useCan';
import { orderedEnumChoices as enumChoices } from '../choices';
import { useIsSmall } from '../useIsSmall';
import { FrozenChip, useDuration } from './WorkLogFields';
import { currentMonth, isMonth, workLogXlsxUrl, type WorkLogEntry } from './workLogFormat';
import { currentMonth as monthOfInstantNow } from '../../providers/dates';

const monthOfInstant = (iso: string) => monthOfInstantNow(new Date(iso));
import { useFormatMonth } from '../../common/MonthText';

const AdviserFilter = (props: { source: string; label: string }) => {
  const { data, isPending } = useGetList('legalAdvisers', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  return <SelectInput {...props} choices={data ?? []} optionText="name" isPending={isPending} />;
};

const f = (name: string) => `resources.workLogEntries.fields.${name}`;

const filtersFor = (staff: boolean) => [
  <MonthInput key="month" source="month" label={f('month')} alwaysOn />,
  ...(staff ? [<AdviserFilter key="adviserId" source="adviserId" label={f('adviser')} />] : []),
  <SelectArrayInput key="category" source="category" label={f('category')} choices={enumChoices('WorkLogCategory')} />,
  <SelectInput key="mode" source="mode" label={f('mode')} choices={enumChoices('WorkLogMode')} />,
];

/** The month's work log as Excel (台账): the filtered month, or this month. */
const ExportButton = () => {
  const translate = useTranslate();
  const formatMonth = useFormatMonth();
  const { filterValues } = useListContext();
  const month = isMonth(filterValues.month) ? filterValues.month : currentMonth();
  const adviserId = typeof filterValues.adviserId === 'string' ? filterValues.adviserId : undefined;
  return (
    <DownloadButton
      url={workLogXlsxUrl(month, adviserId)}
      fallbackName={`work-log-${month}.xlsx`}
      label={translate('fq.workLog.export', { month: formatMonth(month) })}
      testId="work-log-export"
    />
  );
};

const Actions = ({ staff }: { staff: boolean }) => {
  const canCreate = useCan('workLogEntries', 'create');
  const isSmall = useIsSmall();
  return (
    <TopToolbar>
      {!isSmall && <FilterButton />}
      {staff && <ExportButton />}
      {canCreate && <CreateButton label="fq.workLog.create" data-testid="work-log-create" variant="contained" />}
    </TopToolbar>
  );
};

/**
 * The month the office's list opens on: the latest month with entries (early in a month the current one is still
 * empty, and an empty list reads as "nothing was logged"), or this month when there are none at all.
 */
export function useOpeningMonth(enabled: boolean): { month: string; isPending: boolean } {
  const { data, isPending } = useGetList<WorkLogEntry>(
    'workLogEntries',
    { pagination: { page: 1, perPage: 1 }, sort: { field: 'at', order: 'DESC' } },
    { enabled },
  );
  const latest = data?.[0]?.at;
  return { month: latest ? monthOfInstant(latest) : currentMonth(), isPending: enabled && isPending };
}

export const WorkLogEntryList = () => {
  const role = useRole();
  const staff = role === 'OFFICE_STAFF' || role === 'BUREAU_ADMIN';
  const opening = useOpeningMonth(staff);
  if (opening.isPending) return <LinearProgress sx={{ mt: 2 }} data-testid="work-log-opening" />;
  return <WorkLogEntries staff={staff} openingMonth={opening.month} />;
};

const WorkLogEntries = ({ staff, openingMonth }: { staff: boolean; openingMonth: string }) => {
  const translate = useTranslate();
  const role = useRole();
  const isSmall = useIsSmall();
  const label = (e: string, v: string | null | undefined) => (v ? translate(`fq.enum.${e}.${v}`) : '');
  const duration = useDuration();
  return (
    <>
      {role === 'ADVISER' && <OutboxPanel />}
      <List
        pagination={<ListPagination />}
        title={translate('fq.menu.workLogEntries')}
        filters={filtersFor(staff)}
        filterDefaultValues={staff ? { month: openingMonth } : undefined}
        actions={<Actions staff={staff} />}
        sort={{ field: 'at', order: 'DESC' }}
        exporter={false}
        empty={false}
      >
        {isSmall ? (
          <SimpleList<WorkLogEntry>
            primaryText={(r) => `${label('WorkLogCategory', r.category)} · ${r.personServed}`}
            secondaryText={(r) => (
              <>
                <DateTimeText value={r.at} component="span" variant="body2" /> · {r.villageName} · {label('WorkLogMode', r.mode)}
              </>
            )}
            tertiaryText={(r) => (
              <Stack component="span" direction="row" sx={{ gap: 0.5, alignItems: 'center' }}>
                <Typography component="span" variant="body2">
                  {duration(r.durationMin)}
                </Typography>
                {r.frozen && <FrozenChip />}
              </Stack>
            )}
            linkType="show"
            rowSx={() => ({ alignItems: 'flex-start' })}
            data-testid="work-log-list"
          />
        ) : (
          <Datagrid rowClick="show" bulkActionButtons={false} data-testid="work-log-list">
            <FunctionField<WorkLogEntry> source="at" label={f('at')} render={(r) => <DateTimeText value={r.at} sx={{ whiteSpace: 'nowrap' }} />} />
            {staff && <FunctionField<WorkLogEntry> source="adviser" label={f('adviser')} sortable={false} render={(r) => r.adviser.name} />}
            <FunctionField<WorkLogEntry> source="village" label={f('village')} sortable={false} render={(r) => r.villageName} />
            <FunctionField<WorkLogEntry> source="category" label={f('category')} render={(r) => label('WorkLogCategory', r.category)} />
            <FunctionField<WorkLogEntry> source="mode" label={f('mode')} sortable={false} render={(r) => label('WorkLogMode', r.mode)} />
            <FunctionField<WorkLogEntry> source="personServed" label={f('personServed')} sortable={false} render={(r) => r.personServed} />
            <FunctionField<WorkLogEntry>
              source="matter"
              label={f('matter')}
              sortable={false}
              render={(r) => (
                <Typography variant="body2" component="span" sx={{ display: 'block', maxWidth: 320 }} noWrap title={r.matter ?? ''}>
                  {r.matter}
                </Typography>
              )}
            />
            <FunctionField<WorkLogEntry>
              source="durationMin"
              label={f('durationMin')}
              render={(r) => (
                <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
                  {duration(r.durationMin)}
                </Typography>
              )}
            />
            <FunctionField<WorkLogEntry> source="frozen" label={f('frozen')} sortable={false} render={(r) => (r.frozen ? <FrozenChip /> : null)} />
          </Datagrid>
        )}
      </List>
    </>
  );
};
