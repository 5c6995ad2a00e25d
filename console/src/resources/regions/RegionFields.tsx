import { Link } from '@mui/material';
import { LinkBase, useCreatePath, useRecordContext, useTranslate } from 'react-admin';

/** The parent region's name, linked to its page. */
export const ParentLink = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ parent?: { id: string; name: string } | null }>();
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
  return (record: { level?: string; code?: string; kind?: string | null; terrain?: string | null }) =>
    [
      // 村 or 社区 says more than the level 村（社区）.
      record.kind
        ? translate(`fq.enum.VillageKind.${record.kind}`)
        : record.level && translate(`fq.enum.RegionLevel.${record.level}`),
      record.terrain && translate(`fq.enum.Terrain.${record.terrain}`),
      record.code,
    ]
      .filter(Boolean)
      .join(' · ');
};
