type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The API's reasons for refusing an account action that have words of their own (fq.accounts.reason.*). */
export const ACCOUNT_REASONS = ['USERNAME_TAKEN', 'ACCOUNT_EXISTS', 'OUTSIDE_JURISDICTION', 'OWN_ACCOUNT'] as const;

/** Our words for a refused account action, by its reason; undefined for the usual message of its code. */
export function accountErrorMessage(translate: Translate, error: unknown): string | undefined {
  const reason = (error as { body?: { reason?: string } } | undefined)?.body?.reason;
  return reason && (ACCOUNT_REASONS as readonly string[]).includes(reason) ? translate(`fq.accounts.reason.${reason}`) : undefined;
}
