import Lock from '@mui/icons-material/Lock';
import { Box, Chip, Tooltip, Typography, type ChipProps } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatFen } from './caseFormat';

const STATUS_COLOURS: Record<string, ChipProps['color']> = {
  REGISTERED: 'default',
  ACCEPTED: 'info',
  IN_MEDIATION: 'primary',
  AGREEMENT_REACHED: 'success',
  FAILED: 'warning',
  WITHDRAWN: 'default',
  DECLINED: 'default',
  REFERRED: 'secondary',
};

/** An enum value's label (`fq.enum.<Enum>.<VALUE>`), or an empty string. */
export function useEnumLabel() {
  const translate = useTranslate();
  return (enumName: string, value: string | null | undefined) => (value ? translate(`fq.enum.${enumName}.${value}`) : '');
}

export const StatusChip = ({ status }: { status: string }) => {
  const label = useEnumLabel();
  return <Chip size="small" color={STATUS_COLOURS[status] ?? 'default'} label={label('CaseStatus', status)} data-testid="case-status" />;
};

export const OverdueChip = () => {
  const translate = useTranslate();
  return <Chip size="small" color="error" variant="outlined" label={translate('fq.cases.overdue')} data-testid="case-overdue" />;
};

/** "需改派": an open case whose adviser was suspended or removed, waiting for the office or bureau to reassign it. */
export const NeedsAdviserChip = () => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('fq.reassign.needs_adviser_hint')}>
      <Chip size="small" color="warning" label={translate('fq.reassign.needs_adviser')} data-testid="case-needs-adviser" />
    </Tooltip>
  );
};

/** "保密": shown wherever the API withheld confidential text from this viewer. */
export const ConfidentialChip = () => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      icon={<Lock fontSize="small" />}
      label={translate('fq.cases.confidential')}
      variant="outlined"
      color="warning"
      data-testid="confidential-chip"
    />
  );
};

/** Confidential text, or the notice that it is withheld (null from the API means: not yours to read). */
export const ConfidentialText = ({ value, testId }: { value: string | null | undefined; testId?: string }) => {
  const translate = useTranslate();
  if (value === null || value === undefined) {
    return (
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }} data-testid={testId ? `${testId}-withheld` : undefined}>
        <ConfidentialChip />
        <Typography variant="body2" color="text.secondary">
          {translate('fq.cases.confidential_hint')}
        </Typography>
      </Box>
    );
  }
  return (
    <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
      {value}
    </Typography>
  );
};

export const Money = ({ fen }: { fen: number | null | undefined }) => {
  const [locale] = useLocaleState();
  return <>{formatFen(fen, locale === 'en' ? 'en-US' : 'zh-CN')}</>;
};
