import { Box, Card, CardContent, Typography } from '@mui/material';
import {
  Datagrid,
  FunctionField,
  List,
  NumberField,
  SimpleList,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { DateTimeText } from '../../common/DateTimeText';
import { DownloadButton } from '../../common/DownloadButton';
import type * as Api from '../../generated/graphql';
import { formatDateTime } from '../../providers/dates';
import { useAboveCounty, useCan } from '../../providers/useCan';
import { useIsSmall } from '../useIsSmall';
import { FileRosterButton } from './FileRosterButton';
import { FilingStatusChip, type ReviewedFiling } from './FilingReview';

export type Filing = Pick<Api.RosterFiling, 'id' | 'number' | 'asOf' | 'entryCount' | 'filedAt' | 'filedByName'> & Partial<ReviewedFiling>;

/** A county's bureau files; a city's or province's receives its counties' filings and files none. */
const useCanFile = () => {
  const canFile = useCan('rosterFilings', 'create');
  const aboveCounty = useAboveCounty();
  return canFile && !aboveCounty;
};

const Actions = () => {
  const canFile = useCanFile();
  return <TopToolbar>{canFile && <FileRosterButton />}</TopToolbar>;
};

export const XlsxButton = ({ filing }: { filing: Pick<Filing, 'id' | 'number'> }) => {
  const translate = useTranslate();
  return (
    <DownloadButton
      url={`/api/roster-filings/${filing.id}.xlsx`}
      fallbackName={`roster-filing-${filing.number}.xlsx`}
      label={translate('fq.filings.download_xlsx')}
      testId="download-filing"
    />
  );
};

/** No filing yet: say so, with the one action that changes it. */
const Empty = () => {
  const translate = useTranslate();
  const canFile = useCanFile();
  return (
    <Box sx={{ p: 2, width: '100%' }}>
      <Card variant="outlined" data-testid="filings-empty">
        <CardContent sx={{ textAlign: 'center', py: 5 }}>
          <Typography variant="h6" gutterBottom>
            {translate('fq.filings.empty_title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('fq.filings.file_hint')}
          </Typography>
          {canFile && <FileRosterButton />}
        </CardContent>
      </Card>
    </Box>
  );
};

const XlsxField = (_props: { label?: string }) => {
  const record = useRecordContext<Filing>();
  return record ? <XlsxButton filing={record} /> : null;
};

const StatusField = (_props: { label?: string }) => {
  const record = useRecordContext<Filing>();
  return <FilingStatusChip status={record?.status} />;
};

const FiledAtField = (_props: { label?: string; sortBy?: string }) => {
  const record = useRecordContext<Filing>();
  return <DateTimeText value={record?.filedAt} />;
};

export const RosterFilingList = () => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const [locale] = useLocaleState();
  const aboveCounty = useAboveCounty();
  const statusLabel = (r: Filing) => (r.status ? translate(`fq.enum.RosterFilingStatus.${r.status}`) : '');
  return (
    <List
      pagination={<ListPagination />}
      title={translate(aboveCounty ? 'fq.filings.inbox_title' : 'fq.filings.title')}
      actions={<Actions />}
      empty={<Empty />}
      sort={{ field: 'number', order: 'DESC' }}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList<Filing>
          primaryText={(r) => `${aboveCounty && r.county ? `${r.county.name} ` : ''}${translate('fq.filings.number_label', { number: r.number })}`}
          secondaryText={(r) => `${translate('fq.filings.summary', { date: r.asOf, count: r.entryCount })} · ${statusLabel(r)}`}
          tertiaryText={(r) => `${r.filedByName} · ${formatDateTime(r.filedAt, locale)}`}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          {aboveCounty && <FunctionField<Filing> label="fq.filings.county" sortable={false} render={(r) => r.county?.name ?? ''} />}
          <FunctionField<Filing> source="number" render={(r) => translate('fq.filings.number_label', { number: r.number })} />
          <TextField source="asOf" />
          <NumberField source="entryCount" sortable={false} />
          <TextField source="filedByName" sortable={false} />
          <FiledAtField label="resources.rosterFilings.fields.filedAt" sortBy="filedAt" />
          <StatusField label="fq.filings.status" />
          <XlsxField label="" />
        </Datagrid>
      )}
    </List>
  );
};
