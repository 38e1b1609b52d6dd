import {
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  visit,
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
import { conditions, conditionVariables } from './conditions.ts';

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

/**
 * What the access layer needs to know of an operation before it runs, from one walk of it (fragments walked once
 * each): its cost, its size, and the schema coordinates ("Client.email") it selects.
 */
export interface OperationFacts {
  /** Cost in points (above). */
  cost: number;
  /**
   * Fields with every fragment spread written out: what the gateway's planner walks. A document of a few hundred
   * tokens can spread fragments into billions of fields (a "fragment bomb"); this counts them without expanding.
   */
  fields: number;
  /** The fields execution will resolve (what `@skip`/`@include` leave in): what authorization checks. */
  resolved: ReadonlySet<string>;
  /** Every field selected, skipped or not (introspection aside): what field usage counts. */
  selected: ReadonlySet<string>;
}

interface Size { cost: number; fields: number }

const NO_FACTS: OperationFacts = { cost: 0, fields: 0, resolved: new Set(), selected: new Set() };

/** The facts of one operation with these variables, worked out afresh. */
export function walkOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Variables): OperationFacts {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return NO_FACTS;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const included = conditions(operation, variables);
  const resolved = new Set<string>();
  const selected = new Set<string>();
  const fragmentSizes = new Map<string, Size>();
  const visiting = new Set<string>();

  // `live`: execution will reach this selection (no `@skip`/`@include` above it left it out).
  const selectionSize = (set: SelectionSetNode, parent: GraphQLNamedType, pageSize: number | null, live: boolean): Size => {
    const total = { cost: 0, fields: 0 };
    for (const selection of set.selections) {
      const on = live && included(selection);
      const size = oneSelectionSize(selection, parent, pageSize, on);
      if (!size) continue;
      // A skipped selection costs nothing but still counts in `fields`: the planner plans it all the same.
      total.fields += size.fields;
      if (on) total.cost += size.cost;
    }
    return total;
  };

  const oneSelectionSize = (selection: SelectionNode, parent: GraphQLNamedType, pageSize: number | null, live: boolean): Size | undefined => {
    if (selection.kind === Kind.FIELD) return fieldSize(selection, parent, pageSize, live);
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      return type ? selectionSize(selection.selectionSet, type, pageSize, live) : undefined;
    }
    const name = selection.name.value;
    const memoKey = `${name}/${pageSize ?? ''}/${live}`;
    let size = fragmentSizes.get(memoKey);
    if (!size) {
      const fragment = fragments.get(name);
      const type = fragment && schema.getType(fragment.typeCondition.name.value);
      // A cycle is a validation error already; never recurse into one.
      if (!fragment || !type || visiting.has(name)) return undefined;
      visiting.add(name);
      size = selectionSize(fragment.selectionSet, type, pageSize, live);
      visiting.delete(name);
      fragmentSizes.set(memoKey, size);
    }
    return size;
  };

  const fieldSize = (node: FieldNode, parent: GraphQLNamedType, pageSize: number | null, live: boolean): Size => {
    if (node.name.value.startsWith('__')) return { cost: 0, fields: 1 };
    const field: GraphQLField<unknown, unknown> | undefined = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!field) return { cost: 0, fields: 1 };
    const coordinate = `${parent.name}.${field.name}`;
    selected.add(coordinate);
    if (live) resolved.add(coordinate);
    if (!node.selectionSet) return { cost: 0, fields: 1 };
    const list = isListType(getNullableType(field.type));
    const requested = field.args.some((a) => a.name === 'first') ? requestedPageSize(node, variables) : null;
    // A paginated list holds `first` objects; a connection is one object whose lists hold `first` each.
    const count = list ? (requested ?? pageSize ?? UNPAGED_LIST_SIZE) : 1;
    const children = selectionSize(node.selectionSet, getNamedType(field.type), list ? null : requested, live);
    return { cost: count * (1 + children.cost), fields: 1 + children.fields };
  };

  const size = selectionSize(operation.selectionSet, root, null, true);
  if (operation.operation === 'mutation') size.cost += MUTATION_COST * operation.selectionSet.selections.filter(included).length;
  return { ...size, resolved, selected };
}

function requestedPageSize(node: FieldNode, variables: Variables): number {
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  if (!arg) return DEFAULT_PAGE_SIZE;
  const value = arg.value.kind === Kind.VARIABLE ? variables?.[arg.value.name.value] : arg.value.kind === Kind.INT ? Number(arg.value.value) : null;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : DEFAULT_PAGE_SIZE;
}

/** The variables the walk reads: those of `@skip`/`@include` and of `first`. A cache of facts is keyed by their values. */
function walkVariables(document: DocumentNode): string[] {
  const names = new Set(conditionVariables(document));
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}

/** A variable's value as the walk tells it apart: a boolean or a finite number, anything else alike, or absent. */
const asRead = (variables: Variables, name: string) => {
  if (!variables || !(name in variables)) return 'absent';
  const value = variables[name];
  return typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) ? value : null;
};

const MAX_VARIANTS = 64;
const cache = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, { variables: string[]; facts: Map<string, OperationFacts> }>>();

/**
 * The facts of an operation, worked out once per schema, parsed document (the gateway's parser cache hands the same
 * object back for the same text), operation and values of the variables the walk reads; the cost, authorization and
 * field-usage plugins all read them from here.
 */
export function operationFacts(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Variables): OperationFacts {
  let bySchema = cache.get(schema);
  if (!bySchema) cache.set(schema, (bySchema = new WeakMap()));
  let perDocument = bySchema.get(document);
  if (!perDocument) bySchema.set(document, (perDocument = { variables: walkVariables(document), facts: new Map() }));
  const key = JSON.stringify([operationName ?? '', ...perDocument.variables.map((n) => asRead(variables, n))]);
  let facts = perDocument.facts.get(key);
  if (!facts) {
    facts = walkOperation(schema, document, operationName, variables);
    // A document whose variables take many values is worked out per request beyond these.
    if (perDocument.facts.size < MAX_VARIANTS) perDocument.facts.set(key, facts);
  }
  return facts;
}
