import {
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../common/pagination.ts';

/**
 * The cost of an operation in points, before it runs: roughly how many objects it can make the graph fetch.
 *
 * - Every field that returns an object costs 1 per object; scalar and enum fields are free.
 * - A paginated field (one with a `first` argument) is one object; the lists directly inside it (`nodes`, `edges`)
 *   hold `first` objects (default 20, whatever the caller sends, so `first: 1000000` costs a million before any
 *   subgraph refuses it).
 * - Any other list of objects is assumed to hold UNPAGED_LIST_SIZE.
 * - Each root field of a mutation costs MUTATION_COST more: writes are dearer than reads.
 * - Fragments are costed once each and multiplied where they are spread, so fragment bombs cost time linear in the
 *   document's size. `@skip`/`@include` are ignored (the cost is an upper bound); introspection fields are free
 *   (introspection is limited to developers).
 *
 * Example: `services(first: 100) { nodes { code holder { name } } }` costs 1 + 100 × (1 + 1) = 201.
 */
export const UNPAGED_LIST_SIZE = 10;
export const MUTATION_COST = 10;

type Variables = Record<string, unknown> | null | undefined;

export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Variables): number {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const fragmentCosts = new Map<string, number>();
  const visiting = new Set<string>();

  const selectionCost = (set: SelectionSetNode, parent: GraphQLNamedType, pageSize: number | null): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += fieldCost(selection, parent, pageSize);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type) total += selectionCost(selection.selectionSet, type, pageSize);
      } else {
        const name = selection.name.value;
        const memoKey = `${name}/${pageSize ?? ''}`;
        let cost = fragmentCosts.get(memoKey);
        if (cost === undefined) {
          const fragment = fragments.get(name);
          const type = fragment && schema.getType(fragment.typeCondition.name.value);
          // A cycle is a validation error already; never recurse into one.
          if (!fragment || !type || visiting.has(name)) continue;
          visiting.add(name);
          cost = selectionCost(fragment.selectionSet, type, pageSize);
          visiting.delete(name);
          fragmentCosts.set(memoKey, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType, pageSize: number | null): number => {
    if (!node.selectionSet || node.name.value.startsWith('__')) return 0;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const field: GraphQLField<unknown, unknown> | undefined = parent.getFields()[node.name.value];
    if (!field) return 0;
    const list = isListType(getNullableType(field.type));
    const requested = field.args.some((a) => a.name === 'first') ? requestedPageSize(node, variables) : null;
    // A paginated list holds `first` objects; a connection is one object whose lists hold `first` each.
    const count = list ? (requested ?? pageSize ?? UNPAGED_LIST_SIZE) : 1;
    const childPageSize = list ? null : requested;
    return count * (1 + selectionCost(node.selectionSet, getNamedType(field.type), childPageSize));
  };

  let cost = selectionCost(operation.selectionSet, root, null);
  if (operation.operation === 'mutation') cost += MUTATION_COST * operation.selectionSet.selections.length;
  return cost;
}

function requestedPageSize(node: FieldNode, variables: Variables): number {
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  if (!arg) return DEFAULT_PAGE_SIZE;
  const value = arg.value.kind === Kind.VARIABLE ? variables?.[arg.value.name.value] : arg.value.kind === Kind.INT ? Number(arg.value.value) : null;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : DEFAULT_PAGE_SIZE;
}
