import { useCallback, type ComponentType } from 'react';
import { Pagination, useListContext, useLocaleState, useTranslate, type PaginationProps } from 'react-admin';

/**
 * Every list's pagination. The API counts at most 10,000 rows (a province's cases would take seconds to count); past
 * that the data provider marks the total inexact and the range reads “1-25 of 10,000+” instead of a false total.
 */
type RangeLabel = (range: { from: number; to: number; count: number }) => string;
/** react-admin passes unknown props on to MUI's TablePagination, whose `labelDisplayedRows` then replaces its own. */
const LabelledPagination = Pagination as ComponentType<PaginationProps & { labelDisplayedRows?: RangeLabel }>;

export function ListPagination(props: PaginationProps) {
  const { meta } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const capped = (meta as { totalExact?: boolean } | undefined)?.totalExact === false;
  const label = useCallback<RangeLabel>(
    ({ from, to, count }) => translate('fq.common.range_capped', { offsetBegin: from, offsetEnd: to, total: count.toLocaleString(locale) }),
    [translate, locale],
  );
  return capped ? <LabelledPagination {...props} labelDisplayedRows={label} /> : <Pagination {...props} />;
}
