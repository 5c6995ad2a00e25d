import {
  Box,
  Chip,
  FormControlLabel,
  Link,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { alpha, useTheme } from '@mui/material/styles';
import { useMemo, useState } from 'react';
import { LinkBase, useTranslate } from 'react-admin';
import { SectionCard } from '../../common/SectionCard';
import { cellLook, filterRows, rowsWithGapsFirst, type ComplianceRow, type QuarterCell, type TrainingCompliance } from '../../providers/supervision';
import { useCan } from '../../providers/useCan';
import { useIsSmall } from '../../resources/useIsSmall';

const QUARTERS = [1, 2, 3, 4];

/** The trainings list filtered to one village and quarter (what a done cell opens). */
export const trainingsPath = (filter: Record<string, unknown>) => `/trainings?filter=${encodeURIComponent(JSON.stringify(filter))}`;

const Cell = ({ cell, compact, to }: { cell: QuarterCell; compact: boolean; to?: string }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const look = cellLook(cell);
  const colour = look.tone === 'default' ? theme.palette.text.disabled : theme.palette[look.tone].main;
  const label = translate(look.labelKey);
  // A native tooltip: hundreds of cells in a county grid, and MUI's would cost a component each.
  const tip = cell.trainingCount ? `${label} · ${translate('fq.compliance.trainings_held', { count: cell.trainingCount })}` : label;
  const text = cell.status === 'DONE' ? `${look.symbol}${cell.trainingCount > 1 ? ` ${cell.trainingCount}` : ''}` : look.symbol;
  const body = (
    <Box
      title={tip}
      data-testid="compliance-cell"
      data-status={cell.status}
      data-quarter={cell.quarter}
      sx={{
        position: 'relative',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 0.5,
        minHeight: 30,
        px: 0.5,
        borderRadius: 1,
        fontWeight: 600,
        fontSize: 14,
        whiteSpace: 'nowrap',
        color: look.tone === 'default' ? 'text.disabled' : theme.palette[look.tone].dark,
        bgcolor: alpha(colour, look.tone === 'default' ? 0.06 : 0.14),
        border: 1,
        borderColor: alpha(colour, cell.status === 'MISSING' ? 0.8 : 0.3),
        '@media print': { bgcolor: 'transparent' },
      }}
    >
      <span aria-hidden>{text}</span>
      {!compact && cell.status !== 'DONE' && <span style={{ fontWeight: 400, fontSize: 12 }}>{label}</span>}
      <Box component="span" sx={visuallyHidden}>
        {label}
        {cell.trainingCount ? ` ${translate('fq.compliance.trainings_held', { count: cell.trainingCount })}` : ''}
      </Box>
    </Box>
  );
  return to ? (
    <Link component={LinkBase} to={to} underline="none" aria-label={translate('fq.compliance.open_trainings')}>
      {body}
    </Link>
  ) : (
    body
  );
};

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

export const Legend = () => {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }} data-testid="compliance-legend">
      {(['DONE', 'MISSING', 'DUE', 'UPCOMING'] as const).map((status) => {
        const look = cellLook({ status, trainingCount: 0 });
        return (
          <Chip
            key={status}
            size="small"
            variant="outlined"
            color={look.tone === 'default' ? 'default' : look.tone}
            label={`${look.symbol} ${translate(look.labelKey)}`}
          />
        );
      })}
    </Stack>
  );
};

