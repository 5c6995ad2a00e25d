import ChevronRight from '@mui/icons-material/ChevronRight';
import { Alert, Box, Card, CardContent, Chip, List, ListItemButton, ListItemText, Skeleton, Typography } from '@mui/material';
import { LinkBase, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { useFetched } from '../common/useFetched';
import { canAccess } from '../providers/canAccess';
import { useFengqiaoDataProvider } from '../providers/dataProvider';
import { formatDate, formatMonth } from '../providers/dates';
import type { Role } from '../providers/session';
import { workItemLink, type WorkItem } from '../providers/workQueue';
import { useEnumLabel } from '../resources/mediationCases/CaseFields';

/** The line under an item's title: the monthly report's month, deadline and entries (its status is the chip); a month for the others. */
const Detail = ({ item }: { item: WorkItem }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (item.kind === 'MONTHLY_REPORT' && item.month) {
    return (
      <>
        {translate('fq.home.report_line', { month: formatMonth(item.month, locale) })}
        {' · '}
        {/* The deadline kept on one line: a phone would break 2026年12月5日 between its characters. */}
        <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
          {translate('fq.home.deadline', { deadline: formatDate(item.deadline, locale) })}
        </Box>
        {' · '}
        <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
          {translate('fq.home.entries', { count: item.count })}
        </Box>
      </>
    );
  }
  return item.month ? formatMonth(item.month, locale) : null;
};

/** One item: its title, a count (or the report's status), and a link to the list with its filter. */
const Item = ({ item, last }: { item: WorkItem; last: boolean }) => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const report = item.kind === 'MONTHLY_REPORT';
  return (
    <ListItemButton
      component={LinkBase}
      to={workItemLink(item)}
      divider={!last}
      data-testid={`work-item-${item.kind}`}
      data-count={item.count}
      data-attention={item.attention}
      sx={{ gap: 1, alignItems: 'center', px: { xs: 1, sm: 2 } }}
    >
      <ListItemText
        primary={label('WorkItemKind', item.kind)}
        secondary={<Detail item={item} />}
        sx={{ minWidth: 0, '& .MuiListItemText-primary': { overflowWrap: 'anywhere' } }}
      />
      {report ? (
        <Chip
          size="small"
          color={item.attention ? 'warning' : 'success'}
          label={label('MonthlyReportStatus', item.status)}
          data-testid="work-item-status"
          sx={{ flexShrink: 0 }}
        />
      ) : (
        <Typography
          component="span"
          variant="h5"
          data-testid="work-item-count"
          aria-label={translate('fq.home.count', { count: item.count })}
          sx={{ fontWeight: 600, flexShrink: 0, minWidth: '2ch', textAlign: 'right', color: item.attention ? 'warning.dark' : 'text.disabled' }}
        >
          {item.count}
        </Typography>
      )}
      <ChevronRight color="action" sx={{ flexShrink: 0 }} />
    </ListItemButton>
  );
};

/** The day's work (今日待办) of an adviser, a township office or the bureau: each item a count and a link to its rows. */
export const WorkQueueCard = () => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const { permissions: role } = usePermissions<Role>();
  const { data, error } = useFetched((signal) => dataProvider.workQueue({ signal }), [dataProvider]);
  // Only items whose list this tier opens (all of them today; a link to a page without a route would be a dead end).
  const items = (data?.items ?? []).filter((i) => canAccess(role, i.list, 'list'));
  const open = items.filter((i) => i.attention).length;
  return (
    <Card data-testid="work-queue" sx={{ gridColumn: '1 / -1' }}>
      <CardContent sx={{ px: { xs: 1.5, sm: 2 } }}>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2">
            {translate('fq.home.title')}
          </Typography>
          {data && (
            <Typography variant="body2" color="text.secondary" data-testid="work-queue-summary">
              {open ? translate('fq.home.open', { count: open }) : translate('fq.home.none')}
            </Typography>
          )}
        </Box>
        {error ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            {translate('fq.dashboard.load_failed')}
          </Alert>
        ) : !data ? (
          <Skeleton variant="rectangular" height={160} sx={{ mt: 1 }} />
        ) : (
          <List disablePadding>
            {items.map((item, i) => (
              <Item key={item.kind} item={item} last={i === items.length - 1} />
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
};
