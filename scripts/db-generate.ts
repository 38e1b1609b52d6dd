// npm run db:generate -- <name-of-change> [subgraph…]: drizzle-kit SQL migrations for each subgraph whose tables changed.
import { execFileSync } from 'node:child_process';
import { CORE_SUBGRAPHS } from '../gateway/compose.ts';

const [name, ...only] = process.argv.slice(2);
if (!name) {
  console.error('usage: npm run db:generate -- <name-of-change> [subgraph…]');
  process.exit(2);
}
for (const subgraph of only.length ? only : CORE_SUBGRAPHS) {
  console.log(`— ${subgraph}`);
  execFileSync('npx', ['drizzle-kit', 'generate', `--name=${name}`], { stdio: 'inherit', env: { ...process.env, SUBGRAPH: subgraph } });
}
