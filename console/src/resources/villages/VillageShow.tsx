import AddLink from '@mui/icons-material/AddLink';
import { Alert, Avatar, Box, Button, Chip, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { LinkBase, Show, useRecordContext, useTranslate } from 'react-admin';
import { DisabledReason } from '../../common/DisabledReason';
import { DownloadButton } from '../../common/DownloadButton';
import { QUIET_NOT_FOUND, RecordNotFound } from '../../common/RecordNotFound';
import { PageHeading } from '../../common/PageHeading';
import { SectionCard } from '../../common/SectionCard';
import { useCan } from '../../providers/useCan';
import { EndPairingButton, ReassignVillageButton } from '../pairings/PairingDialogs';
import { ActiveChip, RelatedLink, usePeriod } from '../pairings/PairingFields';
import { useIsSmall } from '../useIsSmall';
import type * as Api from '../../generated/graphql';
import { CommitteePanel, type Committee } from './CommitteePanel';
import { UncoveredChip } from './VillageFields';

/**
 * A village as its detail page selects it (providers/selections.ts); the relations are optional because the page
 * may first show the village as a list fetched it.
 */
export type VillageDetail = Pick<Api.Village, 'id' | 'name' | 'code' | 'kind'> & {
  township: Pick<Api.Region, 'id' | 'name'>;
  committee?: Committee | null;
  currentAdviser?:
    | (Pick<Api.LegalAdviser, 'id' | 'name' | 'phone' | 'profession' | 'status' | 'photoUrl'> & {
        provider: Pick<Api.Provider, 'id' | 'name'> | null;
      })
    | null;
  currentPairing?: Pick<Api.Pairing, 'id' | 'validFrom' | 'validTo' | 'deputyDirector'> | null;
  pairings?: (Pick<Api.Pairing, 'id' | 'validFrom' | 'validTo' | 'active' | 'deputyDirector'> & {
    adviser: Pick<Api.LegalAdviser, 'id' | 'name'>;
  })[];
};

/**
 * Why the notice board cannot be printed (the API refuses it with VILLAGE_UNCOVERED or ADVISER_NOT_ACTIVE), as a
 * message key; null when it can, or while the page does not know the village's adviser yet.
 */
export function noticeBoardBlocked(village: Pick<VillageDetail, 'currentAdviser'>): string | null {
  if (village.currentAdviser === undefined) return null;
  if (village.currentAdviser === null) return 'fq.disabled.no_adviser';
  return village.currentAdviser.status && village.currentAdviser.status !== 'ACTIVE' ? 'fq.disabled.adviser_not_active' : null;
}

/** The link that opens the pairing form with this village chosen. */
export function pairVillagePath(villageId: string): string {
  return `/pairings/create?source=${encodeURIComponent(JSON.stringify({ villageId }))}`;
}

const Title = () => {
  const record = useRecordContext<VillageDetail>();
  const translate = useTranslate();
  return <>{record ? record.name : translate('fq.menu.villages')}</>;
};

const AdviserPanel = ({ village }: { village: VillageDetail }) => {
  const translate = useTranslate();
  const canPair = useCan('pairings', 'create');
  const canChange = useCan('pairings', 'edit');
  const adviser = village.currentAdviser;
  const pairing = village.currentPairing;
  return (
    <SectionCard
      title={translate('fq.villages.adviser')}
      testId="village-adviser"
      action={
        adviser && pairing && canChange ? (
          <>
            <ReassignVillageButton village={village} />
            <EndPairingButton pairing={pairing} />
          </>
        ) : undefined
      }
    >
      {adviser ? (
        <Stack direction="row" sx={{ gap: 2, alignItems: 'flex-start' }}>
          <Avatar src={adviser.photoUrl ?? undefined} alt="" variant="rounded" sx={{ width: 64, height: 84 }}>
            {adviser.name.slice(0, 1)}
          </Avatar>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="h6" component="p" data-testid="village-adviser-name">
              <RelatedLink resource="legalAdvisers" value={adviser} />
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {[translate(`fq.enum.Profession.${adviser.profession}`), adviser.provider?.name].filter(Boolean).join(' · ')}
            </Typography>
            <Typography variant="body2">
              <Link href={`tel:${adviser.phone}`}>{adviser.phone}</Link>
            </Typography>
            {pairing && (
              <Stack direction="row" sx={{ gap: 1, mt: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
                <Typography variant="caption" color="text.secondary" data-testid="village-pairing-period">
                  {pairing.validTo
                    ? translate('fq.pairings.period', { from: pairing.validFrom, to: pairing.validTo })
                    : translate('fq.pairings.since', { date: pairing.validFrom })}
                </Typography>
                {pairing.deputyDirector && <Chip size="small" variant="outlined" label={translate('fq.pairings.deputy_short')} />}
              </Stack>
            )}
          </Box>
        </Stack>
      ) : (
        <Alert
          severity="warning"
          icon={false}
          data-testid="village-uncovered"
          action={
            canPair ? (
              <Button
                component={LinkBase}
                to={pairVillagePath(village.id)}
                state={{ from: `/villages/${village.id}/show` }}
                size="small"
                startIcon={<AddLink />}
                color="inherit"
                data-testid="pair-village"
              >
                {translate('fq.coverage.pair')}
              </Button>
            ) : undefined
          }
        >
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <UncoveredChip />
            <span>{translate('fq.villages.no_adviser')}</span>
          </Stack>
        </Alert>
      )}
    </SectionCard>
  );
};

const PairingHistory = ({ village }: { village: VillageDetail }) => {
  const translate = useTranslate();
  const isSmall = useIsSmall();
  const period = usePeriod();
  const pairings = village.pairings ?? [];
  return (
    <SectionCard title={translate('fq.villages.pairing_history')} testId="village-pairings">
      {pairings.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fq.villages.no_pairings')}
        </Typography>
      ) : isSmall ? (
        <Stack sx={{ gap: 1 }}>
          {pairings.map((p) => (
            <Box key={p.id} sx={{ borderBottom: 1, borderColor: 'divider', pb: 1 }}>
              <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 1 }}>
                <RelatedLink resource="legalAdvisers" value={p.adviser} />
                <ActiveChip active={p.active} />
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {period(p)}
              </Typography>
            </Box>
          ))}
        </Stack>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.pairings.fields.adviser')}</TableCell>
              <TableCell>{translate('resources.pairings.fields.validFrom')}</TableCell>
              <TableCell>{translate('resources.pairings.fields.validTo')}</TableCell>
              <TableCell>{translate('resources.pairings.fields.deputyDirector')}</TableCell>
              <TableCell>{translate('resources.pairings.fields.active')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pairings.map((p) => (
              <TableRow key={p.id}>
                <TableCell>
                  <RelatedLink resource="legalAdvisers" value={p.adviser} />
                </TableCell>
                <TableCell>{p.validFrom}</TableCell>
                <TableCell>{p.validTo ?? translate('fq.pairings.open_ended')}</TableCell>
                <TableCell>{translate(p.deputyDirector ? 'fq.common.yes' : 'fq.common.no')}</TableCell>
                <TableCell>
                  <ActiveChip active={p.active} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </SectionCard>
  );
};

const Details = () => {
  const village = useRecordContext<VillageDetail>();
  const translate = useTranslate();
  const canDownload = useCan('noticeBoard', 'access');
  if (!village) return null;
  const blocked = noticeBoardBlocked(village);
  return (
    <Box sx={{ display: 'grid', gap: 2, py: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' } }}>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ justifyContent: 'space-between', gap: 1, alignItems: { sm: 'center' } }}>
          <Box>
            {/* The app bar shows the village's name. */}
            <PageHeading testId="village-name">{village.name}</PageHeading>
            <Typography variant="body2" color="text.secondary">
              {[village.township?.name, translate(`fq.enum.VillageKind.${village.kind}`), village.code].filter(Boolean).join(' · ')}
            </Typography>
          </Box>
          {canDownload && (
            <DisabledReason reason={blocked && translate(blocked)} testId="notice-board-blocked">
              <DownloadButton
                url={`/api/villages/${village.id}/notice-board.pdf`}
                fallbackName={`notice-board-${village.code}.pdf`}
                label={translate('fq.villages.notice_board_pdf')}
                variant="outlined"
                testId="download-notice-board"
              />
            </DisabledReason>
          )}
        </Stack>
      </Box>
      <AdviserPanel village={village} />
      <CommitteePanel villageId={village.id} committee={village.committee} />
      <Box sx={{ gridColumn: '1 / -1', minWidth: 0 }}>
        <PairingHistory village={village} />
      </Box>
    </Box>
  );
};

export const VillageShow = () => (
  <Show title={<Title />} actions={false} error={<RecordNotFound />} queryOptions={QUIET_NOT_FOUND} component="div">
    <Details />
  </Show>
);
