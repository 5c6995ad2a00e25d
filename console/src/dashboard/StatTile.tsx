import { Card, CardContent, Skeleton, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export const StatTile = ({
  label,
  value,
  testId,
  action,
  compact = false,
}: {
  /** A smaller figure for long values (an amount of money). */
  compact?: boolean;
  label: string;
  value: ReactNode | undefined;
  testId: string;
  action?: ReactNode;
}) => (
  <Card data-testid={testId}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      {value === undefined ? (
        <Skeleton variant="text" width={80} sx={{ fontSize: '2.5rem' }} />
      ) : (
        <Typography
          variant="h3"
          component="p"
          sx={{ fontWeight: 600, ...(compact ? { fontSize: { xs: '1.4rem', sm: '1.9rem' }, lineHeight: 1.6 } : {}) }}
          data-testid={`${testId}-value`}
        >
          {value}
        </Typography>
      )}
      {action}
    </CardContent>
  </Card>
);
