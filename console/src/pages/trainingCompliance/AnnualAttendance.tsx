import { Alert, Box, Button, Chip, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { LinkBase, useTranslate } from 'react-admin';
import { SectionCard } from '../../common/SectionCard';
import { absenteesFirst, type AdviserAttendance } from '../../providers/supervision';
import { useCan } from '../../providers/useCan';
import { useIsSmall } from '../../resources/useIsSmall';

const FIRST = 12;

const AttendedChip = ({ attended }: { attended: boolean }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={attended ? 'success' : 'error'}
      variant={attended ? 'outlined' : 'filled'}
      label={translate(attended ? 'fq.compliance.attended' : 'fq.compliance.absent')}
      data-testid="attendance-chip"
    />
  );
};

/** Who attended the bureau's annual training this year; the absent first, as they are what needs doing. */
export const AnnualAttendance = ({ rows }: { rows: AdviserAttendance[] }) => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const canOpen = useCan('legalAdvisers', 'show');
  const [all, setAll] = useState(false);
  const sorted = absenteesFirst(rows);
  const absent = rows.filter((r) => !r.attended).length;
  const anyTraining = rows.some((r) => r.trainings.length > 0);
  const shown = all ? sorted : sorted.slice(0, Math.max(FIRST, absent));
  const name = (r: AdviserAttendance) =>
    canOpen ? (
      <Link component={LinkBase} to={`/legalAdvisers/${r.adviser.id}/show`}>
        {r.adviser.name}
      </Link>
    ) : (
      r.adviser.name
    );
  return (
    <SectionCard
      title={translate('fq.compliance.annual_title')}
      testId="annual-attendance"
      action={
        rows.length > 0 && (
          <Chip
            size="small"
            color={absent ? 'error' : 'success'}
            label={translate('fq.compliance.annual_attended_of', { attended: rows.length - absent, total: rows.length })}
            data-testid="annual-summary"
          />
        )
      }
    >
      {!anyTraining ? (
        <Alert severity="info">{translate('fq.compliance.annual_none')}</Alert>
      ) : absent === 0 ? (
        <Alert severity="success" sx={{ mb: 1 }}>
          {translate('fq.compliance.annual_all_attended')}
        </Alert>
      ) : null}
      {anyTraining && isSmall && (
        <Stack sx={{ gap: 0.5 }}>
          {shown.map((r) => (
            <Stack
              key={r.adviser.id}
              direction="row"
              data-testid="attendance-row"
              data-attended={r.attended}
              sx={{ justifyContent: 'space-between', alignItems: 'center', py: 0.5, borderBottom: 1, borderColor: 'divider', gap: 1 }}
            >
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2">{name(r)}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {r.adviser.provider?.name}
                </Typography>
              </Box>
              <AttendedChip attended={r.attended} />
            </Stack>
          ))}
        </Stack>
      )}
      {anyTraining && !isSmall && (
        <Box sx={{ maxHeight: 420, overflowY: 'auto' }}>
          <Table size="small" stickyHeader>
            <TableHead>
              <TableRow>
                <TableCell>{translate('fq.compliance.adviser')}</TableCell>
                <TableCell>{translate('fq.compliance.provider')}</TableCell>
                <TableCell>{translate('fq.compliance.attended')}</TableCell>
                <TableCell>{translate('fq.compliance.trainings')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((r) => (
                <TableRow
                  key={r.adviser.id}
                  data-testid="attendance-row"
                  data-attended={r.attended}
                  sx={r.attended ? undefined : { bgcolor: 'rgba(211, 47, 47, 0.06)' }}
                >
                  <TableCell>{name(r)}</TableCell>
                  <TableCell>{r.adviser.provider?.name}</TableCell>
                  <TableCell>
                    <AttendedChip attended={r.attended} />
                  </TableCell>
                  <TableCell>
                    {r.trainings.map((t) => (
                      <Link key={t.id} component={LinkBase} to={`/trainings/${t.id}/show`} sx={{ display: 'block' }}>
                        {t.title}
                      </Link>
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {anyTraining && shown.length < sorted.length && (
        <Button size="small" onClick={() => setAll(true)} sx={{ mt: 1 }} data-testid="attendance-show-all">
          {translate('fq.compliance.show_all', { count: sorted.length })}
        </Button>
      )}
    </SectionCard>
  );
};
