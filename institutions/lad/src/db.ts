import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** One connection to LAD's database: PostgreSQL through a `pg` pool, or an embedded PGlite. */
export interface LadDb {
  kind: 'postgres' | 'pglite';
  /** Runs one parameterized statement. Every statement the subgraph sends goes through here. */
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters, as one implicit transaction. */
  exec(script: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A postgres:// URL; without it an embedded PGlite. */
  databaseUrl?: string;
  /** PGlite's data directory; without it PGlite keeps everything in memory. */
  pgliteDir?: string;
  /** Called with the SQL of every statement before it is sent (metrics, logs, tests counting statements). */
  onStatement?: (sql: string) => void;
}

export async function openLadDb(opts: OpenOptions): Promise<LadDb> {
  const observe = opts.onStatement ?? (() => {});
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection dropped by the server (a restart) must not crash the process; the pool reconnects.
    pool.on('error', () => {});
    return {
      kind: 'postgres',
      query: async <Row>(sql: string, params: unknown[] = []) => {
        observe(sql);
        return (await pool.query(sql, params)).rows as Row[];
      },
      exec: async (script) => {
        observe(script);
        await pool.query(script);
      },
      ping: async () => void (await pool.query('select 1')),
      close: () => pool.end(),
    };
  }
  if (opts.pgliteDir) mkdirSync(opts.pgliteDir, { recursive: true });
  const client = await PGlite.create({ dataDir: opts.pgliteDir });
  return {
    kind: 'pglite',
    query: async <Row>(sql: string, params: unknown[] = []) => {
      observe(sql);
      return (await client.query<Row>(sql, params)).rows;
    },
    exec: async (script) => {
      observe(script);
      await client.exec(script);
    },
    ping: async () => void (await client.query('select 1')),
    close: () => client.close(),
  };
}

/**
 * LAD's own tables in its own Postgres schema `lad`, as idempotent SQL run at every start. One script is one
 * implicit transaction; the advisory lock keeps two replicas starting at once from racing on the same `create`.
 */
const MIGRATION = `
select pg_advisory_xact_lock(hashtext('lad-subgraph-migration'));
create schema if not exists lad;
create table if not exists lad.farms (
  -- The farm's number in LAD's client register (klienta reģistrācijas numurs).
  registration_number text primary key,
  -- The holder: a person's personal code (DDMMYY-CNNNN) or a company's registration number (11 digits).
  holder_code text not null unique,
  name text not null,
  registered_on date not null
);
create table if not exists lad.crops (
  code text primary key,
  name_lv text not null,
  name_en text not null,
  crop_group text not null check (crop_group in ('ARABLE', 'GRASSLAND', 'PERMANENT_CROP', 'FALLOW'))
);
create table if not exists lad.declarations (
  -- The area payment application's reference: the same as the case's reference in the graph.
  reference text primary key,
  farm_registration_number text not null references lad.farms (registration_number),
  -- Personal code or registration number of who applied: decides who may read the declaration.
  applicant_code text not null,
  year integer not null check (year between 2000 and 2100),
  submitted_at timestamptz not null,
  constraint declarations_farm_year_key unique (farm_registration_number, year)
);
create table if not exists lad.declared_field_areas (
  declaration_reference text not null references lad.declarations (reference) on delete cascade,
  block_number text not null check (block_number ~ '^[0-9]{5}-[0-9]{5}$'),
  field_number integer not null check (field_number > 0),
  area_ha numeric(10, 2) not null check (area_ha > 0),
  crop_code text not null references lad.crops (code),
  eligible boolean not null default true,
  primary key (declaration_reference, block_number, field_number)
);
`;

export const migrateLadDb = (db: LadDb): Promise<void> => db.exec(MIGRATION);
