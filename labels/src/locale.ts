/** The languages every label exists in: Simplified Chinese first (documents are printed in it), then English. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** One enum's words: for each language, one per value. A value without a word, or a word for no value, does not compile. */
export type LabelMap<V extends string> = { readonly [L in Locale]: { readonly [K in V]: string } };

/** The label maps of a group of enums, checked against the group's value lists. */
export type LabelMaps<T extends Record<string, readonly string[]>> = { readonly [E in keyof T]: LabelMap<T[E][number]> };
