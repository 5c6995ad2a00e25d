import { getNamedType, getNullableType, isInputObjectType, isListType, type GraphQLInputType, type GraphQLResolveInfo } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
import { checkedText } from '../validation/text.js';

const MULTI_LINE = 'multiLineText';

/**
 * Marks text that may span lines; all other text is single-line. On an input type's field: `@MultiLine()`. On a query
 * or mutation whose multi-line text is a plain argument: `@MultiLine('comment')`, naming the arguments.
 */
export function MultiLine(...argumentNames: string[]) {
  return Extensions({ [MULTI_LINE]: argumentNames.length ? argumentNames : true });
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function check(type: GraphQLInputType, value: unknown, path: string, multiLine: boolean): void {
  if (value === null || value === undefined) return;
  const t = getNullableType(type);
  if (isListType(t)) {
    if (Array.isArray(value)) for (const [i, item] of value.entries()) check(t.ofType, item, join(path, String(i)), multiLine);
    return;
  }
  if (isInputObjectType(t)) {
    const record = value as Record<string, unknown>;
    for (const field of Object.values(t.getFields())) {
      check(field.type, record[field.name], join(path, field.name), field.extensions?.[MULTI_LINE] === true);
    }
    return;
  }
  if (typeof value === 'string') checkedText(path, value, multiLine ? 'multiLine' : 'singleLine');
}

/**
 * A global middleware: every text value in every argument of every field (variables and inline literals alike, new
 * operations included) passes the one text check before any resolver or validator sees it. A bad one is
 * BAD_USER_INPUT naming it as class-validator does (`parties.1.name` inside an input, `username` for a plain argument).
 */
export const TextArguments: MiddlewareFn = ({ args, info }, next) => {
  checkTextArguments(args as Record<string, unknown>, info);
  return next();
};

/** The same check around a plain resolver, for fields that take arguments (see applyAccessRules). */
export function withTextArguments<R extends (root: any, args: any, ctx: any, info: GraphQLResolveInfo) => unknown>(resolve: R): R {
  return ((root, args, ctx, info) => {
    checkTextArguments(args as Record<string, unknown>, info);
    return resolve(root, args, ctx, info);
  }) as R;
}

function checkTextArguments(args: Record<string, unknown>, info: GraphQLResolveInfo): void {
  const field = info.parentType.getFields()[info.fieldName];
  if (!field?.args.length) return;
  const multiLineArgs = field.extensions?.[MULTI_LINE];
  for (const arg of field.args) {
    const inInput = isInputObjectType(getNamedType(arg.type)) && !isListType(getNullableType(arg.type));
    const multiLine = Array.isArray(multiLineArgs) && multiLineArgs.includes(arg.name);
    check(arg.type, args[arg.name], inInput ? '' : arg.name, multiLine);
  }
}
