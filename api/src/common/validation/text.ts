import { AppError } from '../errors/app-error.js';

/**
 * The one check for text a person typed, wherever it arrives (GraphQL arguments, REST query strings, spreadsheet
 * cells). PostgreSQL refuses NUL in text outright; other control characters are never typed by a person and only
 * hide things from the next reader (a bell, an escape sequence, a carriage return inside a name), and an unpaired
 * surrogate cannot be stored as UTF-8 at all. Multi-line text (summaries, records, minutes) keeps its line breaks and
 * tabs; single-line text (names, phones, usernames) refuses them too, with the Unicode line and paragraph separators.
 */
export type TextKind = 'singleLine' | 'multiLine';

const CONTROL: Record<TextKind, RegExp> = {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this validator's purpose (it refuses them in typed text)
  multiLine: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/,
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this validator's purpose (it refuses them in typed text)
  singleLine: /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/,
};
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with `value` as text of this kind, or null when nothing is. */
export function textProblem(value: string, kind: TextKind): string | null {
  if (CONTROL[kind].test(value)) {
    return kind === 'multiLine'
      ? 'must not contain control characters (line breaks and tabs are fine)'
      : 'must be one line without control characters';
  }
  if (UNPAIRED_SURROGATE.test(value)) return 'contains a broken character (an unpaired UTF-16 surrogate)';
  return null;
}

/** `value` with every character the check refuses shown as U+FFFD, for echoing it back in a problem report. */
export function visibleText(value: string): string {
  return value.replace(new RegExp(`${CONTROL.singleLine.source}|${UNPAIRED_SURROGATE.source}`, 'g'), '\uFFFD');
}

/** `value` unchanged, or BAD_USER_INPUT naming `field`. */
export function checkedText(field: string, value: string, kind: TextKind = 'singleLine'): string {
  const problem = textProblem(value, kind);
  if (problem) throw AppError.badInput(field, problem);
  return value;
}
