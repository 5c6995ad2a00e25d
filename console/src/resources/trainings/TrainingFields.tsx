import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type * as Api from '../../generated/graphql';

/** A training as a list row selects it; the detail page adds the attending advisers, photos and people's phones. */
export type Training = Pick<
  Api.Training,
  | 'id'
  | 'kind'
  | 'title'
  | 'at'
  | 'venue'
  | 'mode'
  | 'year'
  | 'quarter'
  | 'notes'
  | 'attendeeTotal'
  | 'cadres'
  | 'gridWorkers'
  | 'mediators'
  | 'legalUnderstanding'
  | 'others'
  | 'topics'
  | 'villageName'
> & {
  /** Null outside the viewer's jurisdiction (a village the adviser no longer serves); the name is in villageName. */
  village?: (Pick<Api.Village, 'id' | 'name'> & { township?: Pick<Api.Region, 'id' | 'name'> | null }) | null;
  adviser?: (Pick<Api.LegalAdviser, 'id' | 'name'> & Partial<Pick<Api.LegalAdviser, 'phone'>>) | null;
  attendingAdvisers?: (Pick<Api.LegalAdviser, 'id' | 'name'> & { provider: Pick<Api.Provider, 'id' | 'name'> | null })[];
  photos?: Pick<Api.EvidencePhoto, 'id' | 'mime' | 'url'>[];
};

export const KindChip = ({ kind }: { kind: Training['kind'] }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={kind === 'BUREAU_ANNUAL' ? 'secondary' : 'primary'}
      label={translate(`fq.enum.TrainingKind.${kind}`)}
      data-testid="training-kind"
    />
  );
};
