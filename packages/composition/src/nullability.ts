import {
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type StringValueNode,
  type TypeNode,
} from 'graphql';

/**
 * The failure contract (DESIGN.md "Failure contract", docs/development.md "SDL conventions"): what one subgraph resolves for
 * another's objects is nullable, so a subgraph that is down, slow or refusing costs its own fields only. A non-null
 * field that fails nulls its parent, and the null climbs to the nearest nullable field: with a non-null
 * `Service.caseStatistics` an outage of the cases subgraph wiped every service of a catalogue page.
 *
 * The rule, checked per subgraph against the others it is composed with:
 * - every Query field is nullable (each subgraph adds its own to the one root all share);
 * - every field a subgraph adds to an entity owned by another subgraph is nullable (key and @external fields
 *   excepted: they are the owner's);
 * - every field whose type is an entity owned by another subgraph is nullable (the list itself, for lists).
 * The owner of an entity is the first subgraph, in the order given, that serves it from a Query field, else the
 * first that defines it: `npm run compose` passes the platform's subgraphs in their fixed order, the registry passes
 * the platform's before the institutions', so an institution never owns a platform entity.
 */

export interface NullabilityProblem { subgraph: string; coordinate: string; message: string }

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

const isObject = (d: DocumentNode['definitions'][number]): d is ObjectNode =>
  d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION;
const hasDirective = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) => (node.directives ?? []).some((d) => d.name.value === name);
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** Top-level field names in the `fields` of every @key on the node (nested selections name their root field). */
export function keyFields(node: { directives?: readonly ConstDirectiveNode[] }): Set<string> {
  const names = new Set<string>();
  for (const key of (node.directives ?? []).filter((d) => d.name.value === 'key')) {
    const spec = (key.arguments?.find((a) => a.name.value === 'fields')?.value as StringValueNode | undefined)?.value ?? '';
    let depth = 0;
    for (const token of spec.match(/[A-Za-z_][A-Za-z0-9_]*|[{}]/g) ?? []) {
      if (token === '{') depth++;
      else if (token === '}') depth--;
      else if (depth === 0) names.add(token);
    }
  }
  return names;
}

/** Entity type name → its owning subgraph, by the rule above. */
export function entityOwners(subgraphs: { name: string; typeDefs: DocumentNode }[]): Map<string, string> {
  const definers = new Map<string, string[]>();
  const servers = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, type: string, subgraph: string) => map.set(type, [...(map.get(type) ?? []), subgraph]);
  for (const { name, typeDefs } of subgraphs) {
    for (const def of typeDefs.definitions.filter(isObject)) if (hasDirective(def, 'key')) add(definers, def.name.value, name);
  }
  for (const { name, typeDefs } of subgraphs) {
    for (const def of typeDefs.definitions.filter(isObject)) {
      if (def.name.value !== 'Query') continue;
      for (const field of def.fields ?? []) if (definers.has(namedType(field.type))) add(servers, namedType(field.type), name);
    }
  }
  const order = subgraphs.map((s) => s.name);
  const first = (names: string[] | undefined) => names?.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
  return new Map([...definers].map(([type, names]) => [type, first(servers.get(type)) ?? first(names)!]));
}

/** Every field that breaks the contract, one problem per subgraph and coordinate. */
export function nullabilityProblems(subgraphs: { name: string; typeDefs: DocumentNode }[]): NullabilityProblem[] {
  const owners = entityOwners(subgraphs);
  const problems: NullabilityProblem[] = [];
  for (const { name: subgraph, typeDefs } of subgraphs) {
    for (const def of typeDefs.definitions.filter(isObject)) {
      const type = def.name.value;
      if (type === 'Mutation' || type === 'Subscription') continue;
      const owner = owners.get(type);
      const foreignEntity = owner !== undefined && owner !== subgraph;
      const keys = keyFields(def);
      for (const field of def.fields ?? []) {
        const reason = breach(field, type, subgraph, owners, foreignEntity && !keys.has(field.name.value));
        if (reason) problems.push({ subgraph, coordinate: `${type}.${field.name.value}`, message: `${type}.${field.name.value} (subgraph "${subgraph}") is non-null, but ${reason}: make it nullable, so an outage or a refusal costs this field only.` });
      }
    }
  }
  return problems;
}

function breach(field: FieldDefinitionNode, type: string, subgraph: string, owners: Map<string, string>, addedToForeign: boolean): string | null {
  if (field.type.kind !== Kind.NON_NULL_TYPE || hasDirective(field, 'external')) return null;
  if (type === 'Query') return 'every subgraph adds its own fields to Query, and a failing non-null root field blanks the whole answer';
  if (addedToForeign) return `${type} is owned by the "${owners.get(type)}" subgraph and this field comes from another`;
  const target = namedType(field.type);
  const targetOwner = owners.get(target);
  if (targetOwner !== undefined && targetOwner !== subgraph) return `it references ${target}, owned by the "${targetOwner}" subgraph`;
  return null;
}
