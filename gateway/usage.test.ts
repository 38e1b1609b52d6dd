import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { walkOperation } from './operation-facts.ts';

const schemaCoordinates = (...args: Parameters<typeof walkOperation>) => [...walkOperation(...args).selected];

const schema = buildSchema(`
  type Query { me: Client  node(id: ID!): Node }
  interface Node { id: ID! }
  type Client implements Node { id: ID!  name: String  cases(first: Int): [Case!]! }
  type Case implements Node { id: ID!  status: String }
`);

describe('schemaCoordinates', () => {
  it('names each field an operation selects once, through aliases, fragments and type conditions, without __typename', () => {
    const document = parse(`
      query Overview { me { id alias: name ...Cases } node(id: "1") { __typename id ... on Case { status } } }
      fragment Cases on Client { cases(first: 2) { id status } }
      query Other { me { name } }
    `);
    expect(schemaCoordinates(schema, document, 'Overview', {}).sort()).toEqual(
      ['Case.id', 'Case.status', 'Client.cases', 'Client.id', 'Client.name', 'Node.id', 'Query.me', 'Query.node'],
    );
    expect(schemaCoordinates(schema, document, 'Other', {}).sort()).toEqual(['Client.name', 'Query.me']);
  });
});
