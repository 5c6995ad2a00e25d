import { Extensions } from 'type-graphql';
import type { Role } from './role.js';

/**
 * The access rules. Every query and mutation carries one; every object type carries one for all its fields
 * (`@WithParent()` on the class: readable by whoever was allowed to reach the object), and a field carries its own
 * only when it needs more — the confidential text and the personal data, whose rules name the row policy that decides.
 * `applyAccessRules` wraps only the fields whose rule asks for a check; the schema walk fails on any root field or type
 * without a rule, and on any field of CONFIDENTIAL_FIELDS without its own confidential or personal rule.
 *
 * - public: anyone, signed in or not (sign-in itself, `me`).
 * - signedIn: any signed-in user; the service then narrows to the viewer's scope.
 * - roles: signed-in users with one of these roles; the service then narrows to the viewer's scope.
 * - parent: readable by whoever was allowed to reach the object (on a class: every field of the type).
 * - confidential: null unless the row policy entitles the viewer to this row; the resolver is not even called.
 * - personal: masked (`mask`) unless the row policy entitles the viewer; without `mask` the resolver masks itself
 *   (e.g. an ID number whose mask is stored).
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'roles'; roles: Role[] }
  | { kind: 'parent' }
  | { kind: 'confidential'; policy: string }
  | { kind: 'personal'; policy: string; mask?: MaskKind };

export type MaskKind = 'name' | 'phone';

export const ACCESS_EXTENSION = 'access';

type AnyDecorator = MethodDecorator & PropertyDecorator & ClassDecorator;

export function Public(): AnyDecorator {
  return Extensions({ [ACCESS_EXTENSION]: { kind: 'public' } satisfies AccessRule });
}

export function SignedIn(): AnyDecorator {
  return Extensions({ [ACCESS_EXTENSION]: { kind: 'signedIn' } satisfies AccessRule });
}

export function Roles(...roles: [Role, ...Role[]]): AnyDecorator {
  return Extensions({ [ACCESS_EXTENSION]: { kind: 'roles', roles } satisfies AccessRule });
}

/** On an object type: all its fields are readable by whoever reached the object. On a field: that field is. */
export function WithParent(): AnyDecorator {
  return Extensions({ [ACCESS_EXTENSION]: { kind: 'parent' } satisfies AccessRule });
}

/** Confidential text: null for anyone the named row policy does not entitle (see row-policies.ts). */
export function Confidential(policy: string): MethodDecorator & PropertyDecorator {
  return Extensions({ [ACCESS_EXTENSION]: { kind: 'confidential', policy } satisfies AccessRule });
}

/** Personal data: masked for anyone the named row policy does not entitle. */
export function Personal(policy: string, mask?: MaskKind): MethodDecorator & PropertyDecorator {
  return Extensions({ [ACCESS_EXTENSION]: { kind: 'personal', policy, ...(mask ? { mask } : {}) } satisfies AccessRule });
}

/**
 * Marks a root field (besides the public ones) that a viewer who signed in with a one-time password may use before
 * choosing their own: `changePassword`. Every other signed-in operation answers FORBIDDEN, PASSWORD_CHANGE_REQUIRED.
 */
export const PASSWORD_CHANGE_EXTENSION = 'beforePasswordChange';
export function AllowedBeforePasswordChange(): MethodDecorator {
  return Extensions({ [PASSWORD_CHANGE_EXTENSION]: true });
}

export function isAccessRule(value: unknown): value is AccessRule {
  if (!value || typeof value !== 'object') return false;
  const rule = value as { kind?: unknown; roles?: unknown; policy?: unknown; mask?: unknown };
  switch (rule.kind) {
    case 'public':
    case 'signedIn':
    case 'parent':
      return true;
    case 'roles':
      return Array.isArray(rule.roles) && rule.roles.length > 0;
    case 'confidential':
      return typeof rule.policy === 'string';
    case 'personal':
      return typeof rule.policy === 'string' && (rule.mask === undefined || rule.mask === 'name' || rule.mask === 'phone');
    default:
      return false;
  }
}
