import { Box, Button, Chip, Link, Stack, Typography, type ChipProps } from '@mui/material';
import { useState } from 'react';
import { LinkBase, required, SelectInput, TextInput, FormDataConsumer, useNotify, useRefresh, useTranslate } from 'react-admin';
import { DateInput } from '../../common/DatePickers';
import { ActionDialog } from '../../common/ActionDialog';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { todayInShanghai } from '../../providers/dates';
import { itemState, sortActionItems, type ActionItem } from '../../providers/supervision';
import { orderedEnumChoices as enumChoices } from '../choices';
import type { Meeting } from './meetingTypes';

const STATE_COLOURS: Record<ReturnType<typeof itemState>, ChipProps['color']> = {
  done: 'success',
  overdue: 'error',
  due_soon: 'warning',
  open: 'default',
};

export const ItemStateChip = ({ item }: { item: Pick<ActionItem, 'status' | 'overdue' | 'dueOn'> }) => {
  const translate = useTranslate();
  const state = itemState(item, todayInShanghai());
  const label =
    state === 'done'
      ? translate('fq.enum.ActionItemStatus.DONE')
      : state === 'overdue'
        ? translate('fq.meetings.overdue')
        : state === 'due_soon'
          ? translate('fq.meetings.due_soon')
          : translate('fq.enum.ActionItemStatus.OPEN');
  return (
    <Chip
      size="small"
      color={STATE_COLOURS[state]}
      variant={state === 'overdue' ? 'filled' : 'outlined'}
      label={label}
      data-testid="item-state"
      data-state={state}
    />
  );
};

/** Mark done or reopen, with a progress note: the bureau any item, an office its own (canUpdate says which). */
export const UpdateItemButton = ({ item }: { item: ActionItem }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const done = item.status === 'DONE';
  const next = done ? 'OPEN' : 'DONE';
  return (
    <>
      <Button
        size="small"
        variant={done ? 'text' : 'contained'}
        color={done ? 'inherit' : 'primary'}
        onClick={() => setOpen(true)}
        data-testid={done ? 'item-reopen' : 'item-done'}
      >
        {translate(done ? 'fq.meetings.reopen' : 'fq.meetings.mark_done')}
      </Button>
      {open && (
        <ActionDialog<{ note?: string }>
          open
          onClose={() => setOpen(false)}
          title={translate(done ? 'fq.meetings.reopen_title' : 'fq.meetings.mark_done_title')}
          description={item.title}
          submitLabel={translate(done ? 'fq.meetings.reopen' : 'fq.meetings.mark_done')}
          defaultValues={{ note: item.note ?? '' }}
          testId="dialog-updateActionItem"
          onReload={refresh}
          onSubmit={async (v) => {
            await dataProvider.mutate('updateActionItem', { id: item.id, status: next, note: v.note?.trim() || null, version: item.version });
            notify('fq.meetings.item_saved', { type: 'success' });
            refresh();
          }}
        >
          <TextInput
            source="note"
            label="fq.meetings.note"
            helperText="fq.meetings.note_hint"
            multiline
            minRows={3}
            fullWidth
            validate={next === 'DONE' ? required() : undefined}
          />
        </ActionDialog>
      )}
    </>
  );
};

/** One item: what, who, by when, its state, the owner's note, and the buttons its viewer may use. */
export const ActionItemRow = ({ item, showMeeting = false }: { item: ActionItem; showMeeting?: boolean }) => {
  const translate = useTranslate();
  const state = itemState(item, todayInShanghai());
  const accent = state === 'overdue' ? 'error.main' : state === 'done' ? 'success.main' : state === 'due_soon' ? 'warning.main' : 'divider';
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      data-testid="action-item"
      data-item-id={item.id}
      data-status={item.status}
      data-overdue={item.overdue}
      sx={{
        gap: 1,
        p: 1.25,
        borderRadius: 1,
        border: 1,
        borderColor: 'divider',
        borderLeft: 4,
        borderLeftColor: accent,
        bgcolor: state === 'overdue' ? 'rgba(211, 47, 47, 0.05)' : undefined,
        alignItems: { sm: 'center' },
      }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography
          variant="body2"
          sx={{ fontWeight: 600, textDecoration: item.status === 'DONE' ? 'line-through' : undefined, textDecorationColor: 'rgba(0,0,0,0.3)' }}
        >
          {item.title}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {translate('fq.meetings.owner')}：{item.ownerName} · {translate('fq.meetings.due_on', { date: item.dueOn })}
          {item.doneAt && ` · ${translate('fq.meetings.done_at', { date: item.doneAt.slice(0, 10) })}`}
        </Typography>
        {showMeeting && item.meeting && (
          <Link component={LinkBase} to={`/consultationMeetings/${item.meeting.id}/show`} variant="caption" sx={{ display: 'block' }}>
            {item.meeting.title}
          </Link>
        )}
        {item.note && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }} data-testid="item-note">
            {translate('fq.meetings.note')}：{item.note}
          </Typography>
        )}
      </Box>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexShrink: 0 }}>
        <ItemStateChip item={item} />
        {item.canUpdate && <UpdateItemButton item={item} />}
      </Stack>
    </Stack>
  );
};

