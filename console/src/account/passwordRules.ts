/** The form's fields: the current password, the new one, and the new one typed again. */
export type PasswordField = 'current' | 'next' | 'again';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * What the console can tell before asking the API (which also refuses common passwords): the first problem with the
 * form, as a message key, or null. The API's policy is the rule; this saves a round trip for the obvious cases.
 */
export function passwordProblem({
  current,
  next,
  again,
  username,
}: {
  current: string;
  next: string;
  again: string;
  username: string;
}): { field: PasswordField; key: string; options?: Record<string, unknown> } | null {
  if (!current) return { field: 'current', key: 'fq.password.required_current' };
  if ([...next].length < MIN_PASSWORD_LENGTH) return { field: 'next', key: 'fq.password.rule.PASSWORD_TOO_SHORT' };
  if (username && next.toLowerCase().includes(username.toLowerCase())) return { field: 'next', key: 'fq.password.rule.PASSWORD_CONTAINS_USERNAME' };
  if (next === current) return { field: 'next', key: 'fq.password.rule.PASSWORD_UNCHANGED' };
  if (next !== again) return { field: 'again', key: 'fq.password.mismatch' };
  return null;
}
