import type * as Api from '../../generated/graphql';
import type { WorkLogPhoto } from '../workLogEntries/workLogFormat';

/** A highlight (亮点) of a check; a list selects only its title and mark, the detail page its text and photos too. */
export type Highlight = Pick<Api.Highlight, 'id' | 'title' | 'modelCase'> &
  Partial<Pick<Api.Highlight, 'text' | 'markedAt'>> & { photos?: WorkLogPhoto[] };

export type MonthlyCheck = Pick<
  Api.MonthlyCheck,
  'id' | 'month' | 'rating' | 'notes' | 'logComplete' | 'casesFollowedUp' | 'noticeBoardPosted' | 'trainingOnTrack' | 'checkedAt' | 'version'
> & {
  checkedBy: Pick<Api.User, 'id' | 'displayName'>;
  adviser: Pick<Api.LegalAdviser, 'id' | 'name'>;
  township: Pick<Api.Region, 'id' | 'name'>;
  highlights: Highlight[];
};

/** The four items an office checks each month, in the order of the paper form. */
export const CHECKLIST = ['logComplete', 'casesFollowedUp', 'noticeBoardPosted', 'trainingOnTrack'] as const;
export type ChecklistItem = (typeof CHECKLIST)[number];

/** How many of the four are done. */
export function checklistScore(check: Partial<Record<ChecklistItem, boolean>>): number {
  return CHECKLIST.filter((item) => check[item] === true).length;
}

/** A stored check as the form's values (highlights keep their id, so a model-case mark survives a re-save). */
export function checkToFormValues(check: MonthlyCheck) {
  return {
    adviserId: check.adviser.id,
    month: check.month,
    rating: check.rating,
    notes: check.notes,
    ...Object.fromEntries(CHECKLIST.map((item) => [item, check[item]])),
    highlights: (check.highlights ?? []).map((h) => ({
      id: h.id,
      title: h.title,
      text: h.text ?? '',
      photoIds: (h.photos ?? []).map((p) => p.id),
    })),
  };
}

/**
 * The form's values as `UpdateMonthlyCheckInput`: what `formValuesToInput` sends without the adviser and month (they
 * are the check's), and the version the form was loaded at, so that a save over someone else's change is refused.
 */
export function formValuesToUpdate(values: Record<string, unknown>, version: number) {
  const { adviserId: _adviser, month: _month, ...fields } = formValuesToInput(values);
  return { ...fields, version };
}

/** The form's values as `MonthlyCheckInput`: booleans always sent, empty highlights dropped. */
export function formValuesToInput(values: Record<string, unknown>) {
  const highlights = ((values.highlights as Record<string, unknown>[] | undefined) ?? [])
    .filter((h) => h && (String(h.title ?? '').trim() || String(h.text ?? '').trim()))
    .map((h) => ({
      ...(h.id ? { id: h.id } : {}),
      title: String(h.title ?? '').trim(),
      text: String(h.text ?? '').trim(),
      photoIds: Array.isArray(h.photoIds) ? h.photoIds : [],
    }));
  return {
    adviserId: values.adviserId,
    month: values.month,
    rating: values.rating,
    notes: typeof values.notes === 'string' ? values.notes : '',
    ...(Object.fromEntries(CHECKLIST.map((item) => [item, values[item] === true])) as Record<ChecklistItem, boolean>),
    highlights,
  };
}
