import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * The fields a selection may ask for: `true` for a field whose value is at hand (a column, plain data) whatever is
 * selected under it, a nested shape for an object whose own fields are checked in turn.
 */
export interface Shape {
  [field: string]: true | Shape;
}

function within(set: SelectionSetNode | undefined, shape: Shape, fragments: Record<string, FragmentDefinitionNode>): boolean {
  if (!set) return true;
  return set.selections.every((s) => {
    if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet, shape, fragments);
    if (s.kind === Kind.FRAGMENT_SPREAD) return within(fragments[s.name.value]?.selectionSet, shape, fragments);
    const name = s.name.value;
    if (name === '__typename') return true;
    const allowed = shape[name];
    return allowed === true || (allowed !== undefined && within(s.selectionSet, allowed, fragments));
  });
}

/**
 * Whether the field being resolved selects nothing beyond `shape` (fragments followed): a resolver that has loaded
 * what `shape` names can then tell that completing its value costs no further statement.
 */
export function selectsOnly(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, shape: Shape): boolean {
  return info.fieldNodes.every((node: FieldNode) => within(node.selectionSet, shape, info.fragments));
}

function names(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, found: Set<string>): Set<string> {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) found.add(s.name.value);
    else if (s.kind === Kind.INLINE_FRAGMENT) names(s.selectionSet, fragments, found);
    else names(fragments[s.name.value]?.selectionSet, fragments, found);
  }
  return found;
}

/** Whether the field being resolved selects any of `fields` directly beneath it (fragments followed). */
export function selectsAny(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, fields: readonly string[]): boolean {
  const found = new Set<string>();
  for (const node of info.fieldNodes) names(node.selectionSet, info.fragments, found);
  return fields.some((f) => found.has(f));
}
