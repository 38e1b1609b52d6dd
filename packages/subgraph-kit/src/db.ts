import { mkdirSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { tracePglite, tracePool } from './db-tracing.ts';

export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/** A connection to one database, shared by the subgraphs that point at the same place. */
export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Statements sent through drizzle since start: tests use it to prove a request's SQL count is constant. */
  readonly statementCount: number;
  /** The text of the statements sent since `statementCount` was `count` (the last 500 at most): for tests that must tell a request's SQL from background work. */
  statementsSince(count: number): string[];
  migrate(folder: string, table: string): Promise<void>;
  /** One parameterized statement without drizzle (`$1`, `$2`, …), counted like drizzle's: for code that writes its SQL by hand. */
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>;
  ping(): Promise<void>;
  /** Connections of the pool (the embedded database has one), for the metrics. */
  poolStats(): { total: number; idle: number; waiting: number };
  /**
   * Calls `onMessage` with each NOTIFY payload on `channel`. On PostgreSQL a dedicated connection listens and
   * reconnects when lost, calling `onReconnect` (notifications sent meanwhile are lost: drop what they would have
   * invalidated). Returns a function that stops listening.
   */
  listen(channel: string, onMessage: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** The embedded database's data directory as a tarball, a `template` for others (absent on PostgreSQL). */
  dump?(): Promise<Buffer>;
}

/**
 * `location` is a postgres:// URL, `memory://` for a throw-away embedded database, or a directory for
 * a persistent embedded one. `template`: a dump of an embedded database's data directory (`dumpDataDir`) that a
 * throw-away one starts from instead of an empty cluster (the cluster's creation costs seconds of CPU).
 */
export async function openDatabase(location: string, opts: { poolSize?: number; template?: string } = {}): Promise<Database> {
  // A ring of the last RECENT statements' text: constant work per statement on the request path.
  const RECENT = 500;
  let statements = 0;
  const recent: string[] = new Array(RECENT);
  const logger = {
    logQuery: (query: string) => {
      recent[statements % RECENT] = query;
      statements++;
    },
  };
  const statementsSince = (count: number) => {
    const from = Math.max(count, statements - RECENT);
    return Array.from({ length: statements - from }, (_, i) => recent[(from + i) % RECENT]);
  };

  if (/^postgres(ql)?:\/\//.test(location)) {
    const pool = new pg.Pool({ connectionString: location, max: opts.poolSize ?? 10 });
    // An idle client losing its connection (a restart of PostgreSQL) must not crash the process.
    pool.on('error', () => {});
    tracePool(pool);
    const db = drizzlePg({ client: pool, logger }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      get statementCount() { return statements; },
      statementsSince,
      migrate: (folder, table) => migrateUnderLock(pool, folder, table),
      query: async <Row>(text: string, params: unknown[] = []) => (logger.logQuery(text), (await pool.query(text, params)).rows as Row[]),
      ping: async () => void (await pool.query('select 1')),
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      listen: (channel, onMessage, onReconnect) => listenPg(location, channel, onMessage, onReconnect),
      close: () => pool.end(),
    };
  }

  const dataDir = location === 'memory://' ? undefined : location;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const loadDataDir = !dataDir && opts.template ? new Blob([readTemplate(opts.template)]) : undefined;
  const client = await PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm, unaccent, cube, earthdistance } });
  tracePglite(client);
  const db = drizzlePglite({ client, logger }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    get statementCount() { return statements; },
    statementsSince,
    migrate: (folder, table) => migratePglite(db as never, { migrationsFolder: folder, migrationsSchema: 'drizzle', migrationsTable: table }),
    query: async <Row>(text: string, params: unknown[] = []) => (logger.logQuery(text), (await client.query<Row>(text, params)).rows),
    ping: async () => void (await db.execute(sql`select 1`)),
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    listen: async (channel, onMessage) => {
      const unlisten = await client.listen(channel, onMessage);
      return () => unlisten();
    },
    close: () => client.close(),
    dump: async () => Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()),
  };
}

function readTemplate(path: string): Buffer<ArrayBuffer> {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new Error(`PGLITE_TEMPLATE: cannot read the embedded database's template ${path} (${(err as NodeJS.ErrnoException).code ?? err}).`);
  }
}

/**
 * Any number of replicas may start at once against one database: each waits for one session-level advisory lock,
 * so one migrates and the others then find every migration applied. Without it two replicas race on
 * `create schema if not exists` and on the migrations table, and one fails or applies a migration twice.
 */
export const MIGRATION_LOCK_KEY = 7_251_826_318_411_002n;

async function migrateUnderLock(pool: pg.Pool, folder: string, table: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      await migratePg(drizzlePg({ client }) as never, { migrationsFolder: folder, migrationsSchema: 'drizzle', migrationsTable: table });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
    }
    client.release();
  } catch (err) {
    // A connection that failed mid-migration may still hold the lock or a transaction: never return it to the pool.
    client.release(err as Error);
    throw err;
  }
}

async function listenPg(url: string, channel: string, onMessage: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (first = false): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => n.channel === channel && onMessage(n.payload ?? ''));
    const lost = () => {
      if (stopped || client !== c) return;
      client = null;
      retry = setTimeout(() => void connect().then(() => onReconnect?.(), () => {}), 1000);
    };
    c.on('error', lost);
    c.on('end', lost);
    client = c;
    try {
      await c.connect();
      await c.query(`listen ${c.escapeIdentifier(channel)}`);
    } catch (err) {
      if (first) client = null;
      else lost();
      throw err;
    }
  };
  await connect(true);
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
