// npm run compose: writes schema/supergraph.graphql from schema/<subgraph>.graphql.
// npm run compose -- --check: exits 1 when the committed file is stale (CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { CompositionError, composeCore } from '../gateway/compose.ts';

const target = new URL('../schema/supergraph.graphql', import.meta.url);
try {
  const sdl = composeCore().supergraphSdl;
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current !== sdl) {
      console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit it.');
      process.exit(1);
    }
    console.log('schema/supergraph.graphql is up to date.');
  } else {
    writeFileSync(target, sdl);
    console.log('Wrote schema/supergraph.graphql');
  }
} catch (err) {
  console.error(err instanceof CompositionError ? err.message : err);
  process.exit(1);
}
