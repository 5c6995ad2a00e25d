import CloudOff from '@mui/icons-material/CloudOff';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, useTranslate } from 'react-admin';
import { DateTimeText } from '../common/DateTimeText';
import { nowLocal, toInstant } from '../resources/workLogEntries/workLogFormat';
import { moveOutboxEntry, removeFromOutbox, type OutboxEntry } from './outbox';
import { outboxUserId, useOutbox, useSyncOutbox } from './useOutbox';

const reasonText = (translate: ReturnType<typeof useTranslate>, entry: OutboxEntry) => {
  if (entry.reason === 'MONTH_SUBMITTED' || entry.reason === 'IDEMPOTENCY_KEY_REUSED') return translate(`fq.offline.reason.${entry.reason}`);
  if (entry.reason === 'BAD_USER_INPUT') return translate('fq.offline.reason.BAD_USER_INPUT', { field: entry.field ?? '' });
  return translate('fq.offline.reason.other', { reason: entry.reason ?? '' });
};

/** A refused entry's new time: a datetime in an open month. */
const MoveDialog = ({ entry, onClose, onMoved }: { entry: OutboxEntry; onClose: () => void; onMoved: () => void }) => {
  const translate = useTranslate();
  const [at, setAt] = useState(nowLocal());
  const save = () => {
    const instant = toInstant(at);
    const userId = outboxUserId();
    if (!instant || !userId) return;
    moveOutboxEntry(userId, entry.clientKey, instant);
    onMoved();
  };
  return (
    <Dialog open onClose={onClose}>
      <DialogTitle>{translate('fq.offline.move_title')}</DialogTitle>
      <DialogContent>
        <TextField
          type="datetime-local"
          label={translate('fq.offline.move_at')}
          value={at}
          onChange={(e) => setAt(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'outbox-move-at' } }}
          sx={{ mt: 1 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('fq.offline.cancel')}</Button>
        <Button variant="contained" onClick={save} data-testid="outbox-move-save">
          {translate('fq.offline.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

const OutboxItem = ({ entry }: { entry: OutboxEntry }) => {
  const translate = useTranslate();
  const { sync } = useSyncOutbox();
  const [discarding, setDiscarding] = useState(false);
  const [moving, setMoving] = useState(false);
  const refused = entry.status === 'REFUSED';
  return (
    <Box sx={{ py: 1, borderTop: 1, borderColor: 'divider' }} data-testid="outbox-entry" data-status={entry.status}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip
          size="small"
          color={refused ? 'error' : 'warning'}
          label={translate(refused ? 'fq.offline.refused_chip' : 'fq.offline.pending')}
          data-testid="outbox-status"
        />
        <DateTimeText value={entry.input.at ?? null} component="span" variant="body2" />
        <Typography variant="body2" component="span">
          {String(entry.input.personServed ?? '')} · {String(entry.input.matter ?? '')}
        </Typography>
      </Stack>
      <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }} data-testid="outbox-content">
        {entry.input.content}
      </Typography>
      {refused && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="outbox-reason">
          {reasonText(translate, entry)}
        </Alert>
      )}
      <Stack direction="row" sx={{ gap: 1, mt: 1 }}>
        {refused && entry.reason === 'MONTH_SUBMITTED' && (
          <Button size="small" variant="outlined" onClick={() => setMoving(true)} data-testid="outbox-move">
            {translate('fq.offline.move')}
          </Button>
        )}
        <Button size="small" color="error" onClick={() => setDiscarding(true)} data-testid="outbox-discard">
          {translate('fq.offline.discard')}
        </Button>
      </Stack>
      <Confirm
        isOpen={discarding}
        title="fq.offline.discard"
        content="fq.offline.discard_confirm"
        onConfirm={() => {
          const userId = outboxUserId();
          if (userId) removeFromOutbox(userId, entry.clientKey);
          setDiscarding(false);
        }}
        onClose={() => setDiscarding(false)}
      />
      {moving && (
        <MoveDialog
          entry={entry}
          onClose={() => setMoving(false)}
          onMoved={() => {
            setMoving(false);
            void sync().catch(() => undefined);
          }}
        />
      )}
    </Box>
  );
};

/** The adviser's entries kept on this device (待同步 / refused), above the work log; nothing when there are none. */
export const OutboxPanel = () => {
  const translate = useTranslate();
  const entries = useOutbox();
  const { sync, syncing } = useSyncOutbox();
  if (!entries.length) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="outbox">
      <CardContent>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', justifyContent: 'space-between' }}>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
            <CloudOff color="warning" />
            <Typography variant="subtitle1">{translate('fq.offline.outbox_title')}</Typography>
          </Stack>
          <Button size="small" variant="outlined" disabled={syncing} onClick={() => void sync().catch(() => undefined)} data-testid="outbox-sync">
            {translate(syncing ? 'fq.offline.syncing' : 'fq.offline.sync_now')}
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('fq.offline.outbox_hint')}
        </Typography>
        {entries.map((entry) => (
          <OutboxItem key={entry.clientKey} entry={entry} />
        ))}
      </CardContent>
    </Card>
  );
};
