import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../../common/access/role.js';
import { escapeLike } from '../../common/graphql/list.js';
import type { Context } from '../../context.js';

const NOTHING = { id: { $in: [] } };

/**
 * Who sees which work-log entries, reports and checks, decided in SQL before pagination:
 * an adviser their own; an office its township; the bureau its county; an analyst the entries of their region, with
 * the personal data masked and the free text withheld (and no reports or checks, which judge named people).
 */
export class WorkLogPolicy {
  constructor(private readonly ctx: Context) {}

  private inRegion(): Record<string, unknown> | null {
    const path = this.ctx.viewer?.scopePath;
    return path ? { township: { path: { $like: `${escapeLike(path)}%` } } } : null;
  }

  /** Entries, reports and checks all carry `adviser` and `township`. */
  private visible(readers: Role[]): Record<string, unknown> {
    const v = this.ctx.viewer;
    if (!v || !readers.includes(v.role)) return NOTHING;
    if (v.role === Role.ADVISER) return v.adviserId ? { adviser: v.adviserId } : NOTHING;
    return this.inRegion() ?? NOTHING;
  }

  entries<T>(): FilterQuery<T> {
    return this.visible([Role.ADVISER, Role.OFFICE_STAFF, Role.BUREAU_ADMIN, Role.ANALYST]) as FilterQuery<T>;
  }

  reports<T>(): FilterQuery<T> {
    return this.visible([Role.ADVISER, Role.OFFICE_STAFF, Role.BUREAU_ADMIN]) as FilterQuery<T>;
  }

  checks<T>(): FilterQuery<T> {
    return this.visible([Role.ADVISER, Role.OFFICE_STAFF, Role.BUREAU_ADMIN]) as FilterQuery<T>;
  }

  /**
   * Whether the viewer reads the personal data of the entries they can see: the adviser, the office and the
   * bureau do (each already narrowed to their own by `entries`); anyone else gets masks.
   */
  readsPersonalData(): boolean {
    const role = this.ctx.viewer?.role;
    return role === Role.ADVISER || role === Role.OFFICE_STAFF || role === Role.BUREAU_ADMIN;
  }

  /** Whether a township lies in an office's or the bureau's region. */
  townshipInScope(townshipPath: string): boolean {
    const path = this.ctx.viewer?.scopePath;
    return !!path && townshipPath.startsWith(path);
  }
}
