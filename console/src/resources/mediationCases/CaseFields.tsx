import Lock from '@mui/icons-material/Lock';
import { Box, Chip, Skeleton, Tooltip, Typography, type ChipProps } from '@mui/material';
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

/** A quiet "保密" label beside confidential text the viewer is entitled to read (each read is audited). */
export const ConfidentialMark = () => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('fq.cases.confidential_write_hint')}>
      <Chip
        size="small"
        variant="outlined"
        icon={<Lock sx={{ fontSize: 14 }} />}
        label={translate('fq.cases.confidential')}
        sx={{ height: 20, fontSize: 12, color: 'text.secondary', borderColor: 'divider', '& .MuiChip-icon': { color: 'text.disabled' } }}
        data-testid="confidential-mark"
      />
    </Tooltip>
  );
};

/**
 * Confidential text. `readable` is the case's `canReadConfidential`: only `false` says the text is withheld. While the
 * text has not arrived (undefined: the page still shows the row the list had, which never selects confidential text)
 * it is loading, not refused: the case's own adviser must not be told it is not theirs to read.
 */
export const ConfidentialText = ({
  value,
  readable,
  testId,
}: {
  value: string | null | undefined;
  readable: boolean | null | undefined;
  testId?: string;
}) => {
  const translate = useTranslate();
  if (readable === false) {
    return (
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }} data-testid={testId ? `${testId}-withheld` : undefined}>
        <ConfidentialChip />
        <Typography variant="body2" color="text.secondary">
          {translate('fq.cases.confidential_hint')}
        </Typography>
      </Box>
    );
  }
  if (value === undefined || readable === undefined || readable === null) {
    return (
      <Box data-testid={testId ? `${testId}-loading` : undefined} aria-busy="true">
        <Skeleton variant="text" width="90%" />
        <Skeleton variant="text" width="60%" />
      </Box>
    );
  }
  return (
    <Box data-testid={testId ? `${testId}-box` : undefined}>
      <ConfidentialMark />
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }} data-testid={testId}>
        {value ?? translate('fq.common.empty_value')}
      </Typography>
    </Box>
  );
};

export const Money = ({ fen }: { fen: number | null | undefined }) => {
  const [locale] = useLocaleState();
  return <>{formatFen(fen, locale === 'en' ? 'en-US' : 'zh-CN')}</>;
};
