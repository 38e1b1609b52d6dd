import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { entityOwners, nullabilityProblems } from './nullability.ts';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires"])';
const clients = { name: 'clients', typeDefs: parse(`${LINK} type Query { me: Client client(id: ID!): Client } type Client @key(fields: "id") { id: ID! displayName: String! }`) };
const services = { name: 'services', typeDefs: parse(`${LINK} type Query { service(code: String!): Service } type Service @key(fields: "code") { code: String! name: String! }`) };
const coordinates = (sdl: string, others = [clients, services]) =>
  nullabilityProblems([...others, { name: 'cases', typeDefs: parse(`${LINK}\n${sdl}`) }]).map((p) => `${p.subgraph} ${p.coordinate}`);

describe('the failure contract', () => {
  it('lets an owner keep its own fields non-null, and accepts nullable contributions and references', () => {
    expect(coordinates(`
      type Query { case(id: ID!): Case }
      type Case @key(fields: "id") { id: ID! reference: String! service: Service client: Client services: [Service!] }
      type Client @key(fields: "id") { id: ID! displayName: String! @external cases: [Case!] caseCount: Int @requires(fields: "displayName") }
      type Service @key(fields: "code") { code: String! caseStatistics: Int }`)).toEqual([]);
  });

  it('names every non-null contribution to another subgraph’s entity, reference to one, and Query field', () => {
    expect(coordinates(`
      type Query { case(id: ID!): Case! caseDueDate: String! }
      type Case @key(fields: "id") { id: ID! service: Service! services: [Service]! client: Client }
      type Client @key(fields: "id") { id: ID! cases: [Case!]! }
      type Service @key(fields: "code") { code: String! caseStatistics: Int! }`)).toEqual([
      'cases Query.case', 'cases Query.caseDueDate', 'cases Case.service', 'cases Case.services', 'cases Client.cases', 'cases Service.caseStatistics',
    ]);
  });

  it('leaves Mutation payloads alone: a write fails as a whole', () => {
    expect(coordinates('type Mutation { registerCase: Payload! } type Payload { service: Service }')).toEqual([]);
  });

  it('gives an entity to the first subgraph that serves it from Query, whatever the others declare', () => {
    const lad = { name: 'lad', typeDefs: parse(`${LINK} type Query { ladClient(farm: ID!): Client } type Client @key(fields: "id") { id: ID! ladFarm: String! }`) };
    expect(entityOwners([clients, lad]).get('Client')).toBe('clients');
    expect(nullabilityProblems([clients, lad]).map((p) => `${p.subgraph} ${p.coordinate}`)).toEqual(['lad Client.ladFarm']);
    // An entity no subgraph serves from Query belongs to the first that defines it.
    const a = { name: 'a', typeDefs: parse(`${LINK} type Parcel @key(fields: "id") { id: ID! area: Float! }`) };
    const b = { name: 'b', typeDefs: parse(`${LINK} type Parcel @key(fields: "id") { id: ID! owner: String! }`) };
    expect(nullabilityProblems([a, b]).map((p) => `${p.subgraph} ${p.coordinate}`)).toEqual(['b Parcel.owner']);
  });


  it('says what is wrong and what to do', () => {
    const [problem] = nullabilityProblems([services, { name: 'cases', typeDefs: parse(`${LINK} type Service @key(fields: "code") { code: String! caseStatistics: Int! }`) }]);
    expect(problem.message).toMatch(/Service\.caseStatistics .*"cases".* non-null.*owned by the "services" subgraph.*make it nullable/);
  });
});
