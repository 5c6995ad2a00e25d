import { Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** Out of sight but read by screen readers (and Playwright's and Testing Library's role queries). */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * The page's h1 when it would only repeat the title the app bar already shows (react-admin's `<Title>`): kept for
 * screen readers and the heading outline, not shown a second time.
 */
export const PageHeading = ({ children, testId }: { children: ReactNode; testId?: string }) => (
  <Typography component="h1" data-testid={testId} sx={visuallyHidden}>
    {children}
  </Typography>
);
