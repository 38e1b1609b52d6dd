import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { governanceProblems, mayCreateSubgraph, nullabilityRuleProblems, prefixesOf, schemaChanges, type RegisteredSdl } from './registry-rules.ts';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@shareable", "@override"])';
const core: RegisteredSdl[] = [
  {
    name: 'clients', owner: 'PLATFORM', url: 'http://clients/graphql',
    sdl: `${LINK}
      scalar DateTime
      type Query { me: Client }
      type Client @key(fields: "id") { id: ID! displayName: String! }
      type PageInfo @shareable { hasNextPage: Boolean! }
      enum ClientKind { PERSON COMPANY }`,
  },
  { name: 'vzd', owner: 'VZD', url: 'http://vzd/graphql', sdl: `${LINK} type VzdParcel @key(fields: "id") { id: ID! "Area." area: Float }` },
  { name: 'lad-fields', owner: 'LAD', url: 'http://lad-fields/graphql', sdl: `${LINK} type Client @key(fields: "id") { id: ID! "Fields." ladFieldCount: Int @shareable }` },
];
const problems = (sdl: string, owner = 'LAD') => governanceProblems(parse(`${LINK}\n${sdl}`), owner, core).map((p) => `${p.rule} ${p.coordinate}`);

describe('prefixes and names', () => {
  it('derives type and field prefixes from the institution’s code', () => {
    expect(prefixesOf('LAD')).toEqual({ types: 'Lad', fields: 'lad' });
    expect(prefixesOf('RIGAS-DOME')).toEqual({ types: 'RigasDome', fields: 'rigasDome' });
  });
  it('lets an institution create subgraphs named after its code only', () => {
    expect(['lad', 'lad-fields'].map((n) => mayCreateSubgraph('LAD', n))).toEqual([true, true]);
    expect(['ladx', 'vzd', 'fields-lad', 'cases'].map((n) => mayCreateSubgraph('LAD', n))).toEqual([false, false, false, false]);
  });
});

describe('governance', () => {
  it('accepts described, prefixed additions to entities and root types, keys and @external fields', () => {
    expect(problems(`
      "A farm." type LadFarm { "Its name." name(
        "Language." language: String): String! }
      "Crop groups." enum LadCropGroup { "Arable." ARABLE }
      type Client @key(fields: "id") { id: ID! displayName: String! @external "The farm." ladFarm: LadFarm }
      type Query { "Farms by name." ladFarms("Name." name: String!): [LadFarm!]! }
      scalar DateTime`)).toEqual([]);
  });

  it('names what is unprefixed or undescribed, down to arguments and enum values', () => {
    expect(problems(`
      type Farm { name: String }
      "Groups." enum LadCropGroup { ARABLE }
      type Client @key(fields: "id") { id: ID! "A farm." farm: Farm "Count." ladCount(year: Int): Int }`)).toEqual([
      'NAMING Farm', 'DESCRIPTION Farm', 'DESCRIPTION Farm.name',
      'DESCRIPTION LadCropGroup.ARABLE',
      'NAMING Client.farm', 'DESCRIPTION Client.ladCount(year:)',
    ]);
  });

  it('refuses redefining others’ fields and types, and @override from another owner', () => {
    expect(problems(`
      type Client @key(fields: "id") { id: ID! "Hijacked." displayName: String! @override(from: "clients") }
      "Mine." type PageInfo @shareable { "x" hasNextPage: Boolean! }
      "Mine." enum ClientKind { "p" PERSON "c" COMPANY }
      "VZD's entity as a stub without its key." type VzdParcel { "x" ladNote: String }`)).toEqual([
      'OVERRIDE Client.displayName', 'REDEFINITION Client.displayName', 'REDEFINITION PageInfo', 'REDEFINITION ClientKind', 'REDEFINITION VzdParcel',
    ]);
  });

  it('lets an institution share and take over fields between its own subgraphs', () => {
    expect(problems('type Client @key(fields: "id") { id: ID! "Moved." ladFieldCount: Int @shareable @override(from: "lad-fields") }')).toEqual([]);
  });

  it('reads nested @key selections: only their root field counts as a key field', () => {
    // `id` inside `ladRef { id }` is not Client.id: resolving Client.id here redefines the clients subgraph's field.
    expect(problems('type Client @key(fields: "ladRef { id }") { ladRef: LadRef id: ID! } "A reference." type LadRef { "Its id." id: ID! }')).toEqual([
      'REDEFINITION Client.id',
    ]);
  });

  it('leaves the platform’s own subgraphs to the platform’s review', () => {
    expect(governanceProblems(parse(`${LINK} type Farm { name: String }`), 'PLATFORM', core)).toEqual([]);
  });
});

describe('the failure contract', () => {
  it('judges the checked subgraph only, with the platform’s subgraphs owning their entities whatever order they come in', () => {
    // LAD serves Client from Query too and is listed first: clients still owns Client, so LAD's additions are judged.
    const lad: RegisteredSdl = {
      name: 'lad', owner: 'LAD', url: 'http://lad/graphql',
      sdl: `${LINK} type Query { "By farm." ladClient("Farm." farm: ID!): Client } type Client @key(fields: "id") { id: ID! "Farm." ladFarm: String! }`,
    };
    const problems = nullabilityRuleProblems([lad, ...core], new Set(['lad']));
    expect(problems.map((p) => `${p.rule} ${p.coordinate}`)).toEqual(['NULLABILITY Client.ladFarm']);
    expect(problems[0].message).toMatch(/owned by the "clients" subgraph/);
    // The core's own non-null fields are not LAD's problems, nor anyone's.
    expect(nullabilityRuleProblems([lad, ...core], new Set(['clients']))).toEqual([]);
  });
});

describe('schema changes', () => {
  it('grades removals as breaking and additions as safe, by coordinate', async () => {
    const before = 'type Query { a: Int b(x: Int): String }';
    const changes = await schemaChanges(before, 'type Query { b(x: Int, y: Int!): String c: Int }');
    expect(changes.map((c) => `${c.criticality} ${c.coordinate}`)).toEqual(['BREAKING Query.a', 'BREAKING Query.b', 'SAFE Query.c']);
    expect(await schemaChanges(null, before)).toEqual([]);
  });
});
