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
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '@public-service-graph/subgraph-kit/pagination';
import { conditions } from './conditions.ts';

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
 *   document's size. What `@skip`/`@include` leaves out costs nothing (gateway/conditions.ts); introspection fields are free
 *   (introspection is limited to developers).
 *
 * Example: `services(first: 100) { nodes { code holder { name } } }` costs 1 + 100 × (1 + 1) = 201.
 */
export const UNPAGED_LIST_SIZE = 5;
export const MUTATION_COST = 10;

type Variables = Record<string, unknown> | null | undefined;

export interface OperationSize {
  /** Cost in points (above). */
  cost: number;
  /**
   * Fields with every fragment spread written out: what the gateway's planner walks. A document of a few hundred
   * tokens can spread fragments into billions of fields (a "fragment bomb"); this counts them without expanding.
   */
  fields: number;
}

export function operationSize(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Variables): OperationSize {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return { cost: 0, fields: 0 };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const included = conditions(operation, variables);
  const fragmentSizes = new Map<string, OperationSize>();
  const visiting = new Set<string>();
  const add = (a: OperationSize, b: OperationSize) => {
    a.cost += b.cost;
    a.fields += b.fields;
  };

  const selectionSize = (set: SelectionSetNode, parent: GraphQLNamedType, pageSize: number | null): OperationSize => {
    const total = { cost: 0, fields: 0 };
    for (const selection of set.selections) {
      const size = oneSelectionSize(selection, parent, pageSize);
      // A skipped selection costs nothing but still counts in `fields`: the planner plans it all the same.
      if (size) add(total, included(selection) ? size : { cost: 0, fields: size.fields });
    }
    return total;
  };

  const oneSelectionSize = (selection: SelectionNode, parent: GraphQLNamedType, pageSize: number | null): OperationSize | undefined => {
    if (selection.kind === Kind.FIELD) return fieldSize(selection, parent, pageSize);
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      return type ? selectionSize(selection.selectionSet, type, pageSize) : undefined;
    }
    const name = selection.name.value;
    const memoKey = `${name}/${pageSize ?? ''}`;
    let size = fragmentSizes.get(memoKey);
    if (!size) {
      const fragment = fragments.get(name);
      const type = fragment && schema.getType(fragment.typeCondition.name.value);
      // A cycle is a validation error already; never recurse into one.
      if (!fragment || !type || visiting.has(name)) return undefined;
      visiting.add(name);
      size = selectionSize(fragment.selectionSet, type, pageSize);
      visiting.delete(name);
      fragmentSizes.set(memoKey, size);
    }
    return size;
  };

  const fieldSize = (node: FieldNode, parent: GraphQLNamedType, pageSize: number | null): OperationSize => {
    if (!node.selectionSet || node.name.value.startsWith('__')) return { cost: 0, fields: 1 };
    const field: GraphQLField<unknown, unknown> | undefined = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!field) return { cost: 0, fields: 1 };
    const list = isListType(getNullableType(field.type));
    const requested = field.args.some((a) => a.name === 'first') ? requestedPageSize(node, variables) : null;
    // A paginated list holds `first` objects; a connection is one object whose lists hold `first` each.
    const count = list ? (requested ?? pageSize ?? UNPAGED_LIST_SIZE) : 1;
    const children = selectionSize(node.selectionSet, getNamedType(field.type), list ? null : requested);
    return { cost: count * (1 + children.cost), fields: 1 + children.fields };
  };

  const size = selectionSize(operation.selectionSet, root, null);
  if (operation.operation === 'mutation') size.cost += MUTATION_COST * operation.selectionSet.selections.filter(included).length;
  return size;
}

function requestedPageSize(node: FieldNode, variables: Variables): number {
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  if (!arg) return DEFAULT_PAGE_SIZE;
  const value = arg.value.kind === Kind.VARIABLE ? variables?.[arg.value.name.value] : arg.value.kind === Kind.INT ? Number(arg.value.value) : null;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : DEFAULT_PAGE_SIZE;
}
