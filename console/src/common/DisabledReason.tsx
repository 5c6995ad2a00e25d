import { Box, Typography } from '@mui/material';
import { cloneElement, type ReactElement, useId } from 'react';

/**
 * A button that cannot work just now, disabled, with the reason written beside it (a disabled button shows no
 * tooltip, and a reason only on hover is one most people never see). Without a reason the button is shown as it is.
 */
export const DisabledReason = ({
  reason,
  children,
  testId,
}: {
  reason: string | null | undefined;
  children: ReactElement<{ disabled?: boolean; 'aria-describedby'?: string }>;
  testId?: string;
}) => {
  const id = useId();
  if (!reason) return children;
  return (
    <Box sx={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.25, maxWidth: 360 }}>
      {cloneElement(children, { disabled: true, 'aria-describedby': id })}
      <Typography id={id} variant="caption" color="text.secondary" data-testid={testId}>
        {reason}
      </Typography>
    </Box>
  );
};
