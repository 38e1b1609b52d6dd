import { diff, CriticalityLevel } from '@graphql-inspector/core';
import {
  Kind,
  buildSchema,
  parse,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type StringValueNode,
} from 'graphql';
import { CompositionError, compose, keyFields, nullabilityProblems, type Composed } from '@public-service-graph/composition';
import { PLATFORM_OWNER } from '../db/tables.ts';

/**
 * The registry's checks, as pure functions of SDL: governance (who may define what, names, descriptions),
 * composition with every other current subgraph, and breaking changes against the live supergraph.
 * subgraphs/platform/commands/registry-publishing.ts runs them against the registry's tables.
 */

export type ProblemRule =
  | 'SYNTAX' | 'NAME' | 'ROUTING_URL' | 'OWNERSHIP' | 'OVERRIDE' | 'REDEFINITION' | 'NAMING' | 'DESCRIPTION' | 'NULLABILITY' | 'COMPOSITION' | 'BREAKING_CHANGE';

export interface Problem { rule: ProblemRule; message: string; coordinate?: string | null }

export interface SchemaChange {
  criticality: 'BREAKING' | 'DANGEROUS' | 'SAFE';
  message: string;
  /** "Type.field" (or "Type") the change is about, when it is about one. */
  coordinate: string | null;
  /** Operations that used the coordinate in the usage window; filled in by the caller. */
  recentOperations: number;
}

/** A subgraph as the registry holds it. */
export interface RegisteredSdl { name: string; owner: string; url: string; sdl: string }

export const SUBGRAPH_NAME = /^[a-z][a-z0-9-]{1,39}$/;
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** "LAD" → { types: "Lad", fields: "lad" }; "RIGAS-DOME" → "RigasDome" / "rigasDome". */
export function prefixesOf(owner: string): { types: string; fields: string } {
  const types = owner
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1).toLowerCase())
    .join('');
  return { types, fields: types[0].toLowerCase() + types.slice(1) };
}

/** Names an institution may give a new subgraph: its code in lower case, alone or followed by "-…". */
export function mayCreateSubgraph(owner: string, name: string): boolean {
  const own = owner.toLowerCase();
  return name === own || name.startsWith(`${own}-`);
}

export function parseSdl(sdl: string): { document: DocumentNode } | { problem: Problem } {
  try {
    return { document: parse(sdl) };
  } catch (err) {
    return { problem: { rule: 'SYNTAX', message: `The schema is not valid SDL: ${(err as Error).message}` } };
  }
}

export function routingUrlProblem(url: string): Problem | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return null;
  } catch {
    // fall through
  }
  return { rule: 'ROUTING_URL', message: `The routing URL "${url}" is not an http(s) URL the gateway can send requests to.` };
}

type TypeDef = Extract<DefinitionNode, { name: { value: string } }> & { fields?: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] };

const isTypeDefinition = (d: DefinitionNode): d is TypeDef =>
  'name' in d && d.kind !== Kind.DIRECTIVE_DEFINITION && d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION;

const directives = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) => (node.directives ?? []).filter((d) => d.name.value === name);
const stringArg = (directive: ConstDirectiveNode, name: string) =>
  (directive.arguments?.find((a) => a.name.value === name)?.value as StringValueNode | undefined)?.value;

interface ForeignType { owners: Set<string>; subgraphs: Set<string>; entity: boolean; kind: string; fields: Map<string, string> }

/** Every type other owners define, with the fields they resolve (not @external) and which subgraph does. */
function foreignTypes(others: RegisteredSdl[], owner: string): Map<string, ForeignType> {
  const types = new Map<string, ForeignType>();
  for (const other of others) {
    if (other.owner === owner) continue;
    let document: DocumentNode;
    try {
      document = parse(other.sdl);
    } catch {
      continue;
    }
    for (const def of document.definitions) {
      if (!isTypeDefinition(def)) continue;
      const name = def.name.value;
      const entry = types.get(name) ?? { owners: new Set(), subgraphs: new Set(), entity: false, kind: def.kind, fields: new Map() };
      entry.owners.add(other.owner);
      entry.subgraphs.add(other.name);
      if (directives(def as never, 'key').length) entry.entity = true;
      for (const field of def.fields ?? []) if (!directives(field as never, 'external').length && !entry.fields.has(field.name.value)) entry.fields.set(field.name.value, other.name);
      types.set(name, entry);
    }
  }
  return types;
}

