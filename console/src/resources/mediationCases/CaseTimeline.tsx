import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { SectionCard } from '../../common/SectionCard';
import { formatDateTime } from '../../providers/dates';
import type { MediationCase } from './caseFormat';
import { useEnumLabel } from './CaseFields';
import { caseTimeline, type TimelineEntry } from './caseTimeline';

/** The enum each entry's values are words of. */
const VALUE_ENUMS: Record<string, string> = {
  form: 'AgreementForm',
  status: 'ReviewStatus',
  result: 'ConfirmationResult',
  performance: 'Performance',
  reason: 'ClosureReason',
};

const Entry = ({ entry, last }: { entry: TimelineEntry; last: boolean }) => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const [locale] = useLocaleState();
  const values = Object.fromEntries(Object.entries(entry.values ?? {}).map(([k, v]) => [k, VALUE_ENUMS[k] ? label(VALUE_ENUMS[k], v) : v]));
  const colour = entry.due ? 'warning.main' : entry.kind === 'closed' ? 'success.main' : 'primary.main';
  return (
    <Box component="li" data-testid="timeline-entry" data-kind={entry.kind} sx={{ display: 'flex', gap: 1.5, minWidth: 0 }}>
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: 0.75 }} aria-hidden>
        <Box
          sx={{
            width: 10,
            height: 10,
            borderRadius: '50%',
            flexShrink: 0,
            bgcolor: entry.due ? 'transparent' : colour,
            border: 2,
            borderColor: colour,
          }}
        />
        {!last && <Box sx={{ width: 2, flexGrow: 1, bgcolor: 'divider', mt: 0.5 }} />}
      </Box>
      <Box sx={{ pb: last ? 0 : 1.5, minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
          {translate(`fq.cases.timeline.${entry.kind}`, values)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {entry.at ? formatDateTime(entry.at, locale) : entry.day}
        </Typography>
      </Box>
    </Box>
  );
};

/** What happened to the case, oldest first, then what is still due: from the case's own records (no access log). */
export const CaseTimeline = ({ record }: { record: MediationCase }) => {
  const translate = useTranslate();
  const entries = caseTimeline(record);
  return (
    <SectionCard title={translate('fq.cases.timeline.title')} testId="case-timeline">
      {entries.length === 0 ? (
        <Typography color="text.secondary">{translate('fq.cases.timeline.empty')}</Typography>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {entries.map((e, i) => (
            <Entry key={`${e.kind}-${e.day}-${e.at ?? i}`} entry={e} last={i === entries.length - 1} />
          ))}
        </Box>
      )}
    </SectionCard>
  );
};
