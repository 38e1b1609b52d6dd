import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../common/config.ts';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { prepareDatabases } from '../../scripts/subgraph-modules.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump of an embedded database with every core migration applied (PGLITE_TEMPLATE). */
    pgliteTemplate: string;
    /** On TEST_DATABASE_URL's server, a database with every core migration applied, to create test databases from. */
    postgresTemplate: string | null;
  }
}

/**
 * Runs the migrations once per run instead of once per test file: each file's graph starts from a copy. Creating
 * an embedded cluster costs 2–4 s of CPU and migrating it another second; a test file then spends about 0.5 s.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = createLogger('silent');
  const dir = mkdtempSync(join(tmpdir(), 'psg-template-'));
  const embedded = await prepareDatabases(loadConfig({ NODE_ENV: 'test', PGLITE_DATA_DIR: 'memory://', SEED_DEMO_DATA: 'false' }), log);
  const database = [...embedded.values()][0];
  const file = join(dir, 'pglite.tar');
  writeFileSync(file, await database.dump!());
  await database.close();
  project.provide('pgliteTemplate', file);

  const base = process.env.TEST_DATABASE_URL;
  const name = `psg_template_${process.pid}`;
  if (base) {
    await admin(base, `create database ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    const databases = await prepareDatabases(loadConfig({ NODE_ENV: 'test', DATABASE_URL: url.toString(), SEED_DEMO_DATA: 'false' }), log);
    await Promise.all([...new Set(databases.values())].map((d) => d.close()));
  }
  project.provide('postgresTemplate', base ? name : null);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (base) await admin(base, `drop database if exists ${name} with (force)`);
  };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
