import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { expect, it } from 'vitest';
import { columnsFor, selectedFields } from './selection.ts';

function infoOf(query: string) {
  const doc = parse(query);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

it('collects the fields under a path through aliases, fragments and inline fragments', () => {
  const info = infoOf(`{ services { totalCount nodes { code n: name ...F ... on Service { holder { name } } } edges { node { kind } } } }
    fragment F on Service { processingTime }`);
  expect([...selectedFields(info, ['nodes'], ['edges', 'node'])].sort()).toEqual(['code', 'holder', 'kind', 'name', 'processingTime']);
  expect([...selectedFields(info)].sort()).toEqual(['edges', 'nodes', 'totalCount']);
});

it('gives every column as soon as one field is not listed', () => {
  const byField = { code: [], name: ['name'], holder: ['holderId'] };
  expect(columnsFor(new Set(['__typename', 'code', 'name']), byField, ['id'])).toEqual(['id', 'name']);
  expect(columnsFor(new Set(['code', 'description']), byField, ['id'])).toBeNull();
});
