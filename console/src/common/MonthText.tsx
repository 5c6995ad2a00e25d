import { useLocaleState } from 'react-admin';
import { formatMonth } from '../providers/dates';

/** `(month) => 2026年11月` (Nov 2026 in English): the console's one way of writing a month. */
export function useFormatMonth(): (month: string | null | undefined) => string {
  const [locale] = useLocaleState();
  return (month) => formatMonth(month, locale);
}

/** A month `YYYY-MM` as people read it: 2026年11月. */
export const MonthText = ({ value }: { value: string | null | undefined }) => <>{useFormatMonth()(value)}</>;
