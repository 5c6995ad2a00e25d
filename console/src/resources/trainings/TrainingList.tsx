import { Stack, Typography } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  NumberInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { DateTimeText } from '../../common/DateTimeText';
import { DownloadButton } from '../../common/DownloadButton';
import { formatDateTime, todayInShanghai } from '../../providers/dates';
import { quarterOf, trainingsExportUrl } from '../../providers/supervision';
import { useCan, useRole } from '../../providers/useCan';
import { orderedEnumChoices as enumChoices } from '../choices';
import { TownshipSelectInput } from '../pickers';
import { useIsSmall } from '../useIsSmall';
import { KindChip, type Training } from './TrainingFields';

const QUARTER_CHOICES = [1, 2, 3, 4].map((q) => ({ id: q, name: `Q${q}` }));

const filters = (countyWide: boolean) => [
  <SelectInput key="kind" source="kind" choices={enumChoices('TrainingKind')} alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn sx={{ width: 110 }} />,
  <SelectInput key="quarter" source="quarter" choices={QUARTER_CHOICES} translateChoice={false} />,
  ...(countyWide ? [<TownshipSelectInput key="townshipId" source="townshipId" />] : []),
];

const ExportButton = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const year = Number(filterValues.year) || quarterOf(todayInShanghai()).year;
  const regionId = typeof filterValues.townshipId === 'string' ? filterValues.townshipId : undefined;
  return (
    <DownloadButton
      url={trainingsExportUrl(year, regionId)}
      fallbackName={`trainings-${year}.xlsx`}
      label={translate('fq.trainings.export')}
      testId="trainings-export"
    />
  );
};

const Actions = () => {
  const canCreate = useCan('trainings', 'create');
  const role = useRole();
  return (
    <TopToolbar>
      <FilterButton />
      {(role === 'BUREAU_ADMIN' || role === 'OFFICE_STAFF') && <ExportButton />}
      {canCreate && (
        <CreateButton label={role === 'BUREAU_ADMIN' ? 'fq.trainings.create_annual' : 'fq.trainings.create_village'} data-testid="training-create" />
      )}
    </TopToolbar>
  );
};

/** Where: the village (and township) of a village training, the venue of the bureau's annual one. */
const place = (r: Training) => r.villageName ?? r.venue;

export const TrainingList = () => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const role = useRole();
  const [locale] = useLocaleState();
  const countyWide = role === 'BUREAU_ADMIN';
  return (
    <List
      pagination={<ListPagination />}
      title={translate('fq.trainings.title')}
      filters={filters(countyWide)}
      filterDefaultValues={{ year: quarterOf(todayInShanghai()).year }}
      actions={<Actions />}
      sort={{ field: 'at', order: 'DESC' }}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<Training>
          primaryText={(r) => r.title}
          secondaryText={(r) => [place(r), r.adviser?.name, formatDateTime(r.at, locale)].filter(Boolean).join(' · ')}
          tertiaryText={(r) => (
            <Stack component="span" direction="row" sx={{ gap: 0.5, alignItems: 'center' }}>
              <KindChip kind={r.kind} />
              {r.kind === 'VILLAGE_QUARTERLY' && (
                <Typography component="span" variant="caption" color="text.secondary">
                  {translate('fq.trainings.attendee_total', { count: r.attendeeTotal })}
                </Typography>
              )}
            </Stack>
          )}
          linkType="show"
          rowSx={() => ({ alignItems: 'flex-start' })}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} sx={{ '& .RaDatagrid-headerCell': { whiteSpace: 'nowrap' } }} data-testid="training-list">
          <FunctionField<Training> source="at" render={(r) => <DateTimeText value={r.at} sx={{ whiteSpace: 'nowrap' }} />} />
          <TextField source="title" />
          <FunctionField<Training> source="kind" sortable={false} render={(r) => <KindChip kind={r.kind} />} />
          <FunctionField<Training> source="village" sortable={false} render={(r) => place(r)} />
          <FunctionField<Training> source="adviser" sortable={false} render={(r) => r.adviser?.name ?? ''} />
          <FunctionField<Training> source="mode" sortable={false} render={(r) => translate(`fq.enum.TrainingMode.${r.mode}`)} />
          <FunctionField<Training> source="attendeeTotal" sortable={false} render={(r) => (r.kind === 'VILLAGE_QUARTERLY' ? r.attendeeTotal : '')} />
        </Datagrid>
      )}
    </List>
  );
};
