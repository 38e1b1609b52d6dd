// npm run compose: writes schema/supergraph.graphql from schema/<subgraph>.graphql, and the contracts per audience
// (schema/contracts/<audience>.graphql: the API schema filtered by @tag, gateway/contracts.ts).
// npm run compose -- --check: exits 1 when a committed file is stale (CI).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CompositionError, composeCore } from '../gateway/compose.ts';
import { AUDIENCES, buildContracts, ContractError } from '@public-service-graph/composition';

const schemaDir = new URL('../schema/', import.meta.url);
try {
  const composed = composeCore();
  const contracts = buildContracts(composed.sources, composed.apiSdl);
  const files: [string, string][] = [
    ['supergraph.graphql', composed.supergraphSdl],
    ...AUDIENCES.map((a): [string, string] => [`contracts/${a}.graphql`, contracts[a]]),
  ];
  if (process.argv.includes('--check')) {
    const stale = files.filter(([name, sdl]) => !existsSync(new URL(name, schemaDir)) || readFileSync(new URL(name, schemaDir), 'utf8') !== sdl);
    if (stale.length) {
      console.error(`${stale.map(([n]) => `schema/${n}`).join(', ')} stale: run \`npm run compose\` and commit.`);
      process.exit(1);
    }
    console.log('schema/supergraph.graphql and schema/contracts/ are up to date.');
  } else {
    mkdirSync(new URL('contracts/', schemaDir), { recursive: true });
    for (const [name, sdl] of files) writeFileSync(new URL(name, schemaDir), sdl);
    console.log(`Wrote ${files.map(([n]) => `schema/${n}`).join(', ')}`);
  }
} catch (err) {
  console.error(err instanceof CompositionError || err instanceof ContractError ? err.message : err);
  process.exit(1);
}
