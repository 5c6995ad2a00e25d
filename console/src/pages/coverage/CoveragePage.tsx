import AddLink from '@mui/icons-material/AddLink';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Link,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { LinkBase, Title, useTranslate } from 'react-admin';
import { DayPicker } from '../../common/DatePickers';
import { SectionCard } from '../../common/SectionCard';
import { errorMessage } from '../../i18n/errors';
import { formatRatio, type AdviserLoad, type Coverage } from '../../providers/coverage';
import { todayInShanghai } from '../../providers/dates';
import { useCan } from '../../providers/useCan';
import { OverloadedChip } from '../../resources/legalAdvisers/AdviserChips';
import { CountyScopeSelect } from '../../resources/pickers';
import { useIsSmall } from '../../resources/useIsSmall';
import { pairVillagePath } from '../../resources/villages/VillageShow';
import { CoverageChart } from './CoverageChart';
import { useCoverage } from './useCoverage';

const Figure = ({
  label,
  value,
  testId,
  tone,
  wide = false,
}: {
  label: string;
  value: string | number | undefined;
  testId: string;
  tone?: 'warning';
  wide?: boolean;
}) => (
  // On a phone the ratio takes the row and the two counts share the next one.
  <Card data-testid={testId} sx={{ gridColumn: { xs: wide ? '1 / -1' : 'span 1', sm: 'span 1' } }}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      {value === undefined ? (
        <Skeleton variant="text" width={100} sx={{ fontSize: '2.5rem' }} />
      ) : (
        <Typography
          variant="h3"
          component="p"
          sx={{
            fontWeight: 600,
            fontSize: { xs: wide ? '3rem' : '1.75rem', sm: '3rem' },
            color: tone === 'warning' && value !== 0 ? 'warning.dark' : undefined,
          }}
          data-testid={`${testId}-value`}
        >
          {value}
        </Typography>
      )}
    </CardContent>
  </Card>
);

/** Region and date: the bureau and analysts may look at one township; everyone may look back in time. */
const Controls = ({
  regionId,
  asOf,
  onRegion,
  onAsOf,
}: {
  regionId: string;
  asOf: string;
  onRegion: (id: string) => void;
  onAsOf: (date: string) => void;
}) => {
  const translate = useTranslate();
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2, gridColumn: '1 / -1' }}>
      <CountyScopeSelect value={regionId} onChange={onRegion} testId="coverage-region" />
      <DayPicker
        label={translate('fq.coverage.as_of')}
        value={asOf}
        onChange={(date) => date && onAsOf(date)}
        max={todayInShanghai()}
        testId="coverage-as-of"
        sx={{ minWidth: 180 }}
      />
    </Stack>
  );
};

