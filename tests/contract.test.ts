import { readFileSync } from 'node:fs';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import { composeCore } from '../gateway/compose.ts';

it('schema/supergraph.graphql is the composition of schema/*.graphql (run `npm run compose`)', () => {
  expect(readFileSync('schema/supergraph.graphql', 'utf8')).toBe(composeCore());
});

it('generated resolver types match the SDL (run `npm run codegen`)', async () => {
  const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
  const outputs = await generate({ ...config, silent: true, verbose: false }, false);
  for (const output of outputs) expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
});
