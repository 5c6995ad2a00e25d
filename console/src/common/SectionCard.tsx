import { Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled card on a detail page; on a phone the cards simply stack. */
export const SectionCard = ({ title, action, children, testId }: { title: ReactNode; action?: ReactNode; children: ReactNode; testId?: string }) => (
  <Card variant="outlined" data-testid={testId} sx={{ minWidth: 0 }}>
    <CardContent>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1.5, gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {action && (
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
            {action}
          </Stack>
        )}
      </Stack>
      {children}
    </CardContent>
  </Card>
);

/** Label and value side by side, the label column narrower on a phone. */
export const InfoRow = ({ label, children }: { label: ReactNode; children: ReactNode }) => (
  <Stack direction="row" sx={{ py: 0.75, gap: { xs: 1.5, sm: 2 }, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}>
    <Typography variant="body2" color="text.secondary" sx={{ width: { xs: 76, sm: 140 }, flexShrink: 0 }}>
      {label}
    </Typography>
    <Typography variant="body2" component="div" sx={{ wordBreak: 'break-word' }}>
      {children}
    </Typography>
  </Stack>
);