export const ActionItemList = ({ items, showMeeting }: { items: ActionItem[]; showMeeting?: boolean }) => (
  <Stack sx={{ gap: 1 }}>
    {sortActionItems(items).map((item) => (
      <ActionItemRow key={item.id} item={item} showMeeting={showMeeting} />
    ))}
  </Stack>
);

/** Owner inputs: a participating office or provider, or the bureau itself. */
export const OwnerInputs = ({
  offices,
  providers,
  prefix = '',
}: {
  offices: { id: string; name: string }[];
  providers: { id: string; name: string }[];
  prefix?: string;
}) => (
  <>
    <SelectInput
      source={`${prefix}ownerKind`}
      label="fq.meetings.owner_kind"
      choices={enumChoices('ActionItemOwnerKind')}
      validate={required()}
      helperText="fq.meetings.owner_hint"
      fullWidth
    />
    <FormDataConsumer>
      {({ formData, scopedFormData }) => {
        const kind = (scopedFormData ?? formData)?.ownerKind;
        if (kind === 'OFFICE') {
          return <SelectInput source={`${prefix}ownerOfficeId`} label="fq.meetings.owner_office" choices={offices} validate={required()} fullWidth />;
        }
        if (kind === 'PROVIDER') {
          return (
            <SelectInput source={`${prefix}ownerProviderId`} label="fq.meetings.owner_provider" choices={providers} validate={required()} fullWidth />
          );
        }
        return null;
      }}
    </FormDataConsumer>
  </>
);

/** The bureau adds a follow-up to a meeting after the fact. */
export const AddItemButton = ({ meeting }: { meeting: Meeting }) => {
  const translate = useTranslate();
  const dataProvider = useFengqiaoDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const offices = (meeting.participants ?? []).filter((p) => p.kind === 'OFFICE' && p.office).map((p) => ({ id: p.office!.id, name: p.name }));
  const providers = (meeting.participants ?? [])
    .filter((p) => p.kind === 'PROVIDER' && p.provider)
    .map((p) => ({ id: p.provider!.id, name: p.name }));
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)} data-testid="action-addItem">
        {translate('fq.meetings.add_item')}
      </Button>
      {open && (
        <ActionDialog<Record<string, unknown>>
          open
          onClose={() => setOpen(false)}
          title={translate('fq.meetings.add_item_title')}
          submitLabel={translate('fq.meetings.add_item')}
          defaultValues={{ ownerKind: offices.length ? 'OFFICE' : 'BUREAU' }}
          testId="dialog-addItem"
          onSubmit={async (v) => {
            await dataProvider.mutate('addActionItem', {
              meetingId: meeting.id,
              input: {
                title: v.title,
                dueOn: v.dueOn,
                ownerKind: v.ownerKind,
                ownerOfficeId: v.ownerKind === 'OFFICE' ? v.ownerOfficeId : undefined,
                ownerProviderId: v.ownerKind === 'PROVIDER' ? v.ownerProviderId : undefined,
              },
            });
            notify('fq.meetings.item_saved', { type: 'success' });
            refresh();
          }}
        >
          <TextInput source="title" label="fq.meetings.item_title" validate={required()} fullWidth />
          <OwnerInputs offices={offices} providers={providers} />
          <DateInput source="dueOn" label="fq.meetings.due_on_label" validate={required()} fullWidth />
        </ActionDialog>
      )}
    </>
  );
};
