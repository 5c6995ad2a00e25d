import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface Training {
  id: string;
  kind: 'VILLAGE_QUARTERLY' | 'BUREAU_ANNUAL';
  title: string;
  at: string;
  venue: string;
  mode: 'OFFLINE' | 'ONLINE';
  year: number;
  quarter: number;
  notes?: string | null;
  attendeeTotal: number;
  cadres: number;
  gridWorkers: number;
  mediators: number;
  legalUnderstanding: number;
  others: number;
  topics: string[];
  villageName?: string | null;
  /** Null outside the viewer's jurisdiction (a village the adviser no longer serves); the name is in villageName. */
  village?: { id: string; name: string; township?: { id: string; name: string } | null } | null;
  adviser?: { id: string; name: string; phone?: string | null } | null;
  attendingAdvisers?: { id: string; name: string; provider?: { id: string; name: string } | null }[];
  photos?: { id: string; mime: string; url: string }[];
}

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