const Uncovered = ({ coverage }: { coverage: Coverage }) => {
  const translate = useTranslate();
  const canPair = useCan('pairings', 'create');
  const canOpen = useCan('villages', 'show');
  const today = todayInShanghai();
  return (
    <SectionCard
      title={translate('fq.coverage.uncovered_title')}
      action={<Chip size="small" color={coverage.uncoveredCount ? 'warning' : 'success'} label={coverage.uncoveredCount} />}
      testId="coverage-uncovered"
    >
      {coverage.uncoveredCount === 0 ? (
        <Alert severity="success">{translate('fq.coverage.all_covered')}</Alert>
      ) : (
        <Stack sx={{ gap: 1 }} data-testid="coverage-uncovered-list">
          {coverage.uncovered.map((v) => (
            <Stack
              key={v.id}
              direction="row"
              data-testid="uncovered-village"
              data-village-id={v.id}
              sx={{
                alignItems: 'center',
                justifyContent: 'space-between',
                gap: 1,
                p: 1,
                pl: 1.5,
                borderRadius: 1,
                bgcolor: 'rgba(237, 108, 2, 0.08)',
                borderLeft: 4,
                borderColor: 'warning.main',
              }}
            >
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {canOpen ? (
                    <Link component={LinkBase} to={`/villages/${v.id}/show`}>
                      {v.name}
                    </Link>
                  ) : (
                    v.name
                  )}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {v.township?.name}
                </Typography>
              </Box>
              {/* Pairing starts today: a past as-of date shows history, not something to fix now. */}
              {canPair && coverage.asOf === today && (
                <Button
                  component={LinkBase}
                  to={pairVillagePath(v.id)}
                  state={{ from: '/coverage' }}
                  size="small"
                  variant="contained"
                  color="warning"
                  startIcon={<AddLink />}
                  sx={{ flexShrink: 0 }}
                  data-testid="pair-uncovered"
                >
                  {translate('fq.coverage.pair')}
                </Button>
              )}
            </Stack>
          ))}
          {/* A large region lists its first villages only (by division code); the count above is all of them. */}
          {coverage.uncovered.length < coverage.uncoveredCount && (
            <Typography variant="caption" color="text.secondary" data-testid="coverage-uncovered-more">
              {translate('fq.coverage.uncovered_first', { shown: coverage.uncovered.length, count: coverage.uncoveredCount })}
            </Typography>
          )}
        </Stack>
      )}
    </SectionCard>
  );
};

const PHONE_LOADS = 8;

const Loads = ({ loads, cap, serving, overloadedCount }: { loads: AdviserLoad[]; cap: number; serving?: number; overloadedCount?: number }) => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const canOpen = useCan('legalAdvisers', 'show');
  // The API lists the most loaded advisers first, up to its limit; the counts cover every adviser of the region.
  const overloaded = overloadedCount ?? loads.filter((l) => l.overloaded).length;
  const listedAll = serving === undefined || loads.length >= serving;
  // A phone lists the most loaded (every overloaded one at least) until asked for all.
  const [all, setAll] = useState(false);
  const shown = all ? loads : loads.slice(0, Math.max(PHONE_LOADS, overloaded));
  const name = (l: AdviserLoad) =>
    canOpen ? (
      <Link component={LinkBase} to={`/legalAdvisers/${l.adviser.id}/show`}>
        {l.adviser.name}
      </Link>
    ) : (
      l.adviser.name
    );
  const bar = (l: AdviserLoad) => (
    <LinearProgress
      variant="determinate"
      value={Math.min(100, (l.villageCount / Math.max(cap, 1)) * 100)}
      color={l.overloaded ? 'error' : 'primary'}
      sx={{ height: 6, borderRadius: 3 }}
    />
  );
  return (
    <SectionCard
      title={translate('fq.coverage.loads_title')}
      action={overloaded ? <Chip size="small" color="error" label={translate('fq.coverage.overloaded_count', { count: overloaded })} /> : undefined}
      testId="coverage-loads"
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('fq.coverage.load_cap', { cap })}
      </Typography>
      {loads.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fq.coverage.no_loads')}
        </Typography>
      ) : isSmall ? (
        <Stack sx={{ gap: 1 }}>
          {shown.map((l) => (
            <Box key={l.adviser.id} data-testid="adviser-load" data-overloaded={l.overloaded}>
              <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 1 }}>
                <Typography variant="body2">{name(l)}</Typography>
                <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
                  <Typography variant="body2">{translate('fq.advisers.village_count', { smart_count: l.villageCount })}</Typography>
                  {l.overloaded && <OverloadedChip />}
                </Stack>
              </Stack>
              {bar(l)}
            </Box>
          ))}
          {shown.length < loads.length && (
            <Button size="small" onClick={() => setAll(true)} data-testid="loads-show-all">
              {translate('fq.coverage.show_all', { count: loads.length })}
            </Button>
          )}
        </Stack>
      ) : (
        <Box sx={{ maxHeight: 480, overflowY: 'auto' }}>
          <Table size="small" stickyHeader>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.legalAdvisers.fields.name')}</TableCell>
                <TableCell>{translate('resources.legalAdvisers.fields.villageCount')}</TableCell>
                <TableCell sx={{ width: '40%' }} />
              </TableRow>
            </TableHead>
            <TableBody>
              {loads.map((l) => (
                <TableRow
                  key={l.adviser.id}
                  data-testid="adviser-load"
                  data-overloaded={l.overloaded}
                  sx={l.overloaded ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : undefined}
                >
                  <TableCell>{name(l)}</TableCell>
                  <TableCell>
                    <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
                      <span>{l.villageCount}</span>
                      {l.overloaded && <OverloadedChip />}
                    </Stack>
                  </TableCell>
                  <TableCell>{bar(l)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {!listedAll && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }} data-testid="coverage-loads-more">
          {translate('fq.coverage.loads_first', { shown: loads.length, count: serving })}
        </Typography>
      )}
    </SectionCard>
  );
};

