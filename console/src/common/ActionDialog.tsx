import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Form, useTranslate } from 'react-admin';
import { errorMessage } from '../i18n/errors';

/**
 * A dialog with a react-admin form for one action (suspend an adviser, end a pairing, file the roster…): inputs
 * validate as in any form, the submit button waits for the request, and a failure is said inside the dialog.
 */
export function ActionDialog<Values extends Record<string, unknown>>({
  open,
  onClose,
  title,
  description,
  submitLabel,
  onSubmit,
  defaultValues,
  children,
  danger = false,
  testId,
  describeError,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  submitLabel: string;
  onSubmit: (values: Values) => Promise<unknown>;
  defaultValues?: Partial<Values>;
  children?: ReactNode;
  danger?: boolean;
  testId?: string;
  /** A message of the action's own for some failures (undefined: the usual message for the error code). */
  describeError?: (error: unknown) => string | undefined;
}) {
  const translate = useTranslate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    if (pending) return;
    setError(null);
    onClose();
  };

  const submit = async (values: Record<string, unknown>) => {
    setPending(true);
    setError(null);
    try {
      await onSubmit(values as Values);
      setPending(false);
      onClose();
    } catch (e) {
      setPending(false);
      setError(describeError?.(e) ?? errorMessage(translate, e));
    }
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" data-testid={testId}>
      <Form onSubmit={submit} defaultValues={defaultValues as Record<string, unknown>} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          {description && (
            <Typography variant="body2" color="text.secondary" component="div" sx={{ mb: 2 }}>
              {description}
            </Typography>
          )}
          {children}
          {error && (
            <Alert severity="error" sx={{ mt: 1 }} data-testid="action-error">
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={pending}>
            {translate('fq.common.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            color={danger ? 'error' : 'primary'}
            disabled={pending}
            startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}
            data-testid="action-submit"
          >
            {submitLabel}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
}
