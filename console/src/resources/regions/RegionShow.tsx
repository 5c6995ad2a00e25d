import { Alert, Box, Stack, Typography } from '@mui/material';
import {
  BooleanField,
  EditButton,
  Labeled,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DownloadButton } from '../../common/DownloadButton';
import type * as Api from '../../generated/graphql';
import { useCan } from '../../providers/useCan';
import { orderedEnumChoices } from '../choices';
import { RegionChildren } from './RegionChildren';
import { ParentLink, RetiredChip, type Region } from './RegionFields';

type RegionDetail = Region & { changes?: Pick<Api.RegionChange, 'id' | 'kind' | 'oldValue' | 'newValue' | 'effectiveOn'>[] };

/**
 * A township's attributes are the bureau's to edit; other levels have none. The bureau and the township's office print
 * all its villages' notice boards in one PDF.
 */
const RegionShowActions = () => {
  const record = useRecordContext<Region>();
  const canEdit = useCan('regions', 'edit');
  const canPrint = useCan('townshipNoticeBoards', 'access');
  const translate = useTranslate();
  if (record?.level !== 'TOWNSHIP' || (!canEdit && !canPrint)) return <TopToolbar />;
  return (
    <TopToolbar>
      {canPrint && (
        <DownloadButton
          url={`/api/exports/notice-boards.pdf?townshipId=${encodeURIComponent(record.id)}`}
          fallbackName={`notice-boards-${record.code}.pdf`}
          label={translate('fq.noticeBoards.print_township')}
          title={translate('fq.noticeBoards.print_township_hint')}
          testId="download-township-notice-boards"
        />
      )}
      {canEdit && <EditButton label={translate('fq.regions.edit_township')} data-testid="edit-township" />}
    </TopToolbar>
  );
};

/** A retired village says so first: from when, into what, and that its past stays readable. */
const RetiredNote = () => {
  const record = useRecordContext<Region>();
  const translate = useTranslate();
  if (!record?.retiredOn) return null;
  return (
    <Alert severity="warning" data-testid="region-retired-note" sx={{ width: '100%' }}>
      {translate('fq.regions.retired_note', { date: record.retiredOn })}
      <Box sx={{ mt: 0.5 }}>
        <RetiredChip record={record} />
      </Box>
    </Alert>
  );
};

/** What the imports did to the region, oldest first: 新设, 更名 (old → new name), 调整隶属 (old → new code), 撤并. */
export const RegionHistory = () => {
  const record = useRecordContext<RegionDetail>();
  const translate = useTranslate();
  if (!record) return null;
  const changes = record.changes ?? [];
  return (
    <Labeled label={translate('fq.regions.history')} fullWidth>
      {changes.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fq.regions.no_history')}
        </Typography>
      ) : (
        <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="region-history">
          {changes.map((c) => (
            <Box component="li" key={c.id} data-testid="region-change" sx={{ py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
              <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
                {translate('fq.regions.change_line', { date: c.effectiveOn, kind: translate(`fq.enum.RegionChangeKind.${c.kind}`) })}
              </Typography>
              {(c.oldValue || c.newValue) && (
                <Typography variant="body2" component="span" color="text.secondary" sx={{ ml: 1, wordBreak: 'break-word' }}>
                  {[c.oldValue, c.newValue].filter(Boolean).join(' → ')}
                </Typography>
              )}
            </Box>
          ))}
        </Stack>
      )}
    </Labeled>
  );
};

const Children = () => {
  const record = useRecordContext<Region>();
  const translate = useTranslate();
  if (!record || record.level === 'VILLAGE') return null;
  return (
    <Labeled label={translate('fq.regions.children')} fullWidth>
      <RegionChildren />
    </Labeled>
  );
};

/** Shown only where the level has it (townships' attributes, villages' kind), one field under the other. */
const WhenLevel = ({ levels, children }: { levels: string[]; children: React.ReactNode }) => {
  const record = useRecordContext<Region>();
  if (!record || !levels.includes(record.level)) return null;
  return <Stack sx={{ gap: 1 }}>{children}</Stack>;
};

export const RegionShow = () => (
  <Show actions={<RegionShowActions />}>
    <SimpleShowLayout>
      <RetiredNote />
      <TextField source="name" />
      <TextField source="code" />
      <SelectField source="level" choices={orderedEnumChoices('RegionLevel')} />
      <WhenLevel levels={['TOWNSHIP']}>
        <Labeled source="townshipKind">
          <SelectField source="townshipKind" choices={orderedEnumChoices('TownshipKind')} emptyText="—" />
        </Labeled>
        <Labeled source="terrain">
          <SelectField source="terrain" choices={orderedEnumChoices('Terrain')} emptyText="—" />
        </Labeled>
        <Labeled source="supervisionPhone">
          <TextField source="supervisionPhone" emptyText="—" />
        </Labeled>
      </WhenLevel>
      <WhenLevel levels={['VILLAGE']}>
        <Labeled source="kind">
          <SelectField source="kind" choices={orderedEnumChoices('VillageKind')} emptyText="—" />
        </Labeled>
      </WhenLevel>
      <TextField source="urbanRuralCode" emptyText="—" />
      <ParentLink source="parent" label="resources.regions.fields.parent" />
      <BooleanField source="demo" />
      <RegionHistory />
      <Children />
    </SimpleShowLayout>
  </Show>
);
