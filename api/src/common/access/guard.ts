import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from '../../context.js';
import { maskName, maskPhone } from '../validation/mask.js';
import { AccessError } from './access.error.js';
import { rowPolicy } from './row-policies.js';
import { ACCESS_EXTENSION, isAccessRule, PASSWORD_CHANGE_EXTENSION, type AccessRule } from './rules.js';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The rule that governs a field: its own, else (below the root) its type's. Root fields must carry their own, and a
 * `parent` rule means nothing at the root.
 */
export function ruleOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): AccessRule | undefined {
  const own = field.extensions?.[ACCESS_EXTENSION];
  if (ROOT_TYPES.has(type.name)) return isAccessRule(own) && own.kind !== 'parent' ? own : undefined;
  if (isAccessRule(own)) return own;
  const inherited = type.extensions?.[ACCESS_EXTENSION];
  return isAccessRule(inherited) &&
    (inherited.kind === 'parent' || inherited.kind === 'public' || inherited.kind === 'signedIn' || inherited.kind === 'roles')
    ? inherited
    : undefined;
}

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
}

/** Every field (root types included) without a rule of its own or of its type, as `Type.field`. */
export function fieldsWithoutAccessRule(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of objectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const rule = ruleOf(type, field);
      const unknownPolicy = rule && (rule.kind === 'confidential' || rule.kind === 'personal') && !rowPolicy(rule.policy);
      if (!rule || unknownPolicy) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing.sort();
}

/** Fields that carry a rule of their own (not inherited), by kind: what the guard actually checks. */
export function fieldsWithOwnRule(schema: GraphQLSchema): Map<string, AccessRule> {
  const own = new Map<string, AccessRule>();
  for (const type of objectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const rule = field.extensions?.[ACCESS_EXTENSION];
      if (isAccessRule(rule)) own.set(`${type.name}.${field.name}`, rule);
    }
  }
  return own;
}

type Resolver = GraphQLFieldResolver<unknown, Context>;
type Before = (resolve: Resolver) => Resolver;

const MASKS = { name: maskName, phone: maskPhone } as const;

function guarded(rule: AccessRule | undefined, name: string): Before | null {
  if (!rule) {
    return () => () => {
      throw AccessError.noRule(name);
    };
  }
  switch (rule.kind) {
    case 'public':
    case 'parent':
      return null;
    case 'signedIn':
      return (resolve) => (root, args, ctx, info) => {
        if (!ctx.viewer) throw AccessError.unauthenticated();
        return resolve(root, args, ctx, info);
      };
    case 'roles':
      return (resolve) => (root, args, ctx, info) => {
        if (!ctx.viewer) throw AccessError.unauthenticated();
        if (!rule.roles.includes(ctx.viewer.role)) throw AccessError.forbidden();
        return resolve(root, args, ctx, info);
      };
    case 'confidential':
      return (resolve) => async (root, args, ctx, info) => {
        const policy = rowPolicy(rule.policy);
        if (!policy) throw AccessError.noRule(name);
        return (await policy(ctx, root)) ? resolve(root, args, ctx, info) : null;
      };
    case 'personal':
      return (resolve) => async (root, args, ctx, info) => {
        const policy = rowPolicy(rule.policy);
        if (!policy) throw AccessError.noRule(name);
        const value = await resolve(root, args, ctx, info);
        if (!rule.mask || typeof value !== 'string' || (await policy(ctx, root))) return value;
        return MASKS[rule.mask](value);
      };
  }
}

/**
 * Whether a root field stays open to a viewer who must first change their one-time password: the public ones (open to
 * anyone anyway: `me`, sign-in) and those marked `@AllowedBeforePasswordChange()` (`changePassword`).
 */
export function openBeforePasswordChange(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): boolean {
  if (!ROOT_TYPES.has(type.name)) return true;
  return ruleOf(type, field)?.kind === 'public' || field.extensions?.[PASSWORD_CHANGE_EXTENSION] === true;
}

/** Refuses every other root field, in one place, while the viewer's password must be changed. */
const passwordChangeFirst: Before = (resolve) => (root, args, ctx, info) => {
  if (ctx.viewer?.mustChangePassword) throw AccessError.passwordChangeRequired();
  return resolve(root, args, ctx, info);
};

/**
 * Puts the rules into the executable schema: a field whose rule needs a check gets it wrapped around its resolver;
 * a field that inherits `parent` (nearly all of them) keeps its plain resolver, so no access code runs per row.
 * A field with no rule at all is refused whoever asks. `argumentsCheck` (the text check) wraps fields with arguments.
 */
export function applyAccessRules(schema: GraphQLSchema, argumentsCheck?: Before): GraphQLSchema {
  for (const type of objectTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      let resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      if (argumentsCheck && field.args.length) resolve = argumentsCheck(resolve);
      const guard = guarded(ruleOf(type, field), `${type.name}.${field.name}`);
      if (guard) resolve = guard(resolve);
      if (!openBeforePasswordChange(type, field)) resolve = passwordChangeFirst(resolve);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
