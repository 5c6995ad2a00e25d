import { Alert, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CountCellValue } from '../providers/suppressed';

/**
 * A count as the API published it: the number, or "<3" / "x" for an analyst's withheld figures, with the reason on
 * hover. Never computed back from other figures.
 */
export const CountText = ({ cell, testId }: { cell: CountCellValue; testId?: string }) => {
  const translate = useTranslate();
  if (!cell.suppressed) return <span data-testid={testId}>{cell.display}</span>;
  const reason = translate(cell.suppressed === 'SMALL' ? 'fq.suppression.small' : 'fq.suppression.withheld');
  // The tooltip also labels the figure for screen readers (MUI sets the child's aria-label to its title).
  return (
    <Tooltip title={reason}>
      <span data-testid={testId} data-suppressed={cell.suppressed} style={{ cursor: 'help' }}>
        {cell.display}
      </span>
    </Tooltip>
  );
};

/** Says what "<3" and "x" mean, shown wherever a figure was withheld. */
export const SuppressionNote = ({ show }: { show: boolean }) => {
  const translate = useTranslate();
  if (!show) return null;
  return (
    <Alert severity="info" data-testid="suppression-note" sx={{ gridColumn: '1 / -1' }}>
      {translate('fq.suppression.note')}
    </Alert>
  );
};
