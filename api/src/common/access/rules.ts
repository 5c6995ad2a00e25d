import { Extensions } from 'type-graphql';
import type { Role } from './role.js';

/**
 * Every query, mutation and object field carries one of these in its GraphQL extensions. The access guard reads it
 * at run time and refuses a field without one; the schema-walk test fails the build on any field without one.
 *
 * - public: anyone, signed in or not (sign-in itself, `me`).
 * - signedIn: any signed-in user; the service then narrows to the viewer's scope.
 * - roles: signed-in users with one of these roles; the service then narrows to the viewer's scope.
 * - parent: a plain attribute of an object, readable by whoever was allowed to reach the object.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'roles'; roles: Role[] }
  | { kind: 'parent' };

export const ACCESS_EXTENSION = 'access';

export function Public(): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Extensions({ [ACCESS_EXTENSION]: { kind: 'public' } satisfies AccessRule });
}

export function SignedIn(): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Extensions({ [ACCESS_EXTENSION]: { kind: 'signedIn' } satisfies AccessRule });
}

export function Roles(...roles: [Role, ...Role[]]): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Extensions({ [ACCESS_EXTENSION]: { kind: 'roles', roles } satisfies AccessRule });
}

export function WithParent(): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Extensions({ [ACCESS_EXTENSION]: { kind: 'parent' } satisfies AccessRule });
}

export function isAccessRule(value: unknown): value is AccessRule {
  if (!value || typeof value !== 'object') return false;
  const rule = value as { kind?: unknown; roles?: unknown };
  switch (rule.kind) {
    case 'public':
    case 'signedIn':
    case 'parent':
      return true;
    case 'roles':
      return Array.isArray(rule.roles) && rule.roles.length > 0;
    default:
      return false;
  }
}
