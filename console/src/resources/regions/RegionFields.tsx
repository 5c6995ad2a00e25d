import { Box, Chip, Link, Stack, Typography } from '@mui/material';
import { LinkBase, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { getSessionUser } from '../../providers/session';
import type * as Api from '../../generated/graphql';

/** A region as lists and its page select it. */
export type Region = Pick<Api.Region, 'id' | 'name' | 'code' | 'level' | 'kind' | 'terrain'> &
  Partial<Pick<Api.Region, 'retiredOn' | 'townshipKind' | 'supervisionPhone' | 'urbanRuralCode' | 'version'>> & {
    parent: Pick<Api.Region, 'id' | 'name'> | null;
    mergedInto?: Pick<Api.Region, 'id' | 'name'> | null;
  };

/** A retired village (撤并) reads greyed in every list, so that it is told apart at a glance from one in service. */
export const retiredRowSx = (record: Pick<Region, 'retiredOn'> | undefined) =>
  record?.retiredOn ? { opacity: 0.55, '& td, & .MuiListItemText-root': { color: 'text.disabled' } } : {};

/** "已撤并 · 2026-06-30 撤并 · 并入 前塔村" for a retired village; nothing for one in service. */
export const RetiredChip = ({ record }: { record?: Pick<Region, 'retiredOn' | 'mergedInto'> }) => {
  const translate = useTranslate();
  if (!record?.retiredOn) return null;
  return (
    <Stack direction="row" sx={{ gap: 0.75, alignItems: 'center', flexWrap: 'wrap' }} data-testid="region-retired">
      <Chip size="small" label={translate('fq.regions.retired')} />
      <Typography variant="caption" color="text.secondary">
        {translate('fq.regions.retired_on', { date: record.retiredOn })}
      </Typography>
      {record.mergedInto && (
        <Typography variant="caption" color="text.secondary">
          {translate('fq.regions.merged_into', { name: record.mergedInto.name })}
        </Typography>
      )}
    </Stack>
  );
};

/** The retirement column of a list: the chip, or nothing for a region in service. */
export const RetiredField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<Region>();
  return (
    <Box sx={{ minWidth: 0 }}>
      <RetiredChip record={record} />
    </Box>
  );
};

/**
 * The parent region's name, linked to its page; but the parent of the viewer's own top region (the county above a
 * township office, the city above a county bureau) lies outside their jurisdiction and its page would answer "not
 * found": its name is shown without a link.
 */
export const ParentLink = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<Pick<Region, 'id' | 'parent'>>();
  const createPath = useCreatePath();
  if (!record?.parent) return null;
  if (record.id === getSessionUser()?.scopeRegion?.id) {
    return (
      <Typography component="span" variant="body2" data-testid="region-parent-outside">
        {record.parent.name}
      </Typography>
    );
  }
  return (
    <Link
      component={LinkBase}
      to={createPath({ resource: 'regions', id: record.parent.id, type: 'show' })}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
    >
      {record.parent.name}
    </Link>
  );
};

/** "乡镇 · 141122100000": level and code on one line, for the phone list. */
export const useRegionSecondary = () => {
  const translate = useTranslate();
  return (record: Partial<Pick<Api.Region, 'level' | 'code' | 'kind' | 'terrain' | 'retiredOn'>> & { mergedInto?: { name: string } | null }) =>
    [
      // 村 or 社区 says more than the level 村（社区）.
      record.kind ? translate(`fq.enum.VillageKind.${record.kind}`) : record.level && translate(`fq.enum.RegionLevel.${record.level}`),
      record.terrain && translate(`fq.enum.Terrain.${record.terrain}`),
      record.code,
      record.retiredOn && translate('fq.regions.retired_on', { date: record.retiredOn }),
      record.mergedInto && translate('fq.regions.merged_into', { name: record.mergedInto.name }),
    ]
      .filter(Boolean)
      .join(' · ');
};
