import { MapperKind, mapSchema, pruneSchema } from '@graphql-tools/utils';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  Kind,
  lexicographicSortSchema,
  parse,
  printSchema,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

/**
 * Contracts per audience: the composed API schema filtered by the `@tag(name: …)` marks in the subgraphs' SDL, with
 * descriptions kept and nothing of federation's plumbing (`join__`, `link__`, `@inaccessible` fields are already
 * gone from the API schema; `@tag` itself is not printed). The rules, for a contract of a set of tags:
 *
 * - a field is in it when the field carries one of the tags, or carries no tag and its type does in the subgraph
 *   that defines the field (a field's own tags decide: `@tag(name: "operator")` on a field of a public type keeps it
 *   out of the public contract);
 * - an object or interface type is in it when one of its fields is; a union when it is tagged;
 * - enums, scalars and input types are in it when something in it refers to them (whole: an argument's type
 *   cannot be half there);
 * - a field in the contract whose type is an object, interface or union outside it is a problem: `npm run compose`
 *   and the registry refuse it, so that tagging a field never silently drops what it returns.
 */

export const AUDIENCES = ['public', 'institution', 'operator'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Which tags make each audience's contract: every audience sees the public API too. Operators see everything. */
export const AUDIENCE_TAGS: Record<Audience, readonly string[] | null> = {
  public: ['public'],
  institution: ['public', 'institution'],
  operator: null,
};

export interface Contract { audience: Audience; sdl: string; problems: string[] }

export interface TaggedSubgraph { name: string; typeDefs: DocumentNode }

const tagNames = (directives: readonly ConstDirectiveNode[] | undefined): string[] =>
  (directives ?? []).flatMap((d) => {
    const arg = d.name.value === 'tag' ? d.arguments?.find((a) => a.name.value === 'name') : undefined;
    return arg?.value.kind === Kind.STRING ? [arg.value.value] : [];
  });

/**
 * The audience tags of each type ("Service") and field ("Service.title"), from the subgraphs' SDL. A field's own
 * tags decide; a field without any takes the tags its type carries *in the subgraph that defines the field*: a
 * type being public in one subgraph makes public neither the fields an institution's subgraph adds to it nor
 * anything the institution did not tag itself.
 */
export function tagsOf(subgraphs: TaggedSubgraph[]): Map<string, Set<string>> {
  const own = new Map<string, Set<string>>();
  const inherited = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, coordinate: string, tags: Iterable<string>) => {
    if (!map.has(coordinate)) map.set(coordinate, new Set());
    for (const t of tags) map.get(coordinate)!.add(t);
  };
  for (const { typeDefs } of subgraphs)
    for (const def of typeDefs.definitions) {
      if (!('name' in def) || !def.name || !('directives' in def)) continue;
      const type = def.name.value;
      const typeTags = tagNames(def.directives as ConstDirectiveNode[]);
      add(own, type, typeTags);
      const members = [...('fields' in def ? def.fields ?? [] : []), ...('values' in def ? def.values ?? [] : [])];
      for (const m of members as { name: { value: string }; directives?: readonly ConstDirectiveNode[] }[]) {
        const coordinate = `${type}.${m.name.value}`;
        const tags = tagNames(m.directives);
        if (tags.length) add(own, coordinate, tags);
        else add(inherited, coordinate, typeTags);
      }
    }
  for (const [coordinate, tags] of inherited) if (!own.get(coordinate)?.size) own.set(coordinate, tags);
  return own;
}

const meets = (have: Set<string> | undefined, wanted: readonly string[]) => !!have && wanted.some((t) => have.has(t));

