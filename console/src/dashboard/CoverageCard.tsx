import Insights from '@mui/icons-material/Insights';
import { Button, Card, CardContent, LinearProgress, Skeleton, Stack, Typography } from '@mui/material';
import { LinkBase, useTranslate } from 'react-admin';
import { formatRatio } from '../providers/coverage';
import { PAGES } from '../providers/canAccess';
import { useCoverage } from '../pages/coverage/useCoverage';

/** The headline figure of 一村居一法律顾问, linking to the coverage page. */
export const CoverageCard = ({ wide = false }: { wide?: boolean }) => {
  const translate = useTranslate();
  const { data, error } = useCoverage({ withLoads: false });
  return (
    <Card data-testid="stat-coverage" sx={wide ? { gridColumn: '1 / -1' } : undefined}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {translate('fq.dashboard.coverage')}
        </Typography>
        {data ? (
          <>
            <Typography variant="h3" component="p" sx={{ fontWeight: 600 }} data-testid="stat-coverage-value">
              {formatRatio(data.ratio)}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={Math.round(data.ratio * 100)}
              color={data.ratio >= 1 ? 'success' : 'warning'}
              sx={{ height: 6, borderRadius: 3, my: 1 }}
            />
            <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
              <Typography variant="body2" color="text.secondary">
                {translate('fq.coverage.covered_of', { covered: data.coveredCount, total: data.villageCount })}
              </Typography>
              {data.uncoveredCount > 0 && (
                <Typography variant="body2" color="warning.dark">
                  {translate('fq.coverage.uncovered_count', { count: data.uncoveredCount })}
                </Typography>
              )}
            </Stack>
          </>
        ) : error ? (
          <Typography color="text.secondary">{translate('fq.dashboard.load_failed')}</Typography>
        ) : (
          <Skeleton variant="text" width={120} sx={{ fontSize: '2.5rem' }} />
        )}
        <Button component={LinkBase} to={PAGES.coverage} size="small" startIcon={<Insights />} sx={{ mt: 1 }} data-testid="open-coverage">
          {translate('fq.coverage.open')}
        </Button>
      </CardContent>
    </Card>
  );
};
