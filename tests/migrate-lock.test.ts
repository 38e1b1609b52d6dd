import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';

// Ten replicas starting at once against one empty PostgreSQL database: the advisory lock in packages/subgraph-kit/src/db.ts lets one
// migrate while the others wait and then find nothing to do. PGlite belongs to one process, so this needs PostgreSQL.
const base = process.env.TEST_DATABASE_URL;
const name = `psg_migrate_${process.pid}`;
const url = base ? Object.assign(new URL(base), { pathname: `/${name}` }).toString() : '';

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(sql);
  await client.end();
}

afterAll(async () => {
  if (base) await admin(`drop database if exists ${name} with (force)`);
});

const migrate = () =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    // The deploy step (npm run db:migrate) itself, without npm's own start-up.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.once('exit', (code) => resolve({ code, output }));
  });

it.skipIf(!base)('ten processes started at once migrate an empty database once, without errors', { timeout: 240_000 }, async () => {
  await admin(`create database ${name}`);
  const results = await Promise.all(Array.from({ length: 10 }, migrate));
  for (const r of results) expect(r.code, r.output).toBe(0);

  // Every subgraph's migrations table holds each of its migrations exactly once.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const folder of readdirSync('migrations')) {
      const journal = JSON.parse(readFileSync(`migrations/${folder}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };
      const table = `__migrations_${folder.replace('-', '_')}`;
      const { rows } = await client.query(`select count(*)::int as n, count(distinct hash)::int as distinct_n from drizzle.${table}`);
      expect(rows[0], table).toEqual({ n: journal.entries.length, distinct_n: journal.entries.length });
    }
  } finally {
    await client.end();
  }
});
