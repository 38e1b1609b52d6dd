import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import type { OperationUsageEntry } from '../subgraphs/platform/gateway-reads.ts';
import { walkOperation } from './operation-facts.ts';
import { OPERATIONS_PER_KEY_DAY, OTHER_OPERATIONS, UsageMeter } from './usage.ts';

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

describe('UsageMeter', () => {
  it('counts a key’s day under at most OPERATIONS_PER_KEY_DAY names, the rest as one row, and starts again the next day', async () => {
    const written: OperationUsageEntry[] = [];
    const meter = new UsageMeter({ addUsage: async () => {}, addOperationUsage: async (entries) => void written.push(...entries) }, createLogger('silent'), 3_600_000);
    const day1 = new Date('2026-12-01T10:00:00Z');
    for (let i = 0; i < OPERATIONS_PER_KEY_DAY + 50; i++) meter.record('key-a', 1, [{ operation: `#doc${i}`, error: false }], day1);
    meter.record('key-a', 1, [{ operation: '#doc0', error: true }], day1);
    meter.record('key-b', 1, [{ operation: '#doc500', error: false }], day1);
    meter.record('key-a', 1, [{ operation: '#doc999', error: false }], new Date('2026-12-02T00:00:01Z'));
    await meter.close();

    const ofA = written.filter((e) => e.keyId === 'key-a' && e.day === '2026-12-01');
    expect(ofA).toHaveLength(OPERATIONS_PER_KEY_DAY + 1);
    expect(ofA.find((e) => e.operation === OTHER_OPERATIONS)).toMatchObject({ operations: 50, errors: 0 });
    expect(ofA.find((e) => e.operation === '#doc0')).toMatchObject({ operations: 2, errors: 1 });
    expect(written.find((e) => e.keyId === 'key-b')?.operation).toBe('#doc500');
    expect(written.find((e) => e.day === '2026-12-02')?.operation).toBe('#doc999');
  });
});
