// npm run bench [-- scenario…]: every bench/<scenario>.ts exporting run(), or the named ones.
// Traffic stays on loopback; each scenario starts and stops its own processes. profile-summary.ts is a tool, not a
// scenario: importing it would run it.
import { readdirSync } from 'node:fs';

const dir = new URL('.', import.meta.url);
const available = readdirSync(dir).filter((f) => f.endsWith('.ts') && !['run.ts', 'support.ts', 'profile-summary.ts'].includes(f)).map((f) => f.slice(0, -3));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  console.error(`Unknown scenario ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}
console.log(`# Public Service Graph benchmarks — node ${process.version}, ${new Date().toISOString()}`);
for (const name of wanted.length ? wanted : available) {
  const { run } = (await import(new URL(`${name}.ts`, dir).href)) as { run(): Promise<void> };
  console.log(`\n# ${name}`);
  await run();
}
