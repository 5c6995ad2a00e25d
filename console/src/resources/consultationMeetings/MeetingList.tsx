import { Alert, Box, Chip, LinearProgress, Stack } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  SimpleList,
  TextField,
  TopToolbar,
  useGetList,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../../common/DatePickers';
import { ListPagination } from '../../common/ListPagination';
import { DateTimeText } from '../../common/DateTimeText';
import { DownloadButton } from '../../common/DownloadButton';
import { SectionCard } from '../../common/SectionCard';
import { formatDateTime, todayInShanghai } from '../../providers/dates';
import { meetingsExportUrl, quarterOf, type ActionItem } from '../../providers/supervision';
import { useCan, useRole } from '../../providers/useCan';
import { useIsSmall } from '../useIsSmall';
import { ActionItemList } from './ActionItems';
import type { Meeting } from './meetingTypes';

const filters = [<DateInput key="from" source="from" />, <DateInput key="to" source="to" />];

const ExportButton = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const from = typeof filterValues.from === 'string' && filterValues.from ? filterValues.from : todayInShanghai();
  const year = quarterOf(from).year;
  return (
    <DownloadButton
      url={meetingsExportUrl(year)}
      fallbackName={`consultation-meetings-${year}.xlsx`}
      label={translate('fq.meetings.export')}
      testId="meetings-export"
    />
  );
};

const Actions = () => {
  const canCreate = useCan('consultationMeetings', 'create');
  return (
    <TopToolbar>
      <FilterButton />
      <ExportButton />
      {canCreate && <CreateButton label="fq.meetings.create" data-testid="meeting-create" />}
    </TopToolbar>
  );
};

const OverdueChip = ({ count }: { count: number }) => {
  const translate = useTranslate();
  if (!count) return null;
  return <Chip size="small" color="error" label={translate('fq.meetings.overdue_count', { count })} data-testid="meeting-overdue" />;
};

/** An office's own open items across its meetings, so that nothing waits for someone to open the right meeting. */
const MyActionItems = () => {
  const translate = useTranslate();
  const { data, isPending } = useGetList<ActionItem & { id: string }>('actionItems', {
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'dueOn', order: 'ASC' },
    filter: { mine: true, status: 'OPEN' },
  });
  return (
    <Box sx={{ mt: 2 }}>
      <SectionCard
        title={translate('fq.meetings.my_items')}
        testId="my-action-items"
        action={
          data && data.length > 0 ? (
            <Chip size="small" color="primary" label={translate('fq.meetings.open_count', { count: data.length })} />
          ) : undefined
        }
      >
        {isPending && <LinearProgress />}
        {data && data.length === 0 && <Alert severity="success">{translate('fq.meetings.my_items_none')}</Alert>}
        {data && data.length > 0 && <ActionItemList items={data} showMeeting />}
      </SectionCard>
    </Box>
  );
};

export const MeetingList = () => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const role = useRole();
  const [locale] = useLocaleState();
  return (
    <>
      {role === 'OFFICE_STAFF' && <MyActionItems />}
      <List
        pagination={<ListPagination />}
        title={translate('fq.meetings.title')}
        filters={filters}
        actions={<Actions />}
        sort={{ field: 'at', order: 'DESC' }}
        exporter={false}
      >
        {isSmall ? (
          <SimpleList<Meeting>
            primaryText={(r) => r.title}
            secondaryText={(r) => `${formatDateTime(r.at, locale)} · ${r.venue}`}
            tertiaryText={(r) => (
              <Stack component="span" direction="row" sx={{ gap: 0.5 }}>
                <OverdueChip count={r.overdueCount} />
              </Stack>
            )}
            linkType="show"
            rowSx={() => ({ alignItems: 'flex-start' })}
          />
        ) : (
          <Datagrid
            rowClick="show"
            bulkActionButtons={false}
            sx={{ '& .RaDatagrid-headerCell': { whiteSpace: 'nowrap' } }}
            data-testid="meeting-list"
          >
            <FunctionField<Meeting> source="at" render={(r) => <DateTimeText value={r.at} sx={{ whiteSpace: 'nowrap' }} />} />
            <TextField source="title" />
            <TextField source="venue" sortable={false} />
            <FunctionField<Meeting> source="overdueCount" sortable={false} render={(r) => <OverdueChip count={r.overdueCount} />} />
          </Datagrid>
        )}
      </List>
    </>
  );
};