/** Village × quarter: the village (and its adviser) stays in view while a phone scrolls the quarters. */
export const ComplianceGrid = ({ data, countyWide }: { data: TrainingCompliance; countyWide: boolean }) => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const canOpenVillage = useCan('villages', 'show');
  const canOpenTrainings = useCan('trainings', 'list');
  const [gapsOnly, setGapsOnly] = useState(false);
  const [text, setText] = useState('');
  const rows = useMemo(() => filterRows(rowsWithGapsFirst(data.rows), { gapsOnly, text }), [data.rows, gapsOnly, text]);
  const stickyFirst = {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    bgcolor: 'background.paper',
    borderRight: 1,
    borderRightColor: 'divider',
  } as const;

  const villageCell = (row: ComplianceRow) => (
    <TableCell sx={{ ...stickyFirst, minWidth: { xs: 112, md: 180 }, maxWidth: { xs: 128, md: 'none' }, py: 0.75 }} component="th" scope="row">
      <Typography variant="body2" sx={{ fontWeight: 600, wordBreak: 'break-all' }}>
        {canOpenVillage ? (
          <Link component={LinkBase} to={`/villages/${row.village.id}/show`}>
            {row.village.name}
          </Link>
        ) : (
          row.village.name
        )}
      </Typography>
      {(isSmall || countyWide) && (
        <Typography variant="caption" color="text.secondary" component="div" sx={{ lineHeight: 1.3 }}>
          {isSmall ? (row.village.currentAdviser?.name ?? translate('fq.compliance.no_adviser')) : row.village.township?.name}
        </Typography>
      )}
    </TableCell>
  );

  return (
    <SectionCard title={translate('fq.compliance.grid_title')} testId="compliance-grid" action={<Legend />}>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, mb: 1, alignItems: { sm: 'center' } }}>
        <TextField
          size="small"
          label={translate('fq.compliance.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          sx={{ width: { xs: '100%', sm: 240 }, flex: 'none' }}
          slotProps={{ htmlInput: { 'data-testid': 'compliance-search' } }}
        />
        <FormControlLabel
          control={<Switch checked={gapsOnly} onChange={(e) => setGapsOnly(e.target.checked)} data-testid="compliance-gaps-only" />}
          label={translate('fq.compliance.gaps_only')}
        />
        <Typography variant="body2" color="text.secondary" sx={{ ml: { sm: 'auto' }, whiteSpace: 'nowrap' }}>
          {translate('fq.compliance.shown_of', { shown: rows.length, total: data.rows.length })}
        </Typography>
      </Stack>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
          {translate('fq.compliance.no_rows')}
        </Typography>
      ) : (
        <Box sx={{ overflow: 'auto', maxHeight: { xs: '70vh', md: 640 }, mx: { xs: -2, sm: 0 } }}>
          <Table size="small" stickyHeader data-testid="compliance-table" sx={{ '& td, & th': { px: { xs: 0.5, md: 1 } } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ ...stickyFirst, zIndex: 3 }}>{translate('fq.compliance.village')}</TableCell>
                {!isSmall && <TableCell>{translate('fq.compliance.adviser')}</TableCell>}
                {QUARTERS.map((q) => (
                  <TableCell key={q} align="center" sx={{ minWidth: { xs: 56, md: 104 } }}>
                    {translate(isSmall ? 'fq.compliance.quarter_short' : 'fq.compliance.quarter', { quarter: q })}
                  </TableCell>
                ))}
                {!isSmall && <TableCell align="right">{translate('fq.compliance.done_count')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.village.id} data-testid="compliance-row" data-village={row.village.name} data-missing={row.missingCount} hover>
                  {villageCell(row)}
                  {!isSmall && (
                    <TableCell>
                      {row.village.currentAdviser?.name ?? (
                        <Typography variant="body2" color="text.secondary" component="span">
                          {translate('fq.compliance.no_adviser')}
                        </Typography>
                      )}
                    </TableCell>
                  )}
                  {QUARTERS.map((q) => {
                    const cell = row.quarters.find((c) => c.quarter === q) ?? { quarter: q, status: 'UPCOMING' as const, trainingCount: 0 };
                    const to =
                      canOpenTrainings && cell.trainingCount > 0
                        ? trainingsPath({ villageId: row.village.id, year: data.year, quarter: q })
                        : undefined;
                    return (
                      <TableCell key={q} align="center" sx={{ py: 0.5 }}>
                        <Cell cell={cell} compact={isSmall} to={to} />
                      </TableCell>
                    );
                  })}
                  {!isSmall && (
                    <TableCell align="right">
                      {row.doneCount}
                      {row.missingCount > 0 && (
                        <Chip
                          size="small"
                          color="error"
                          variant="outlined"
                          sx={{ ml: 1 }}
                          label={`${translate('fq.enum.QuarterStatus.MISSING')} ${row.missingCount}`}
                        />
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableCell sx={{ ...stickyFirst, fontWeight: 600 }}>{translate('fq.compliance.total')}</TableCell>
                {!isSmall && <TableCell />}
                {QUARTERS.map((q) => {
                  const t = data.quarterTotals.find((x) => x.quarter === q);
                  return (
                    <TableCell key={q} align="center" sx={{ fontWeight: 600, color: 'text.primary' }} data-testid={`quarter-total-${q}`}>
                      <Box component="span" sx={{ color: 'success.dark' }}>
                        ✓{t?.done ?? 0}
                      </Box>
                      {(t?.missing ?? 0) > 0 && (
                        <Box component="span" sx={{ color: 'error.main', ml: 0.5, display: { xs: 'block', md: 'inline' } }}>
                          ✗{t!.missing}
                        </Box>
                      )}
                    </TableCell>
                  );
                })}
                {!isSmall && (
                  <TableCell align="right" sx={{ fontWeight: 600, color: 'text.primary' }}>
                    {data.done} / {data.required}
                  </TableCell>
                )}
              </TableRow>
            </TableFooter>
          </Table>
        </Box>
      )}
    </SectionCard>
  );
};
