import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** Per field of an operation (graphql-js hands every call of a field the same `fieldNodes` array), per path. */
const cache = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string>>>();

function collect(set: SelectionSetNode | undefined, path: readonly string[], info: Info, into: Set<string>, seen: Set<string>): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'InlineFragment') collect(selection.selectionSet, path, info, into, seen);
    else if (selection.kind === 'FragmentSpread') {
      if (seen.has(selection.name.value)) continue;
      seen.add(selection.name.value);
      collect(info.fragments[selection.name.value]?.selectionSet, path, info, into, seen);
    } else if (!path.length) into.add(selection.name.value);
    else if (selection.name.value === path[0]) collect(selection.selectionSet, path.slice(1), info, into, new Set(seen));
  }
}

/**
 * The names of the fields selected under each of `paths` below the field being resolved (`['nodes']` and
 * `['edges', 'node']` of a connection; `[]`, the default, for the field's own selection, as under `_entities`). Fragments are
 * followed whatever their type condition and `@skip`/`@include` are not evaluated: the set holds every field that
 * may be asked, never fewer, so a resolver may load by it.
 */
export function selectedFields(info: Info, ...paths: (readonly string[])[]): ReadonlySet<string> {
  if (!paths.length) paths = [[]];
  const key = paths.map((p) => p.join('.')).join('|');
  let perPath = cache.get(info.fieldNodes);
  const hit = perPath?.get(key);
  if (hit) return hit;
  const fields = new Set<string>();
  for (const node of info.fieldNodes) for (const path of paths) collect(node.selectionSet, path, info, fields, new Set());
  if (!perPath) cache.set(info.fieldNodes, (perPath = new Map()));
  perPath.set(key, fields);
  return fields;
}

/**
 * The columns a selection reads: `always` plus each selected field's from `byField`; null (every column) as soon as
 * one selected field is not listed there, so a field added later reads the whole row until someone lists it.
 */
export function columnsFor<C extends string>(fields: ReadonlySet<string>, byField: Readonly<Record<string, readonly C[]>>, always: readonly C[]): C[] | null {
  const columns = new Set<C>(always);
  for (const field of fields) {
    if (field === '__typename') continue;
    const own = Object.hasOwn(byField, field) ? byField[field] : undefined;
    if (!own) return null;
    for (const c of own) columns.add(c);
  }
  return [...columns].sort();
}
