/*
 * Axis sizes for the console's recharts bar charts, computed from their labels so long township names
 * (e.g. 经济技术开发区管委会) are neither clipped at a phone's 390 px nor given half the chart on a desktop.
 * Widths are estimated, not measured (recharts lays out before the text is in the page): a Chinese character or
 * other full-width glyph is one em, a digit or Latin letter about 0.6 em, which errs on the wide side for both.
 */

/** Space recharts leaves between a category tick's text and the axis line (tick size plus its offset), in px. */
const TICK_GAP = 10;

const isWide = (ch: string) => /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch);

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += isWide(ch) ? 1 : 0.6;
  return Math.ceil(ems * fontSize);
}

/**
 * Width of a category Y axis holding `labels`: the longest label plus the tick gap, at least `min` and at most `max`
 * (past `max` the labels are shortened with `fitLabel`, and the tooltip shows them in full).
 */
export function categoryAxisWidth(
  labels: readonly string[],
  { fontSize = 13, min = 40, max = 132 }: { fontSize?: number; min?: number; max?: number } = {},
): number {
  const longest = labels.reduce((w, label) => Math.max(w, textWidth(label, fontSize)), 0);
  return Math.min(max, Math.max(min, longest + TICK_GAP));
}

/** `text` as it fits an axis of `axisWidth` px: whole when it fits, else cut and ended with "…". */
export function fitLabel(text: string, axisWidth: number, fontSize = 13): string {
  const room = axisWidth - TICK_GAP;
  if (textWidth(text, fontSize) <= room) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > room) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * Right margin of a horizontal bar chart so the value axis' last tick (centred on the right edge) is not cut:
 * half the widest tick, allowing one more digit than the largest value (the axis rounds up: 97 → 100), plus `extra`
 * for a value label drawn right of the bars.
 */
export function valueAxisRightMargin(
  values: readonly number[],
  { fontSize = 12, extra = 0, unit = '' }: { fontSize?: number; extra?: number; unit?: string } = {},
): number {
  const largest = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const digits = String(Math.ceil(largest)).length + 1;
  return Math.max(16, Math.ceil(textWidth(`${'0'.repeat(digits)}${unit}`, fontSize) / 2) + 4 + extra);
}
