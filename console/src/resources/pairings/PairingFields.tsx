import { Chip, Link } from '@mui/material';
import { LinkBase, useRecordContext, useTranslate } from 'react-admin';
import type * as Api from '../../generated/graphql';
import { useCan } from '../../providers/useCan';

/** A pairing as a list row selects it; the detail page adds the adviser's status and phone, the village's township. */
export type Pairing = Pick<
  Api.Pairing,
  // `villageName` also where the village itself is no longer the viewer's to open (an adviser's ended pairing).
  'id' | 'validFrom' | 'validTo' | 'active' | 'deputyDirector' | 'createdAt' | 'villageId' | 'villageName'
> & {
  adviser: Pick<Api.LegalAdviser, 'id' | 'name'>;
  /** Null outside the viewer's jurisdiction: an adviser's village they no longer serve. */
  village: (Pick<Api.Village, 'id' | 'name'> & { township?: Pick<Api.Region, 'id' | 'name'> }) | null;
};

export const ActiveChip = ({ active }: { active: boolean | undefined }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant={active ? 'filled' : 'outlined'}
      color={active ? 'success' : 'default'}
      label={translate(active ? 'fq.pairings.active' : 'fq.pairings.inactive')}
    />
  );
};

export const ActiveField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<Pairing>();
  return record ? <ActiveChip active={record.active} /> : null;
};

/** A related adviser or village by name, linked to its page when the tier may open it. */
export const RelatedLink = ({ resource, value }: { resource: 'legalAdvisers' | 'villages'; value?: { id: string; name: string } | null }) => {
  const canShow = useCan(resource, 'show');
  if (!value) return <>—</>;
  return canShow ? (
    <Link component={LinkBase} to={`/${resource}/${value.id}/show`} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
      {value.name}
    </Link>
  ) : (
    value.name
  );
};

export const AdviserLinkField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<Pairing>();
  return <RelatedLink resource="legalAdvisers" value={record?.adviser} />;
};

export const VillageLinkField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<Pairing>();
  if (record && !record.village) return <>{record.villageName}</>;
  return <RelatedLink resource="villages" value={record?.village} />;
};

/** "2024-06-01 至 长期" */
export const usePeriod = () => {
  const translate = useTranslate();
  return (p: { validFrom: string; validTo?: string | null }) =>
    translate('fq.pairings.period', { from: p.validFrom, to: p.validTo ?? translate('fq.pairings.open_ended') });
};
