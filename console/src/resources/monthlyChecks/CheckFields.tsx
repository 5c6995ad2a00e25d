import CheckCircle from '@mui/icons-material/CheckCircle';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import Star from '@mui/icons-material/Star';
import { Chip, Stack, Typography, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';

const RATING_COLOURS: Record<string, ChipProps['color']> = {
  EXCELLENT: 'success',
  GOOD: 'primary',
  FAIR: 'warning',
  POOR: 'error',
};

export const RatingChip = ({ rating }: { rating: string }) => {
  const translate = useTranslate();
  return (
    <Chip size="small" color={RATING_COLOURS[rating] ?? 'default'} label={translate(`fq.enum.CheckRating.${rating}`)} data-testid="check-rating" />
  );
};

export const ModelCaseChip = () => {
  const translate = useTranslate();
  return <Chip size="small" color="warning" icon={<Star fontSize="small" />} label={translate('fq.checks.model_case')} data-testid="model-case" />;
};

/** One checklist item with a tick or an empty circle (readable in black and white print too). */
export const CheckItem = ({ done, label }: { done: boolean; label: string }) => (
  <Stack direction="row" sx={{ gap: 1, alignItems: 'center', py: 0.5 }}>
    {done ? <CheckCircle color="success" fontSize="small" /> : <RadioButtonUnchecked color="disabled" fontSize="small" />}
    <Typography variant="body2" color={done ? 'text.primary' : 'text.secondary'}>
      {label}
    </Typography>
  </Stack>
);
