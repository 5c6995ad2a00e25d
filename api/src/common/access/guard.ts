import type { GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../context.js';
import { AccessError } from './access.error.js';
import { ACCESS_EXTENSION, isAccessRule } from './rules.js';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The global middleware: every field resolution passes here. Deny by default: a field without a rule is refused,
 * whoever asks. `parent` rules cost one property read.
 */
export const AccessGuard: MiddlewareFn<Context> = ({ context, info }, next) => {
  const rule = info.parentType.getFields()[info.fieldName]?.extensions?.[ACCESS_EXTENSION];
  if (!isAccessRule(rule)) throw AccessError.noRule(`${info.parentType.name}.${info.fieldName}`);
  switch (rule.kind) {
    case 'public':
      return next();
    case 'parent':
      // A nested object type reached from a root field that the viewer passed; top-level use is a mistake.
      if (ROOT_TYPES.has(info.parentType.name)) throw AccessError.noRule(`${info.parentType.name}.${info.fieldName}`);
      return next();
    case 'signedIn':
      if (!context.viewer) throw AccessError.unauthenticated();
      return next();
    case 'roles':
      if (!context.viewer) throw AccessError.unauthenticated();
      if (!rule.roles.includes(context.viewer.role)) throw AccessError.forbidden();
      return next();
  }
};

/** Every field of every object type (root types included) that lacks a valid rule, as `Type.field`. */
export function fieldsWithoutAccessRule(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = field.extensions?.[ACCESS_EXTENSION];
      const valid = isAccessRule(rule) && !(rule.kind === 'parent' && ROOT_TYPES.has(type.name));
      if (!valid) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing.sort();
}