/** 一村居一法律顾问: the ratio, by township, the villages still without an adviser, and the advisers' loads. */
export const CoveragePage = () => {
  const translate = useTranslate();
  const withLoads = useCan('adviserLoads', 'list');
  const [regionId, setRegionId] = useState('');
  const [asOf, setAsOf] = useState(todayInShanghai());
  const { data, error, isPending } = useCoverage({ regionId, asOf, withLoads });
  // A township's own coverage is one bar: the figures above already say it.
  const showChart = (data?.townships.length ?? 0) > 1;
  return (
    <Box
      data-testid="coverage-page"
      sx={{ display: 'grid', gap: 2, my: 2, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(3, minmax(0, 1fr))' } }}
    >
      <Title title={translate('fq.coverage.title')} />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <Typography variant="h5" component="h1">
          {translate('fq.coverage.heading', { region: data?.region.name ?? '' })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('fq.coverage.subtitle')}
        </Typography>
      </Box>
      <Controls regionId={regionId} asOf={asOf} onRegion={setRegionId} onAsOf={setAsOf} />
      {isPending && <LinearProgress sx={{ gridColumn: '1 / -1' }} />}
      {error ? (
        <Alert severity="error" sx={{ gridColumn: '1 / -1' }}>
          {errorMessage(translate, error)}
        </Alert>
      ) : null}
      <Figure label={translate('fq.coverage.ratio')} value={data ? formatRatio(data.ratio) : undefined} testId="coverage-ratio" wide />
      <Figure
        label={translate('fq.coverage.covered_villages')}
        value={data ? `${data.coveredCount} / ${data.villageCount}` : undefined}
        testId="coverage-covered"
      />
      <Figure label={translate('fq.coverage.uncovered_villages')} value={data?.uncoveredCount} testId="coverage-uncovered-count" tone="warning" />
      {data && showChart && (
        <Box sx={{ gridColumn: '1 / -1', minWidth: 0 }}>
          <SectionCard title={translate('fq.coverage.by_township')} testId="coverage-chart">
            <CoverageChart townships={data.townships} onSelect={setRegionId} />
          </SectionCard>
        </Box>
      )}
      {data && (
        <Box sx={{ gridColumn: { xs: '1 / -1', md: withLoads ? 'span 1' : '1 / -1' }, minWidth: 0 }}>
          <Uncovered coverage={data} />
        </Box>
      )}
      {data && withLoads && (
        <Box sx={{ gridColumn: { xs: '1 / -1', md: 'span 2' }, minWidth: 0 }}>
          <Loads
            loads={data.adviserLoads ?? []}
            cap={data.loadCap}
            serving={data.servingAdviserCount}
            overloadedCount={data.overloadedAdviserCount}
          />
        </Box>
      )}
      {!withLoads && (
        <Alert severity="info" sx={{ gridColumn: '1 / -1' }} data-testid="coverage-no-names">
          {translate('fq.coverage.analyst_note')}
        </Alert>
      )}
    </Box>
  );
};
