import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Form, useTranslate } from 'react-admin';
import { errorMessage } from '../i18n/errors';

/** Whether a failed request was refused for a stale version: someone saved the record after it was loaded here. */
export function isStaleVersion(error: unknown): boolean {
  const body = (error as { body?: { code?: string; field?: string } } | undefined)?.body;
  return body?.code === 'CONFLICT' && body.field === 'version';
}

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
  onReload,
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
  /**
   * Reloads what the dialog's version came from: a stale version (CONFLICT) then offers "reload", which calls this and
   * closes the dialog so that the person sees the current record before trying again.
   */
  onReload?: () => void;
}) {
  const translate = useTranslate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);

  const close = () => {
    if (pending) return;
    setError(null);
    setStale(false);
    onClose();
  };

  const submit = async (values: Record<string, unknown>) => {
    setPending(true);
    setError(null);
    setStale(false);
    try {
      await onSubmit(values as Values);
      setPending(false);
      onClose();
    } catch (e) {
      setPending(false);
      setError(describeError?.(e) ?? errorMessage(translate, e));
      setStale(isStaleVersion(e));
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
            <Alert
              severity={stale && onReload ? 'warning' : 'error'}
              sx={{ mt: 1 }}
              data-testid="action-error"
              action={
                stale && onReload ? (
                  <Button
                    color="inherit"
                    size="small"
                    onClick={() => {
                      onReload();
                      close();
                    }}
                    data-testid="action-reload"
                  >
                    {translate('fq.common.reload')}
                  </Button>
                ) : undefined
              }
            >
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
