import { graphql, parse } from 'graphql';
import { expect, it } from 'vitest';
import { subgraphSchema } from './subgraph-server.ts';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires"])
  type Query { ping: Boolean }
  type Client @key(fields: "id") {
    id: ID!
    received: [String!] @external
    consents: Boolean @external
    offers: [String!] @requires(fields: "received consents")
    name: String
  }
`);
const resolvers = {
  Client: {
    __resolveReference: (ref: object) => ref,
    offers: (client: { received: string[] | null; consents: boolean | null }) => (client.consents ? client.received : []),
    name: () => 'Anna',
  },
};
const schema = subgraphSchema({ typeDefs, resolvers });

const entities = (representation: Record<string, unknown>) =>
  graphql({
    schema,
    source: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { offers name } } }',
    variableValues: { r: [{ __typename: 'Client', id: 'c1', ...representation }] },
  });

it('answers a @requires field from the parts the gateway sends, null ones included', async () => {
  expect(await entities({ received: ['PASE'], consents: true })).toEqual({ data: { _entities: [{ offers: ['PASE'], name: 'Anna' }] } });
  // Null is a value the field judges itself (here: no consent, nothing offered).
  expect(await entities({ received: ['PASE'], consents: null })).toEqual({ data: { _entities: [{ offers: [], name: 'Anna' }] } });
});

it('refuses a @requires field as SUBGRAPH_UNAVAILABLE when a part is absent (the Rust planner could not fetch it), and only that field', async () => {
  const res = await entities({ consents: true });
  expect(res.data).toEqual({ _entities: [{ offers: null, name: 'Anna' }] });
  expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions])).toEqual([['_entities.0.offers', { code: 'SUBGRAPH_UNAVAILABLE', retryAfterSeconds: expect.any(Number) }]]);
});

it('guards a @requires field that has no resolver of its own', async () => {
  const bare = subgraphSchema({ typeDefs, resolvers: { Client: { __resolveReference: (ref: object) => ({ ...ref, offers: ['stored'] }) } } });
  const ask = (representation: Record<string, unknown>) =>
    graphql({ schema: bare, source: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { offers } } }', variableValues: { r: [{ __typename: 'Client', id: 'c1', ...representation }] } });
  expect((await ask({ received: [], consents: false })).data).toEqual({ _entities: [{ offers: ['stored'] }] });
  expect((await ask({ received: [] })).errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
});
