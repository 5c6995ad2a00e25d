import { Box, Chip, Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { DateTimeText } from '../../common/DateTimeText';
import { changeLines, displayValue, fieldLabelKey, newestFirst, type RosterEvent } from './history';

const KIND_COLOR = {
  JOINED: 'success',
  CHANGED: 'info',
  SUSPENDED: 'warning',
  REINSTATED: 'success',
  REMOVED: 'error',
} as const;

/** The roster history: what happened, when it took effect, why, who recorded it and when, and what changed. */
export const RosterTimeline = ({ events }: { events: readonly RosterEvent[] | undefined }) => {
  const translate = useTranslate();
  // Provider ids in the recorded changes are shown by name.
  const { data: providers } = useGetList('providers', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const providerNames = useMemo(() => new Map((providers ?? []).map((p) => [String(p.id), String(p.name)])), [providers]);
  const sorted = newestFirst(events ?? []);
  if (!sorted.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('fq.advisers.no_history')}
      </Typography>
    );
  }
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="roster-history">
      {sorted.map((event, i) => {
        const lines = changeLines(event.changes);
        return (
          <Box
            component="li"
            key={event.id}
            data-testid="roster-event"
            sx={{
              position: 'relative',
              pl: 3,
              pb: i === sorted.length - 1 ? 0 : 2.5,
              // The line and the dot of a timeline.
              '&::before': {
                content: '""',
                position: 'absolute',
                left: 6,
                top: 18,
                bottom: 0,
                width: 2,
                bgcolor: i === sorted.length - 1 ? 'transparent' : 'divider',
              },
              '&::after': {
                content: '""',
                position: 'absolute',
                left: 1,
                top: 6,
                width: 12,
                height: 12,
                borderRadius: '50%',
                bgcolor: `${KIND_COLOR[event.kind as keyof typeof KIND_COLOR] ?? 'grey'}.main`,
              },
            }}
          >
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Chip
                size="small"
                color={KIND_COLOR[event.kind as keyof typeof KIND_COLOR] ?? 'default'}
                label={translate(`fq.enum.RosterEventKind.${event.kind}`, { _: event.kind })}
              />
              <Typography variant="subtitle2" component="span">
                {translate('fq.advisers.effective_from', { date: event.effectiveOn })}
              </Typography>
            </Stack>
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {translate('fq.advisers.event_reason', { reason: event.reason })}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('fq.advisers.recorded_by', { name: event.actorName || translate('fq.advisers.system_actor') })}{' '}
              <DateTimeText value={event.at} variant="caption" />
            </Typography>
            {lines.length > 0 && (
              <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
                {lines.map((line) => (
                  <Typography component="li" variant="body2" key={line.field} sx={{ wordBreak: 'break-word' }}>
                    <Box component="span" sx={{ color: 'text.secondary' }}>
                      {translate('fq.common.label', { label: translate(fieldLabelKey(line.field), { _: line.field }) })}
                    </Box>
                    {event.kind === 'CHANGED' || line.from !== null
                      ? `${displayValue(line.field, line.from, translate, providerNames)} → ${displayValue(line.field, line.to, translate, providerNames)}`
                      : displayValue(line.field, line.to, translate, providerNames)}
                  </Typography>
                ))}
              </Box>
            )}
          </Box>
        );
      })}
    </Box>
  );
};
