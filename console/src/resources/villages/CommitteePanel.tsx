import Add from '@mui/icons-material/Add';
import CheckCircle from '@mui/icons-material/CheckCircle';
import Delete from '@mui/icons-material/Delete';
import Edit from '@mui/icons-material/Edit';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import { Alert, Box, Button, Chip, IconButton, Link, List as MuiList, ListItem, ListItemText, Stack, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { BooleanInput, Confirm, Form, SelectInput, TextInput, required, useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import type * as Api from '../../generated/graphql';
import { SectionCard } from '../../common/SectionCard';
import { phone } from '../../common/validation';
import { errorMessage } from '../../i18n/errors';
import { useFengqiaoDataProvider } from '../../providers/dataProvider';
import { useCan } from '../../providers/useCan';
import { orderedEnumChoices } from '../choices';

/** A committee member; `version` is sent back with updateCommitteeMember (a stale one is refused: CONFLICT). */
export type Member = Pick<Api.CommitteeMember, 'id' | 'name' | 'role' | 'phone' | 'version'>;

export type Committee = Pick<Api.MediationCommittee, 'id' | 'name' | 'fixedOffice' | 'mediationRoom' | 'noticeBoardPosted' | 'version'> & {
  members: Member[];
};

export const CHECKLIST = ['fixedOffice', 'mediationRoom', 'noticeBoardPosted'] as const;

const ROLE_RANK = { DIRECTOR: 0, DEPUTY: 1, MEMBER: 2 };
/** Director, deputies, then members; by name within a role. */
export const byRole = (a: Member, b: Member) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.name.localeCompare(b.name, 'zh-CN');

const Checklist = ({ committee }: { committee: Committee }) => {
  const translate = useTranslate();
  return (
    <Stack sx={{ gap: 0.75 }} data-testid="committee-checklist">
      {CHECKLIST.map((item) => (
        <Stack key={item} direction="row" sx={{ gap: 1, alignItems: 'center' }} data-testid={`check-${item}`} data-done={committee[item]}>
          {committee[item] ? <CheckCircle color="success" fontSize="small" /> : <RadioButtonUnchecked color="disabled" fontSize="small" />}
          <Typography variant="body2">{translate(`fq.villages.${item}`)}</Typography>
          {!committee[item] && <Chip size="small" variant="outlined" color="warning" label={translate('fq.villages.not_yet')} />}
        </Stack>
      ))}
    </Stack>
  );
};

const CommitteeForm = ({ villageId, committee, onDone }: { villageId: string; committee: Committee; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useFengqiaoDataProvider();
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (values: Record<string, unknown>) => {
    setPending(true);
    setError(null);
    try {
      await dataProvider.mutate('updateMediationCommittee', {
        villageId,
        input: { ...values, version: committee.version },
      });
      notify('fq.villages.committee_saved', { type: 'success' });
      refresh();
      onDone();
    } catch (e) {
      const body = (e as { body?: { code?: string; field?: string } }).body;
      setError({ message: errorMessage(translate, e), stale: body?.code === 'CONFLICT' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Form onSubmit={submit} record={committee} noValidate>
      <TextInput source="name" label="fq.villages.committee_name" validate={required()} fullWidth />
      {CHECKLIST.map((item) => (
        <BooleanInput key={item} source={item} label={`fq.villages.${item}`} helperText={false} />
      ))}
      {error && (
        <Alert
          severity={error.stale ? 'warning' : 'error'}
          sx={{ my: 1 }}
          data-testid="committee-error"
          action={
            error.stale ? (
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  refresh();
                  onDone();
                }}
              >
                {translate('fq.common.reload')}
              </Button>
            ) : undefined
          }
        >
          {error.message}
        </Alert>
      )}
      <Stack direction="row" sx={{ gap: 1, mt: 1 }}>
        <Button type="submit" variant="contained" disabled={pending} data-testid="committee-save">
          {translate('fq.common.save')}
        </Button>
        <Button onClick={onDone} disabled={pending}>
          {translate('fq.common.cancel')}
        </Button>
      </Stack>
    </Form>
  );
};

const MemberDialog = ({ villageId, member, onClose }: { villageId: string; member?: Member; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useFengqiaoDataProvider();
  return (
    <ActionDialog<Api.CommitteeMemberInput>
      open
      onClose={onClose}
      title={translate(member ? 'fq.villages.edit_member' : 'fq.villages.add_member')}
      submitLabel={translate('fq.common.save')}
      defaultValues={member ? { name: member.name, role: member.role, phone: member.phone ?? '' } : { role: 'MEMBER' }}
      onSubmit={async ({ name, role, phone: tel }) => {
        const input = { name, role, phone: tel || null };
        if (member) await dataProvider.mutate('updateCommitteeMember', { id: member.id, input, version: member.version });
        else await dataProvider.mutate('addCommitteeMember', { villageId, input });
        notify('fq.villages.member_saved', { type: 'success' });
        refresh();
      }}
      testId="dialog-member"
      onReload={refresh}
    >
      <TextInput source="name" label="fq.villages.member_name" validate={required()} fullWidth />
      <SelectInput source="role" label="fq.villages.member_role" choices={orderedEnumChoices('CommitteeRole')} validate={required()} fullWidth />
      <TextInput source="phone" label="fq.villages.member_phone" validate={phone} fullWidth />
    </ActionDialog>
  );
};

const Members = ({ villageId, members }: { villageId: string; members: Member[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useFengqiaoDataProvider();
  const canEdit = useCan('villages', 'edit');
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [pending, setPending] = useState(false);
  const sorted = [...members].sort(byRole);
  return (
    <Box sx={{ mt: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 0.5 }}>
        <Typography variant="subtitle1" component="h3">
          {translate('fq.villages.members')}
        </Typography>
        {canEdit && (
          <Button size="small" startIcon={<Add />} onClick={() => setEditing('new')} data-testid="add-member">
            {translate('fq.villages.add_member')}
          </Button>
        )}
      </Stack>
      {sorted.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fq.villages.no_members')}
        </Typography>
      ) : (
        <MuiList dense disablePadding data-testid="committee-members">
          {sorted.map((m) => (
            <ListItem
              key={m.id}
              divider
              disableGutters
              secondaryAction={
                canEdit ? (
                  <Stack direction="row">
                    <Tooltip title={translate('fq.a11y.edit_member', { name: m.name })}>
                      <IconButton aria-label={translate('fq.a11y.edit_member', { name: m.name })} onClick={() => setEditing(m)} size="small">
                        <Edit fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={translate('fq.a11y.delete_member', { name: m.name })}>
                      <IconButton aria-label={translate('fq.a11y.delete_member', { name: m.name })} onClick={() => setRemoving(m)} size="small">
                        <Delete fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </Stack>
                ) : undefined
              }
            >
              <ListItemText
                sx={{ pr: canEdit ? 9 : 0 }}
                primary={
                  <Stack direction="row" component="span" sx={{ gap: 1, alignItems: 'center' }}>
                    <span>{m.name}</span>
                    <Chip size="small" variant="outlined" label={translate(`fq.enum.CommitteeRole.${m.role}`)} />
                  </Stack>
                }
                secondary={m.phone ? <Link href={`tel:${m.phone}`}>{m.phone}</Link> : undefined}
              />
            </ListItem>
          ))}
        </MuiList>
      )}
      {editing && <MemberDialog villageId={villageId} member={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      <Confirm
        isOpen={removing !== null}
        loading={pending}
        title={translate('fq.villages.delete_member')}
        content={translate('fq.villages.delete_member_confirm', { name: removing?.name ?? '' })}
        onConfirm={async () => {
          if (!removing) return;
          setPending(true);
          try {
            await dataProvider.mutate('removeCommitteeMember', { id: removing.id });
            notify('fq.villages.member_deleted', { type: 'success' });
            refresh();
          } catch (e) {
            notify(errorMessage(translate, e), { type: 'error' });
          } finally {
            setPending(false);
            setRemoving(null);
          }
        }}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
};

/** The village's mediation committee: its name, the standardisation checklist and the mediators. */
export const CommitteePanel = ({ villageId, committee }: { villageId: string; committee: Committee | null | undefined }) => {
  const translate = useTranslate();
  const canEdit = useCan('villages', 'edit');
  const [editing, setEditing] = useState(false);
  return (
    <SectionCard
      title={translate('fq.villages.committee')}
      testId="village-committee"
      action={
        committee && canEdit && !editing ? (
          <Button size="small" startIcon={<Edit />} onClick={() => setEditing(true)} data-testid="edit-committee">
            {translate('fq.common.edit')}
          </Button>
        ) : undefined
      }
    >
      {!committee ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fq.villages.no_committee')}
        </Typography>
      ) : (
        <>
          {editing ? (
            <CommitteeForm villageId={villageId} committee={committee} onDone={() => setEditing(false)} />
          ) : (
            <>
              <Typography variant="body1" sx={{ mb: 1 }} data-testid="committee-name">
                {committee.name}
              </Typography>
              <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 0.5 }}>
                {translate('fq.villages.checklist')}
              </Typography>
              <Checklist committee={committee} />
            </>
          )}
          <Members villageId={villageId} members={committee.members ?? []} />
        </>
      )}
    </SectionCard>
  );
};
