import { Alert, Box, Chip, LinearProgress, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { LinkBase, Title, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { SectionCard } from '../../common/SectionCard';
import { useFetched } from '../../common/useFetched';
import { errorMessage } from '../../i18n/errors';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import type { IdNumberReuseRow } from '../../providers/idNumberReuse';
import { useIsSmall } from '../../resources/useIsSmall';

const CaseLink = ({ row }: { row: IdNumberReuseRow }) => (
  <Link component={LinkBase} to={`/mediationCases/${row.caseId}/show`} data-testid="reuse-case-link">
    {row.caseNo}
  </Link>
);

const Entitled = ({ entitled }: { entitled: boolean }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={entitled ? 'success' : 'warning'}
      label={translate(entitled ? 'fq.idReuse.entitled_yes' : 'fq.idReuse.entitled_no')}
    />
  );
};

const Rows = ({ rows }: { rows: IdNumberReuseRow[] }) => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const t = (key: string) => translate(`fq.idReuse.${key}`);
  const registrant = (row: IdNumberReuseRow) => row.registeredBy ?? t('unknown_registrant');
  if (isSmall) {
    return (
      <Stack sx={{ gap: 1.5 }}>
        {rows.map((row) => (
          <Box key={row.caseId} data-testid="reuse-row" sx={{ borderBottom: 1, borderColor: 'divider', pb: 1 }}>
            <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                <CaseLink row={row} />
              </Typography>
              <Entitled entitled={row.registrantEntitled} />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {t('earlier_case_no')}：{row.earlierCaseNo}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              <DateTimeText value={row.registeredAt} /> · {registrant(row)}
            </Typography>
          </Box>
        ))}
      </Stack>
    );
  }
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{t('case_no')}</TableCell>
          <TableCell>{t('earlier_case_no')}</TableCell>
          <TableCell>{t('registered_at')}</TableCell>
          <TableCell>{t('registered_by')}</TableCell>
          <TableCell>{t('entitled')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.caseId} data-testid="reuse-row">
            <TableCell>
              <CaseLink row={row} />
            </TableCell>
            <TableCell>{row.earlierCaseNo}</TableCell>
            <TableCell>
              <DateTimeText value={row.registeredAt} />
            </TableCell>
            <TableCell>{registrant(row)}</TableCell>
            <TableCell>
              <Entitled entitled={row.registrantEntitled} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * The bureau's one-off check: cases registered, before parties were kept per case, with an ID number already on file,
 * whose registration showed the earlier case's party. Each links to the case.
 */
export const IdNumberReusePage = () => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const { data, error, isPending } = useFetched((signal) => dataProvider.idNumberReuseReport({ signal }), [dataProvider]);
  return (
    <Stack sx={{ gap: 2, my: 2 }} data-testid="id-reuse-page">
      <Title title={translate('fq.idReuse.title')} />
      <Box>
        <Typography variant="h5" component="h1">
          {translate('fq.idReuse.heading')}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="id-reuse-explanation">
          {translate('fq.idReuse.explanation')}
        </Typography>
      </Box>
      {isPending && <LinearProgress />}
      {error ? <Alert severity="error">{errorMessage(translate, error)}</Alert> : null}
      {data && data.length === 0 && (
        <Alert severity="success" data-testid="id-reuse-empty">
          {translate('fq.idReuse.empty')}
        </Alert>
      )}
      {data && data.length > 0 && (
        <SectionCard
          title={translate('fq.idReuse.title')}
          action={<Chip size="small" color="warning" label={translate('fq.idReuse.count', { count: data.length })} />}
          testId="id-reuse-rows"
        >
          <Rows rows={data} />
        </SectionCard>
      )}
    </Stack>
  );
};
