import Close from '@mui/icons-material/Close';
import {
  Alert,
  Chip,
  Dialog,
  DialogContent,
  DialogTitle,
  IconButton,
  LinearProgress,
  Link,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { LinkBase, useTranslate } from 'react-admin';
import { useFetched } from '../../common/useFetched';
import type { AssessmentIndicator } from '../../generated/graphql';
import { errorMessage } from '../../i18n/errors';
import { formatPeriod, type IndicatorRecord, type IndicatorResult, indicatorFigures, recordLink } from '../../providers/assessment';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { useRole } from '../../providers/useCan';
import { useIsSmall } from '../../resources/useIsSmall';

/** Which side of the figures a record counts on: done (both), due but not done, or done beyond anything due. */
const countsAs = (r: IndicatorRecord) => (r.inNumerator && r.inDenominator ? 'both' : r.inDenominator ? 'denominator' : 'numerator');
const COUNTS_COLOUR = { both: 'success', denominator: 'warning', numerator: 'primary' } as const;

const RecordRow = ({ record }: { record: IndicatorRecord }) => {
  const translate = useTranslate();
  const role = useRole();
  const link = recordLink(record, role);
  const counts = countsAs(record);
  const title = [record.label, formatPeriod(record.period)].filter(Boolean).join(' · ');
  return (
    <ListItem divider disableGutters data-testid="indicator-record" sx={{ alignItems: 'flex-start', gap: 1 }}>
      <ListItemText
        primary={
          link ? (
            <Link component={LinkBase} to={link} data-testid="indicator-record-link">
              {title}
            </Link>
          ) : (
            title
          )
        }
        secondary={[
          translate(`fq.enum.AssessmentRecordKind.${record.kind}`),
          record.on ?? '',
          record.points !== null && record.points !== undefined ? translate('fq.assessment.records_points', { points: record.points }) : '',
          record.recordId ? '' : translate('fq.assessment.records_missing'),
        ]
          .filter(Boolean)
          .join(' · ')}
        sx={{ minWidth: 0, overflowWrap: 'anywhere' }}
      />
      <Chip size="small" variant="outlined" color={COUNTS_COLOUR[counts]} label={translate(`fq.assessment.records_counts_${counts}`)} />
    </ListItem>
  );
};

/**
 * The records behind one indicator of an adviser's year (and the slots due with none), each linked to its page where
 * the viewer may open it: why the figures are what they are. Full screen on a phone.
 */
export const IndicatorRecordsDialog = ({
  year,
  countyId,
  adviser,
  indicator,
  published,
  onClose,
}: {
  year: number;
  countyId: string | null;
  adviser: { id: string; name: string };
  indicator: IndicatorResult | null;
  published: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const fullScreen = useIsSmall();
  const code = indicator?.code as AssessmentIndicator | undefined;
  const records = useFetched(
    (signal) => dataProvider.assessmentIndicatorRecords({ year, countyId, adviserId: adviser.id, indicator: code!, signal }),
    [dataProvider, year, countyId, adviser.id, code],
    Boolean(code),
  );
  const list = code ? records.data : undefined;
  return (
    <Dialog open={Boolean(indicator)} onClose={onClose} fullScreen={fullScreen} fullWidth maxWidth="sm" data-testid="indicator-records-dialog">
      <DialogTitle sx={{ pr: 6 }}>
        {indicator &&
          translate('fq.assessment.records_title', { name: adviser.name, indicator: translate(`fq.enum.AssessmentIndicator.${indicator.code}`) })}
        <IconButton aria-label={translate('ra.action.close')} onClick={onClose} sx={{ position: 'absolute', right: 8, top: 8 }}>
          <Close />
        </IconButton>
      </DialogTitle>
      <DialogContent>
        {indicator && (
          <Stack sx={{ gap: 1 }}>
            <Typography variant="body2" data-testid="indicator-records-figures">
              {translate('fq.assessment.figures')}: {indicatorFigures(indicator)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate(published ? 'fq.assessment.records_live_published' : 'fq.assessment.records_live')}
            </Typography>
            {records.isPending && <LinearProgress />}
            {records.error ? <Alert severity="error">{errorMessage(translate, records.error)}</Alert> : null}
            {list && list.length === 0 && <Typography color="text.secondary">{translate('fq.assessment.records_none')}</Typography>}
            {list && list.length > 0 && (
              <List dense disablePadding>
                {list.map((r, n) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list in the API's order, never reordered, its rows stateless; two highlights of one check share everything else
                  <RecordRow key={`${r.kind}-${r.recordId ?? ''}-${r.period ?? ''}-${r.label}-${n}`} record={r} />
                ))}
              </List>
            )}
          </Stack>
        )}
      </DialogContent>
    </Dialog>
  );
};
