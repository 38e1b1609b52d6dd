// npm run catalogue:import -- <file.json> [--dry-run] [--batch-size 200]
// Sends a catalogue document (docs/catalogue-import.md) to a running graph's importCatalogue mutation, in batches,
// with the token in PSG_TOKEN (an institution's or an operator's) to PSG_URL. Prints one line per item; exits 1
// when any item is rejected, 2 when the file or the call fails.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { run } from './run.ts';

const MUTATION = `mutation($document: JSON!, $dryRun: Boolean) { importCatalogue(document: $document, dryRun: $dryRun) {
  created updated unchanged rejected results { itemType index code sourceId outcome problems { path message } } } }`;

type Item = Record<string, unknown>;
interface Result { itemType: string; index: number; code: string | null; sourceId: string | null; outcome: string; problems: { path: string; message: string }[] }

/** The document in batches of at most `size` items: channels first, so the services after them can use them. */
function batches(doc: { format?: unknown; publisher?: unknown; channels?: Item[]; services?: Item[] }, size: number) {
  const head = { format: doc.format, ...(doc.publisher !== undefined ? { publisher: doc.publisher } : {}) };
  const out: { document: Record<string, unknown>; offsets: { CHANNEL: number; SERVICE: number } }[] = [];
  const channels = doc.channels ?? [], services = doc.services ?? [];
  for (let i = 0; i < channels.length; i += size) out.push({ document: { ...head, channels: channels.slice(i, i + size) }, offsets: { CHANNEL: i, SERVICE: 0 } });
  for (let i = 0; i < services.length; i += size) out.push({ document: { ...head, services: services.slice(i, i + size) }, offsets: { CHANNEL: 0, SERVICE: i } });
  return out.length ? out : [{ document: head, offsets: { CHANNEL: 0, SERVICE: 0 } }];
}

await run(async (config) => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false }, 'batch-size': { type: 'string', default: '200' } } });
  const file = positionals[0];
  const size = Number(values['batch-size']);
  if (!file || !(size >= 1 && size <= 500)) {
    console.error('usage: npm run catalogue:import -- <file.json> [--dry-run] [--batch-size 1-500]   (PSG_URL, PSG_TOKEN in the environment)');
    process.exit(2);
  }
  if (!config.PSG_TOKEN) {
    console.error('Set PSG_TOKEN to an institution’s or an operator’s bearer token, e.g. PSG_TOKEN=$(npm run -s token -- --institution PMLP).');
    process.exit(2);
  }
  let doc: Parameters<typeof batches>[0];
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`Cannot read ${file}: ${(err as Error).message}`);
    process.exit(2);
  }
  const totals = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const batch of batches(doc, size)) {
    const res = await fetch(config.PSG_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${config.PSG_TOKEN}` },
      body: JSON.stringify({ query: MUTATION, variables: { document: batch.document, dryRun: values['dry-run'] } }),
    }).catch((err: Error) => {
      console.error(`Cannot reach ${config.PSG_URL}: ${err.message}`);
      process.exit(2);
    });
    const body = (await res.json()) as { data?: { importCatalogue: typeof totals & { results: Result[] } }; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length || !body.data) {
      for (const e of body.errors ?? []) console.error(`${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
      process.exit(2);
    }
    const result = body.data.importCatalogue;
    for (const r of result.results) {
      const index = r.index + batch.offsets[r.itemType as 'CHANNEL' | 'SERVICE'];
      console.log(`${r.itemType.padEnd(7)} #${String(index).padEnd(4)} ${(r.code ?? r.sourceId ?? '').padEnd(32)} ${r.outcome}`);
      for (const p of r.problems) console.log(`        ${p.path || '(item)'}: ${p.message}`);
    }
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += result[k];
  }
  console.log(`${values['dry-run'] ? 'Dry run (nothing written): ' : ''}${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.rejected} rejected.`);
  if (totals.rejected) process.exitCode = 1;
});
