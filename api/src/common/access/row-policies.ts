import type { Context } from '../../context.js';

/**
 * Row policies: whether the viewer is entitled to one object's confidential text or personal data. Each feature
 * registers its own (`case`: the case's parties and actively assigned advisers; `workLog`: the adviser, the office
 * and the bureau), so the access layer can apply a field's rule without knowing the feature. A policy answers for a
 * page of rows in one query (dataloader), as the feature's policy class does.
 */
export type RowPolicy = (ctx: Context, row: unknown) => Promise<boolean> | boolean;

const policies = new Map<string, RowPolicy>();

export function registerRowPolicy(name: string, policy: RowPolicy): void {
  policies.set(name, policy);
}

export function rowPolicy(name: string): RowPolicy | undefined {
  return policies.get(name);
}

export function rowPolicyNames(): string[] {
  return [...policies.keys()].sort();
}
