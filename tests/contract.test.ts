import { readFileSync } from 'node:fs';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import { parse } from 'graphql';
import { nullabilityProblems } from '@public-service-graph/composition';
import { CORE_SUBGRAPHS, CompositionError, compose, composeCore, loadTypeDefs } from '../gateway/compose.ts';

it('schema/supergraph.graphql is the composition of schema/*.graphql (run `npm run compose`)', () => {
  expect(readFileSync('schema/supergraph.graphql', 'utf8')).toBe(composeCore().supergraphSdl);
});

it('the platform’s own subgraphs keep the nullability rule', () => {
  expect(nullabilityProblems(CORE_SUBGRAPHS.map((name) => ({ name, typeDefs: loadTypeDefs(name) })))).toEqual([]);
});

it('generated resolver types match the SDL (run `npm run codegen`)', async () => {
  const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
  const outputs = await generate({ ...config, silent: true, verbose: false }, false);
  for (const output of outputs) expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
});

it('a composition that fails lists every problem readably instead of starting', () => {
  const broken = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Service @key(fields: "code") { code: String! name: Int! }
  `);
  const attempt = () => compose([...CORE_SUBGRAPHS.map((name) => ({ name, url: `http://localhost/${name}`, typeDefs: loadTypeDefs(name) })), { name: 'broken', url: 'http://localhost/broken', typeDefs: broken }]);
  expect(attempt).toThrow(CompositionError);
  try {
    attempt();
  } catch (err) {
    expect((err as CompositionError).messages.length).toBeGreaterThan(0);
    expect((err as CompositionError).message).toMatch(/Composition failed:\n  - .*Service\.name/s);
  }
});