/** The contract of one audience from the subgraphs (for their tags) and the API schema composed from them. */
export function buildContract(audience: Audience, subgraphs: TaggedSubgraph[], apiSdl: string): Contract {
  const api = buildSchema(apiSdl);
  const wanted = AUDIENCE_TAGS[audience];
  if (!wanted) return { audience, sdl: printSchema(lexicographicSortSchema(api)), problems: [] };
  const tags = tagsOf(subgraphs);
  const fieldIn = (type: string, field: string) => meets(tags.get(`${type}.${field}`), wanted);

  const kept = new Set<string>();
  for (const type of Object.values(api.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if ((isObjectType(type) || isInterfaceType(type)) && Object.keys(type.getFields()).some((f) => fieldIn(type.name, f))) kept.add(type.name);
    if (isUnionType(type) && meets(tags.get(type.name), wanted)) kept.add(type.name);
    if (isEnumType(type) || isScalarType(type) || isInputObjectType(type)) kept.add(type.name);
  }

  const problems: string[] = [];
  for (const name of kept) {
    const type = api.getType(name)!;
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!fieldIn(name, field.name)) continue;
      const target = getNamedType(field.type);
      if ((isObjectType(target) || isInterfaceType(target) || isUnionType(target)) && !kept.has(target.name))
        problems.push(`${name}.${field.name} is in the ${audience} contract, but its type ${target.name} is not: tag ${target.name} (or some of its fields) @tag(name: "${wanted[0]}"), or tag the field for another audience.`);
    }
  }

  const filtered = mapSchema(api, {
    [MapperKind.TYPE]: (type) => (kept.has(type.name) || type.name.startsWith('__') ? type : null),
    [MapperKind.COMPOSITE_FIELD]: (config, fieldName, typeName) => (fieldIn(typeName, fieldName) ? config : null),
  });
  return { audience, sdl: printSchema(lexicographicSortSchema(pruneSchema(filtered))), problems };
}

/** Every audience's contract; throws listing the problems when a tagged field's type is left out. */
export function buildContracts(subgraphs: TaggedSubgraph[], apiSdl: string): Record<Audience, string> {
  const contracts = AUDIENCES.map((a) => buildContract(a, subgraphs, apiSdl));
  const problems = contracts.flatMap((c) => c.problems);
  if (problems.length) throw new ContractError(problems);
  return Object.fromEntries(contracts.map((c) => [c.audience, c.sdl])) as Record<Audience, string>;
}

export class ContractError extends Error {
  constructor(readonly problems: string[]) {
    super(`The contracts are incomplete:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The subgraphs that define each type ("Service": ["services"]) and field, from a supergraph's join__ marks. */
export function ownersOf(supergraphSdl: string): Map<string, string[]> {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  const owners = new Map<string, string[]>();
  visit(document, {
    EnumTypeDefinition(node) {
      if (node.name.value !== 'join__Graph') return;
      for (const v of node.values ?? []) {
        const d = v.directives?.find((x) => x.name.value === 'join__graph');
        const name = d?.arguments?.find((a) => a.name.value === 'name');
        if (name?.value.kind === Kind.STRING) graphNames.set(v.name.value, name.value.value);
      }
    },
  });
  const graphsOf = (directives: readonly ConstDirectiveNode[] | undefined, directive: string) =>
    [...new Set((directives ?? []).filter((d) => d.name.value === directive).flatMap((d) => {
      const g = d.arguments?.find((a) => a.name.value === 'graph');
      return g?.value.kind === Kind.ENUM ? [graphNames.get(g.value.value) ?? g.value.value] : [];
    }))];
  for (const def of document.definitions) {
    if (!('name' in def) || !def.name || !('directives' in def)) continue;
    const type = def.name.value;
    const typeGraphs = graphsOf(def.directives as ConstDirectiveNode[], 'join__type');
    if (typeGraphs.length) owners.set(type, typeGraphs);
    if ('fields' in def)
      for (const f of def.fields ?? []) {
        const fieldGraphs = graphsOf(f.directives as ConstDirectiveNode[], 'join__field');
        owners.set(`${type}.${f.name.value}`, fieldGraphs.length ? fieldGraphs : typeGraphs);
      }
  }
  return owners;
}
