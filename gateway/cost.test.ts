import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MUTATION_COST, UNPAGED_LIST_SIZE, walkOperation } from './operation-facts.ts';

const schema = buildSchema(readFileSync('schema/supergraph.graphql', 'utf8'));
const size = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => walkOperation(schema, parse(query), operationName, variables);

describe('operation cost', () => {
  it('charges one point per object, scalars free', () => {
    expect(size('{ service(code: "X") { code name } }').cost).toBe(1);
    expect(size('{ service(code: "X") { code holder { code } } }').cost).toBe(2);
  });

  it('multiplies the lists inside a connection by first (default 20)', () => {
    expect(size('{ services(first: 100) { nodes { code holder { name } } } }').cost).toBe(1 + 100 * 2);
    expect(size('{ services { totalCount nodes { code } } }').cost).toBe(1 + 20);
    expect(size('query($n: Int) { services(first: $n) { edges { node { code } } pageInfo { hasNextPage } } }', { n: 5 }).cost).toBe(1 + 5 * 2 + 1);
    expect(size('{ services(first: 1000000) { nodes { code } } }').cost).toBe(1_000_001);
  });

  it('assumes a size for lists that are not paginated', () => {
    expect(size('{ service(code: "X") { lifeSituations { code } } }').cost).toBe(1 + UNPAGED_LIST_SIZE);
  });

  it('charges mutations extra per root field', () => {
    expect(size('mutation { revokeApiKey(input: { id: "x" }) { errors { code } } }').cost).toBe(1 + UNPAGED_LIST_SIZE + MUTATION_COST);
  });

  it('charges nothing for what @skip/@include leaves out, but still counts its fields', () => {
    const q = 'query($all: Boolean!) { service(code: "X") { code } services(first: 100) @include(if: $all) { nodes { code } } }';
    expect(size(q, { all: false })).toMatchObject({ cost: 1, fields: 5 }); // service code services nodes code
    expect(size(q, { all: true }).cost).toBe(1 + 1 + 100);
    expect(size('{ service(code: "X") @skip(if: true) { code } services(first: 3) @skip(if: false) { nodes { code } } }').cost).toBe(1 + 3);
    expect(size('query($out: Boolean = true) { ...S @skip(if: $out) } fragment S on Query { service(code: "X") { code } }').cost).toBe(0);
    // A condition that is not a boolean is not taken to leave anything out.
    expect(size(q, { all: 'no' }).cost).toBe(1 + 1 + 100);
  });

  it('costs a fragment once and multiplies it where it is spread', () => {
    const q = 'query { services(first: 10) { nodes { ...S } } service(code: "X") { ...S } } fragment S on Service { holder { code } }';
    expect(size(q).cost).toBe(1 + 10 * 2 + 2);
    // services nodes holder code, service holder code
    expect(size(q).fields).toBe(7);
  });

  it('counts the fields of a fragment bomb without expanding it', () => {
    const fragments = ['fragment F0 on Service { code }'];
    for (let i = 1; i <= 40; i++) fragments.push(`fragment F${i} on Service { ...F${i - 1} ...F${i - 1} }`);
    // Written out, this is a trillion fields: counting them at all means nothing was expanded.
    const { fields } = size(`{ service(code: "X") { ...F40 } } ${fragments.join(' ')}`);
    expect(fields).toBe(1 + 2 ** 40);
  });

  it('picks the named operation', () => {
    const doc = 'query A { service(code: "X") { code } } query B { services(first: 3) { nodes { code } } }';
    expect(size(doc, {}, 'A').cost).toBe(1);
    expect(size(doc, {}, 'B').cost).toBe(4);
    expect(size(doc).cost).toBe(0);
  });
});