const describe = (subgraphs: Set<string>) => [...subgraphs].join(', ');

/**
 * Governance for an institution's subgraph. It may:
 * - add types of its own, named with its prefix ("Lad…"), every type, field, argument, enum value and input
 *   field described;
 * - add fields to entities other subgraphs define (by their @key) and to Query/Mutation, named with its prefix
 *   ("lad…") and described, naming the entity's other fields only as @key fields or @external;
 * - not redefine anything else another owner defines, nor take a field over with @override.
 * The platform's own subgraphs are reviewed in the platform's repository and skip these rules.
 */
export function governanceProblems(document: DocumentNode, owner: string, others: RegisteredSdl[]): Problem[] {
  if (owner === PLATFORM_OWNER) return [];
  const problems: Problem[] = [];
  const prefix = prefixesOf(owner);
  const foreign = foreignTypes(others, owner);
  const ownerOfSubgraph = new Map(others.map((o) => [o.name, o.owner]));

  const needsDescription = (node: { description?: StringValueNode }, coordinate: string, what: string) => {
    if (!node.description?.value.trim()) problems.push({ rule: 'DESCRIPTION', coordinate, message: `${what} ${coordinate} has no description: describe it for the developers who will use it.` });
  };
  const describeMembers = (def: TypeDef) => {
    for (const field of def.fields ?? []) {
      const coordinate = `${def.name.value}.${field.name.value}`;
      needsDescription(field, coordinate, 'Field');
      if ('arguments' in field) for (const arg of field.arguments ?? []) needsDescription(arg, `${coordinate}(${arg.name.value}:)`, 'Argument');
    }
    if (def.kind === Kind.ENUM_TYPE_DEFINITION || def.kind === Kind.ENUM_TYPE_EXTENSION)
      for (const value of def.values ?? []) needsDescription(value, `${def.name.value}.${value.name.value}`, 'Enum value');
  };

  for (const def of document.definitions) {
    if (!isTypeDefinition(def)) continue;
    const name = def.name.value;
    for (const field of def.fields ?? []) {
      for (const override of directives(field as never, 'override')) {
        const from = stringArg(override, 'from') ?? '';
        if (ownerOfSubgraph.get(from) !== owner)
          problems.push({ rule: 'OVERRIDE', coordinate: `${name}.${field.name.value}`, message: `${name}.${field.name.value} uses @override(from: "${from}"): a subgraph may not take over fields another owner resolves.` });
      }
    }

    const theirs = foreign.get(name);
    if (ROOT_TYPES.has(name) || theirs?.entity) {
      if (theirs && !ROOT_TYPES.has(name) && !directives(def as never, 'key').length)
        problems.push({ rule: 'REDEFINITION', coordinate: name, message: `${name} is an entity of ${describe(theirs.subgraphs)}: extend it with @key(fields: …) naming its key, as a stub.` });
      const keys = keyFields(def as never);
      for (const field of def.fields ?? []) {
        const fieldName = field.name.value;
        const coordinate = `${name}.${fieldName}`;
        const external = directives(field as never, 'external').length > 0;
        if (keys.has(fieldName) || external) continue;
        const resolver = theirs?.fields.get(fieldName);
        if (resolver) {
          problems.push({ rule: 'REDEFINITION', coordinate, message: `${coordinate} is resolved by ${resolver}: name it only as a @key field or @external, and add fields of your own instead.` });
          continue;
        }
        if (!fieldName.startsWith(prefix.fields))
          problems.push({ rule: 'NAMING', coordinate, message: `${coordinate} is a new field on a shared type: its name must start with "${prefix.fields}", e.g. "${prefix.fields}${fieldName[0].toUpperCase()}${fieldName.slice(1)}".` });
        needsDescription(field, coordinate, 'Field');
        if ('arguments' in field) for (const arg of field.arguments ?? []) needsDescription(arg, `${coordinate}(${arg.name.value}:)`, 'Argument');
      }
      continue;
    }
    if (theirs) {
      if (def.kind === Kind.SCALAR_TYPE_DEFINITION && theirs.kind === Kind.SCALAR_TYPE_DEFINITION) continue;
      problems.push({ rule: 'REDEFINITION', coordinate: name, message: `${name} is defined by ${describe(theirs.subgraphs)}: define a type of your own, e.g. "${prefix.types}${name}".` });
      continue;
    }
    if (!name.startsWith(prefix.types))
      problems.push({ rule: 'NAMING', coordinate: name, message: `${name} is a new type: its name must start with "${prefix.types}", e.g. "${prefix.types}${name}".` });
    if (!def.kind.endsWith('Extension')) needsDescription(def as { description?: StringValueNode }, name, 'Type');
    describeMembers(def);
  }
  return problems;
}

