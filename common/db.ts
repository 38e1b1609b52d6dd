import { mkdirSync } from 'node:fs';
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

export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/** A connection to one database, shared by the subgraphs that point at the same place. */
export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Statements sent through drizzle since start: tests use it to prove a request's SQL count is constant. */
  readonly statementCount: number;
  migrate(folder: string, table: string): Promise<void>;
  ping(): Promise<void>;
  /**
   * Calls `onMessage` with each NOTIFY payload on `channel`. On PostgreSQL a dedicated connection listens and
   * reconnects when lost, calling `onReconnect` (notifications sent meanwhile are lost: drop what they would have
   * invalidated). Returns a function that stops listening.
   */
  listen(channel: string, onMessage: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * `location` is a postgres:// URL, `memory://` for a throw-away embedded database, or a directory for
 * a persistent embedded one.
 */
export async function openDatabase(location: string, opts: { poolSize?: number } = {}): Promise<Database> {
  let statements = 0;
  const logger = { logQuery: () => void statements++ };

  if (/^postgres(ql)?:\/\//.test(location)) {
    const pool = new pg.Pool({ connectionString: location, max: opts.poolSize ?? 10 });
    // An idle client losing its connection (a restart of PostgreSQL) must not crash the process.
    pool.on('error', () => {});
    const db = drizzlePg({ client: pool, logger }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      get statementCount() { return statements; },
      migrate: (folder, table) => migratePg(db as never, { migrationsFolder: folder, migrationsSchema: 'drizzle', migrationsTable: table }),
      ping: async () => void (await pool.query('select 1')),
      listen: (channel, onMessage, onReconnect) => listenPg(location, channel, onMessage, onReconnect),
      close: () => pool.end(),
    };
  }

  const dataDir = location === 'memory://' ? undefined : location;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent, cube, earthdistance } });
  const db = drizzlePglite({ client, logger }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    get statementCount() { return statements; },
    migrate: (folder, table) => migratePglite(db as never, { migrationsFolder: folder, migrationsSchema: 'drizzle', migrationsTable: table }),
    ping: async () => void (await db.execute(sql`select 1`)),
    listen: async (channel, onMessage) => {
      const unlisten = await client.listen(channel, onMessage);
      return () => unlisten();
    },
    close: () => client.close(),
  };
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
