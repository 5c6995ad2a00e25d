import { Alert, Box, LinearProgress, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { CountText, SuppressionNote } from '../../common/CountText';
import { useFetched } from '../../common/useFetched';
import { errorMessage } from '../../i18n/errors';
import { GRADES } from '../../providers/assessment';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';
import { anySuppressed, type GradeTable } from '../../providers/suppressed';

function allCells(t: GradeTable) {
  return [t.total, ...t.totals.map((g) => g.count), ...t.townships.flatMap((r) => [r.total, ...r.counts.map((g) => g.count)])];
}

/**
 * 考核等次分布 by township: the analyst's only view of the assessment (no adviser, no score), every count as the API
 * published it ("<3", "x").
 */
export const GradeCountsPage = () => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const [year, setYear] = useState(thisYear - 1);
  const { data, error, isPending } = useFetched((signal) => dataProvider.assessmentGradeCounts({ year, countyId: '', signal }), [dataProvider, year]);
  return (
    <Box data-testid="assessment-grade-table-page" sx={{ my: 2, display: 'grid', gap: 2 }}>
      <Title title={translate('fq.assessment.title')} />
      <Box>
        <Typography variant="h5" component="h1">
          {translate('fq.suppression.grades_heading', { county: data?.county.name ?? '', year })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('fq.suppression.grades_subtitle')}
        </Typography>
      </Box>
      <TextField
        select
        size="small"
        label={translate('fq.assessment.year')}
        value={year}
        onChange={(e) => setYear(Number(e.target.value))}
        sx={{ width: { xs: '100%', sm: 140 } }}
        data-testid="grade-table-year"
      >
        {[thisYear - 1, thisYear, thisYear - 2].map((y) => (
          <MenuItem key={y} value={y}>
            {y}
          </MenuItem>
        ))}
      </TextField>
      {isPending && <LinearProgress />}
      {error !== undefined && <Alert severity="error">{errorMessage(translate, error)}</Alert>}
      {data && (
        <>
          <SuppressionNote show={anySuppressed(allCells(data))} />
          {data.townships.length === 0 ? (
            <Typography color="text.secondary">{translate('fq.suppression.no_townships')}</Typography>
          ) : (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" data-testid="grade-table">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('fq.suppression.township')}</TableCell>
                    {GRADES.map((g) => (
                      <TableCell key={g} align="right">
                        {translate(`fq.enum.AssessmentGrade.${g}`)}
                      </TableCell>
                    ))}
                    <TableCell align="right">{translate('fq.suppression.total')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.townships.map((row) => (
                    <TableRow key={row.township.id} data-testid={`grade-row-${row.township.id}`}>
                      <TableCell>{row.township.name}</TableCell>
                      {row.counts.map((g) => (
                        <TableCell key={g.grade} align="right">
                          <CountText cell={g.count} testId={`grade-${row.township.id}-${g.grade}`} />
                        </TableCell>
                      ))}
                      <TableCell align="right">
                        <CountText cell={row.total} />
                      </TableCell>
                    </TableRow>
                  ))}
                  <TableRow data-testid="grade-row-total">
                    <TableCell sx={{ fontWeight: 600 }}>{translate('fq.suppression.total')}</TableCell>
                    {data.totals.map((g) => (
                      <TableCell key={g.grade} align="right" sx={{ fontWeight: 600 }}>
                        <CountText cell={g.count} />
                      </TableCell>
                    ))}
                    <TableCell align="right" sx={{ fontWeight: 600 }}>
                      <CountText cell={data.total} testId="grade-total" />
                    </TableCell>
                  </TableRow>
                </TableBody>
              </Table>
            </Box>
          )}
        </>
      )}
    </Box>
  );
};