/**
 * The failure contract (gateway/nullability.ts) for the named subgraphs, judged with every other: what they add to
 * others' entities, and their references to others' entities, must be nullable. The platform's subgraphs come first,
 * so an institution never owns a platform entity by serving it from Query too.
 */
export function nullabilityRuleProblems(subgraphs: RegisteredSdl[], checked: Set<string>): Problem[] {
  const ordered = [...subgraphs.filter((s) => s.owner === PLATFORM_OWNER), ...subgraphs.filter((s) => s.owner !== PLATFORM_OWNER)];
  const parsed = ordered.flatMap((s) => {
    try {
      return [{ name: s.name, typeDefs: parse(s.sdl) }];
    } catch {
      return [];
    }
  });
  return nullabilityProblems(parsed)
    .filter((p) => checked.has(p.subgraph))
    .map((p) => ({ rule: 'NULLABILITY' as const, coordinate: p.coordinate, message: p.message }));
}

/** Composes the subgraphs; the problems are the composition's errors, one each. */
export function composeAll(subgraphs: RegisteredSdl[]): Composed | { problems: Problem[] } {
  try {
    return compose(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  } catch (err) {
    if (!(err instanceof CompositionError)) throw err;
    return { problems: err.messages.map((message) => ({ rule: 'COMPOSITION' as const, message })) };
  }
}

/** What changes for clients between two API schemas (a supergraph's `apiSdl`), most severe first. */
export async function schemaChanges(before: string | null, after: string): Promise<SchemaChange[]> {
  if (!before) return [];
  const changes = await diff(buildSchema(before), buildSchema(after));
  const level = { [CriticalityLevel.Breaking]: 'BREAKING', [CriticalityLevel.Dangerous]: 'DANGEROUS', [CriticalityLevel.NonBreaking]: 'SAFE' } as const;
  const order = { BREAKING: 0, DANGEROUS: 1, SAFE: 2 };
  return changes
    .map((c) => ({ criticality: level[c.criticality.level], message: c.message, coordinate: c.path ? c.path.split('.').slice(0, 2).join('.') : null, recentOperations: 0 }))
    .sort((a, b) => order[a.criticality] - order[b.criticality]);
}

/** Breaking changes to what was used in the usage window are problems; unused ones are allowed. */
export function breakingProblems(changes: SchemaChange[], usageDays: number): Problem[] {
  return changes
    .filter((c) => c.criticality === 'BREAKING' && c.recentOperations > 0)
    .map((c) => ({
      rule: 'BREAKING_CHANGE' as const,
      coordinate: c.coordinate,
      message: `${c.message} — ${c.coordinate} was used by ${c.recentOperations} operation(s) in the last ${usageDays} days.`,
    }));
}
