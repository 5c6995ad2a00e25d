import { Button } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from './ActionDialog';

type Values = Record<string, unknown>;

/**
 * A button that opens a dialog with a form, runs one mutation on submit, says so and reloads the page's data
 * (a case step, a month's review, a model-case mark…).
 */
export const MutationButton = ({
  label,
  title,
  hint,
  testId,
  defaultValues,
  submit,
  children,
  danger,
  variant = 'outlined',
  size = 'small',
  done,
}: {
  label: string;
  title: string;
  hint?: ReactNode;
  testId: string;
  defaultValues?: Values;
  submit: (values: Values) => Promise<unknown>;
  children?: ReactNode;
  danger?: boolean;
  variant?: 'outlined' | 'contained' | 'text';
  size?: 'small' | 'medium' | 'large';
  /** Called after success (besides react-admin's refresh), e.g. to refetch a custom query. */
  done?: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size={size} variant={variant} color={danger ? 'warning' : 'primary'} onClick={() => setOpen(true)} data-testid={`action-${testId}`}>
        {label}
      </Button>
      {open && (
        <ActionDialog<Values>
          open
          onClose={() => setOpen(false)}
          title={title}
          description={hint}
          submitLabel={label}
          defaultValues={defaultValues}
          danger={danger}
          testId={`dialog-${testId}`}
          // A stale version (someone reviewed or changed the record meanwhile): reload what the page shows.
          onReload={() => {
            refresh();
            done?.();
          }}
          onSubmit={async (values) => {
            await submit(values);
            notify(translate('fq.common.saved'), { type: 'success' });
            refresh();
            done?.();
          }}
        >
          {children}
        </ActionDialog>
      )}
    </>
  );
};
