import { Link } from '@mui/material';
import { LinkBase, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type * as Api from '../../generated/graphql';

/** A region as lists and its page select it. */
export type Region = Pick<Api.Region, 'id' | 'name' | 'code' | 'level' | 'kind' | 'terrain'> & {
  parent: Pick<Api.Region, 'id' | 'name'> | null;
};

/** The parent region's name, linked to its page. */
export const ParentLink = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<Pick<Region, 'id' | 'parent'>>();
  const createPath = useCreatePath();
  if (!record?.parent) return null;
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
  return (record: Partial<Pick<Api.Region, 'level' | 'code' | 'kind' | 'terrain'>>) =>
    [
      // 村 or 社区 says more than the level 村（社区）.
      record.kind ? translate(`fq.enum.VillageKind.${record.kind}`) : record.level && translate(`fq.enum.RegionLevel.${record.level}`),
      record.terrain && translate(`fq.enum.Terrain.${record.terrain}`),
      record.code,
    ]
      .filter(Boolean)
      .join(' · ');
};
