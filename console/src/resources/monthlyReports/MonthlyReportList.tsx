import { Box, Stack, Typography } from '@mui/material';
import {
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
import { DateTimeText } from '../../common/DateTimeText';
import { DownloadButton } from '../../common/DownloadButton';
import { useRole } from '../../providers/useCan';
import { orderedEnumChoices as enumChoices } from '../choices';
import { TownshipSelectInput } from '../pickers';
import { useIsSmall } from '../useIsSmall';
import { LateChip, ReportStatusChip, useDuration } from '../workLogEntries/WorkLogFields';
import { currentMonth, isMonth, previousMonth, workLogXlsxUrl, type MonthlyReport } from '../workLogEntries/workLogFormat';
import { MonthCard } from './MonthCard';
import { useFormatMonth } from '../../common/MonthText';

const f = (name: string) => `resources.monthlyReports.fields.${name}`;

const AdviserFilter = (props: { source: string; label: string }) => {
  const { data, isPending } = useGetList('legalAdvisers', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  return <SelectInput {...props} choices={data ?? []} optionText="name" isPending={isPending} />;
};

const filtersFor = (role: string | undefined) => [
  <SelectArrayInput key="status" source="status" label={f('status')} choices={enumChoices('MonthlyReportStatus')} alwaysOn />,
  <MonthInput key="month" source="month" label={f('month')} />,
  ...(role === 'ADVISER' ? [] : [<AdviserFilter key="adviserId" source="adviserId" label={f('adviser')} />]),
  ...(role === 'BUREAU_ADMIN' ? [<TownshipSelectInput key="townshipId" source="townshipId" label={f('township')} />] : []),
  <SelectInput
    key="late"
    source="late"
    label={f('late')}
    choices={[
      { id: 'true', name: 'fq.common.yes' },
      { id: 'false', name: 'fq.common.no' },
    ]}
  />,
];

/** The whole jurisdiction's work log of the filtered month (or last month: the one being reviewed) as Excel. */
const ExportButton = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const month = isMonth(filterValues.month) ? filterValues.month : previousMonth(currentMonth());
  const adviserId = typeof filterValues.adviserId === 'string' ? filterValues.adviserId : undefined;
  return (
    <DownloadButton
      url={workLogXlsxUrl(month, adviserId)}
      fallbackName={`work-log-${month}.xlsx`}
      label={translate('fq.workLog.export', { month })}
      testId="report-export"
    />
  );
};

const Actions = ({ staff }: { staff: boolean }) => {
  const isSmall = useIsSmall();
  return (
    <TopToolbar>
      {staff && !isSmall && <FilterButton />}
      {staff && <ExportButton />}
    </TopToolbar>
  );
};

const Flags = ({ record }: { record: MonthlyReport }) => {
  const translate = useTranslate();
  return (
    <Stack component="span" direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      <ReportStatusChip status={record.status} />
      {record.late && <LateChip label={translate('fq.workLog.late')} />}
    </Stack>
  );
};

export const MonthlyReportList = () => {
  const translate = useTranslate();
  const formatMonth = useFormatMonth();
  const isSmall = useIsSmall();
  const role = useRole();
  const duration = useDuration();
  const adviser = role === 'ADVISER';
  const office = role === 'OFFICE_STAFF';
  const month = currentMonth();
  const title = translate(adviser ? 'fq.workLog.my_months' : office ? 'fq.workLog.review_queue' : 'fq.menu.monthlyReports');
  return (
    <>
      {adviser && (
        <Box sx={{ pt: 2, display: 'grid', gap: 2, maxWidth: 760 }} data-testid="my-month">
          <MonthCard month={month} current />
          <MonthCard month={previousMonth(month)} hideWhenSettled />
          <Typography variant="subtitle1" component="h2" sx={{ mt: 1 }}>
            {translate('fq.workLog.submitted_months')}
          </Typography>
        </Box>
      )}
      <List
        pagination={<ListPagination />}
        title={title}
        filters={adviser ? undefined : filtersFor(role)}
        filterDefaultValues={office ? { status: ['SUBMITTED'] } : undefined}
        actions={adviser ? false : <Actions staff />}
        sort={{ field: 'month', order: 'DESC' }}
        exporter={false}
        empty={false}
        disableSyncWithLocation={adviser}
      >
        {isSmall ? (
          <SimpleList<MonthlyReport>
            primaryText={(r) => (adviser ? formatMonth(r.month) : `${r.adviser.name} · ${formatMonth(r.month)}`)}
            secondaryText={(r) =>
              `${translate('fq.workLog.entries_n', { smart_count: r.entryCount })} · ${duration(r.totalMinutes)} · ${r.township.name}`
            }
            tertiaryText={(r) => <Flags record={r} />}
            linkType="show"
            rowSx={() => ({ alignItems: 'flex-start' })}
          />
        ) : (
          <Datagrid rowClick="show" bulkActionButtons={false} data-testid="report-list">
            <FunctionField<MonthlyReport> source="month" label={f('month')} render={(r) => formatMonth(r.month)} />
            {!adviser && <FunctionField<MonthlyReport> source="adviser" label={f('adviser')} sortable={false} render={(r) => r.adviser.name} />}
            {!adviser && <FunctionField<MonthlyReport> source="township" label={f('township')} sortable={false} render={(r) => r.township.name} />}
            <FunctionField<MonthlyReport> source="status" label={f('status')} render={(r) => <Flags record={r} />} />
            <FunctionField<MonthlyReport> source="entryCount" label={f('entryCount')} sortable={false} render={(r) => r.entryCount} />
            <FunctionField<MonthlyReport> source="totalMinutes" label={f('totalMinutes')} sortable={false} render={(r) => duration(r.totalMinutes)} />
            <FunctionField<MonthlyReport> source="submittedAt" label={f('submittedAt')} render={(r) => <DateTimeText value={r.submittedAt} />} />
            <FunctionField<MonthlyReport> source="deadline" label={f('deadline')} sortable={false} render={(r) => r.deadline} />
            <FunctionField<MonthlyReport>
              source="pdf"
              label={f('pdf')}
              sortable={false}
              render={(r) => <DownloadButton url={r.pdfPath} fallbackName={`work-log-${r.month}.pdf`} label={translate('fq.workLog.pdf_short')} />}
            />
          </Datagrid>
        )}
      </List>
    </>
  );
};
