// A service's statistics and the yearly report at 10,000 cases and at BENCH_STATISTICS_CASES (1,000,000 unless set;
// the issue's figure is 10,000,000), each in its own PostgreSQL database filled with set-based SQL and summed into the
// monthly roll-ups by rebuildRollups. Both graphs run side by side and are measured in alternating rounds, so a
// swing of the shared machine's load falls on both sizes; the figure to read is the ratio large / small.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { DevIssuer } from '../gateway/dev-issuer.ts';
import { calendarOverrides } from '../subgraphs/cases/data/case-store.ts';
import { reportQuery } from '../subgraphs/cases/data/report-store.ts';
import { rebuildRollups } from '../subgraphs/cases/data/rollups.ts';
import { processingDaysQuery, regionAndClientKindQuery, statisticsQuery } from '../subgraphs/cases/data/statistics-store.ts';
import { addDays, isWorkingDay } from '../subgraphs/cases/domain/calendar.ts';
import { measure, prepareBenchDatabase, printResults, ratio, startProcess, type BenchDatabase, type BenchProcess, type LoadResult } from './support.ts';

const SMALL = 10_000;
const LARGE = Number(process.env.BENCH_STATISTICS_CASES ?? 1_000_000);
const TARGET = 1.3;
const ROUNDS = Number(process.env.BENCH_STATISTICS_ROUNDS ?? 3);
const SERVICE = 'PMLP-PASE';
const YEAR = 2025;

// `from` varies a little per request so that identical in-flight requests are not coalesced; all stay in 2025.
const STATISTICS = `query ServiceStatistics($from: DateTime) { service(code: "${SERVICE}") {
  caseStatistics(from: $from, to: "2026-01-01T00:00:00+02:00") { total eventOnly byStatus { status count } byChannel { channel count }
    byMonth { period count } byRegion { region count } byClientKind { clientKind count }
    medianProcessingDays p90ProcessingDays resolvedOnTimeShare averageRating ratingCount complaints } } }`;
const REPORT = `query YearlyReport($year: Int!) { caseReport(year: $year) { rows { institutionCode serviceCode channel cases completed resolved averageProcessingDays } } }`;
const statisticsFrom = (i: number) => ({ from: new Date(Date.UTC(YEAR, 0, 1 + (i % 20))).toISOString() });

/** Where clients were served in person: Latvia's 43 municipalities (7 state cities, 36 municipalities). */
const REGIONS = [
  'Rīga', 'Daugavpils', 'Jelgava', 'Jūrmala', 'Liepāja', 'Rēzekne', 'Ventspils', 'Aizkraukles novads', 'Alūksnes novads',
  'Augšdaugavas novads', 'Ādažu novads', 'Balvu novads', 'Bauskas novads', 'Cēsu novads', 'Dienvidkurzemes novads',
  'Dobeles novads', 'Gulbenes novads', 'Jelgavas novads', 'Jēkabpils novads', 'Krāslavas novads', 'Kuldīgas novads',
  'Ķekavas novads', 'Limbažu novads', 'Līvānu novads', 'Ludzas novads', 'Madonas novads', 'Mārupes novads',
  'Ogres novads', 'Olaines novads', 'Preiļu novads', 'Rēzeknes novads', 'Ropažu novads', 'Salaspils novads',
  'Saldus novads', 'Saulkrastu novads', 'Siguldas novads', 'Smiltenes novads', 'Talsu novads', 'Tukuma novads',
  'Valkas novads', 'Valmieras novads', 'Varakļānu novads', 'Ventspils novads',
];
/** Most applications come through e-services; a region is stated where the client was served in person. */
const CHANNELS = [...Array(6).fill('E_SERVICE'), 'IN_PERSON', 'IN_PERSON', 'CLIENT_SERVICE_CENTRE', 'PHONE', 'POST', 'EMAIL', 'E_ADDRESS', 'PROACTIVE'];
const STATUSES = [...Array(12).fill('COMPLETED'), 'IN_PROGRESS', 'IN_PROGRESS', 'REGISTERED', 'SUBMITTED', 'AWAITING_CLIENT', 'DECIDED', 'REJECTED', 'WITHDRAWN'];
const FIRST_DAY = '2023-12-31';
const LAST_DAY = '2027-12-31';

const array = (values: string[]) => sql.raw(`array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`);

/**
 * Working days after FIRST_DAY up to each day, by the cases calendar: the difference of two days' entries is the
 * working days between them, as the writes fix them when a case is first resolved (rebuildRollups computes the same).
 */
export function workingDayIndex(overrides: Map<string, boolean>): SQL {
  const idx: number[] = [];
  let n = 0;
  for (let d = FIRST_DAY; d <= LAST_DAY; d = addDays(d, 1)) {
    if (d !== FIRST_DAY && isWorkingDay(d, overrides)) n++;
    idx.push(n);
  }
  return sql.raw(`array[${idx.join(',')}]`);
}

/**
 * `count` cases, 2024-01-01 … 2026-10-27 (Latvian time), spread over the catalogue's services, channels, regions and
 * client kinds by independent hashes of the case number; 1 in 10 event-only; statuses spread like a working system's.
 */
export function fillSql(count: number, serviceCodes: string[], days: SQL) {
  const h = (seed: number, mod: number) => sql.raw(`(hashint8extended(n, ${seed}) & 2147483647) % ${mod}`);
  return sql`
    insert into cases.cases (institution_code, reference, service_code, client_id, client_kind, kind, application_channel, status,
      submitted_at, processing_time, processing_working_days, due_on, resolved_at, resolved_working_days, registered_at, region,
      rating, complaint_count, updated_at, version)
    select split_part(x.svc, '-', 1), 'STAT-' || n, x.svc, md5('bench-client-' || ${h(1, Math.max(count / 10, 1))})::uuid,
      case when ${h(2, 10)} = 0 then 'COMPANY' else 'PERSON' end, x.kind, x.channel, x.status,
      x.ts, 'P10D', true, x.day + 14, x.resolved,
      case when x.kind = 'APPLICATION' and x.resolved is not null
        then (${days})[(x.resolved at time zone 'Europe/Riga')::date - date '${sql.raw(FIRST_DAY)}' + 1] - (${days})[x.day - date '${sql.raw(FIRST_DAY)}' + 1] end,
      case when x.kind = 'APPLICATION' and x.status <> 'SUBMITTED' then x.ts + ${h(3, 30)} * interval '1 minute' end,
      case when x.channel in ('IN_PERSON', 'CLIENT_SERVICE_CENTRE') then (${array(REGIONS)})[1 + ${h(4, REGIONS.length)}] end,
      case when x.status = 'COMPLETED' and ${h(5, 3)} = 0 then 1 + ${h(6, 5)} end, (${h(7, 97)} = 0)::int, x.ts, 1
    from generate_series(1, ${count}) n,
      lateral (select *, (ts at time zone 'Europe/Riga')::date as day,
          case when status in ('DECIDED', 'COMPLETED', 'REJECTED') then ts + ${h(8, 40)} * interval '1 day' + ${h(9, 24)} * interval '1 hour' end as resolved
        from (select (${array(serviceCodes)})[1 + ${h(10, serviceCodes.length)}] as svc,
          timestamptz '2024-01-01 00:00+02' + ${h(11, 89_000_000)} * interval '1 second' as ts,
          case when ${h(12, 10)} = 0 then 'EVENT_ONLY' else 'APPLICATION' end as kind,
          (${array(CHANNELS)})[1 + ${h(13, CHANNELS.length)}] as channel,
          (${array(STATUSES)})[1 + ${h(14, STATUSES.length)}] as status) s) x`;
}

/** Seconds each step of a fill took, for the report. */
type Steps = Record<string, number | string>;

/** The database the fill writes to, on a connection of its own with memory for sorts and sums of millions of rows. */
async function fillConnection(cases: Db): Promise<{ db: Db; close(): Promise<void> }> {
  const name = ((await cases.execute(sql`select current_database() as name`)) as unknown as { rows: { name: string }[] }).rows[0].name;
  const url = new URL(process.env.BENCH_DATABASE_URL!);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1, options: '-c work_mem=256MB -c maintenance_work_mem=512MB' });
  return { db: drizzle({ client: pool }) as unknown as Db, close: () => pool.end() };
}

async function fill(dbs: Map<string, Db>, count: number, steps: Steps): Promise<void> {
  const step = async (name: string, work: () => Promise<unknown>) => {
    const started = Date.now();
    await work();
    steps[name] = (Date.now() - started) / 1000;
  };
  const rows = async <T>(q: Promise<unknown>) => ((await q) as { rows: T[] }).rows;
  // The catalogue's service codes (the bench may read every schema; subgraphs never do).
  const services = await rows<{ code: string }>(dbs.get('services')!.execute(sql`select code from catalogue.services order by code`));
  const { db, close } = await fillConnection(dbs.get('cases')!);
  try {
    const days = workingDayIndex(await calendarOverrides(db));
    // Secondary indexes and the unique reference are built once after the insert rather than row by row: the same
    // indexes in the end, in minutes instead of an hour at 10,000,000 cases. The primary key stays (events refer to it).
    const rebuild = [
      ...(await rows<{ ddl: string; drop: string }>(db.execute(sql`
        select format('alter table cases.cases add constraint %I %s', conname, pg_get_constraintdef(oid)) as ddl,
          format('alter table cases.cases drop constraint %I', conname) as "drop"
        from pg_constraint where conrelid = 'cases.cases'::regclass and contype = 'u'`))),
      ...(await rows<{ ddl: string; drop: string }>(db.execute(sql`
        select indexdef as ddl, format('drop index cases.%I', indexname) as "drop" from pg_indexes i
        where schemaname = 'cases' and tablename = 'cases'
          and not exists (select 1 from pg_constraint c where c.conindid = format('cases.%I', i.indexname)::regclass)`))),
    ];
    for (const r of rebuild) await db.execute(sql.raw(r.drop));
    await step('insert cases', () => db.execute(fillSql(count, services.map((r) => r.code), days)));
    await step('build indexes', async () => {
      for (const r of rebuild) await db.execute(sql.raw(r.ddl));
    });
    // Generated cases bypass the writes that keep the roll-ups: sum them once, as after any bulk load.
    await step('rebuildRollups', () => rebuildRollups(db));
    await step('vacuum analyze', async () => {
      for (const table of ['cases', 'monthly_rollups', 'monthly_channel_rollups', 'yearly_channel_rollups', 'breakdown_rollups', 'monthly_service_days']) await db.execute(sql.raw(`vacuum analyze cases.${table}`));
    });
    for (const table of ['monthly_rollups', 'monthly_channel_rollups', 'monthly_service_days']) {
      const [r] = await rows<Record<string, number>>(db.execute(sql`select count(*)::int as "all", (count(*) filter (where month like ${`${YEAR}-%`}))::int as "year",
        (count(*) filter (where service_code = ${SERVICE} and month like ${`${YEAR}-%`}))::int as "service" from ${sql.raw(`cases.${table}`)}`));
      steps[`${table} rows`] = `${r.all} (${YEAR}: ${r.year}; ${SERVICE} in ${YEAR}: ${r.service})`;
    }
    const [y] = await rows<{ n: number }>(db.execute(sql`select count(*)::int as n from cases.yearly_channel_rollups where year = ${String(YEAR)}`));
    steps['yearly_channel_rollups rows'] = `${YEAR}: ${y.n}`;
    const [b] = await rows<Record<string, number>>(db.execute(sql`select count(*)::int as "all", (count(*) filter (where service_code = ${SERVICE} and period = ${String(YEAR)}))::int as "service" from cases.breakdown_rollups`));
    steps['breakdown_rollups rows'] = `${b.all} (${SERVICE} in ${YEAR}: ${b.service})`;
  } finally {
    await close();
  }
}

/** The statements behind the two measured queries, as the cases subgraph sends them. */
function statements(): Record<string, { sql: string; params: unknown[] }> {
  const dialect = new PgDialect();
  const from = new Date(Date.UTC(YEAR, 0, 1));
  const to = new Date('2026-01-01T00:00:00+02:00');
  return {
    'caseStatistics: channel roll-ups': dialect.sqlToQuery(statisticsQuery([SERVICE], from, to)),
    'caseStatistics: regions and client kinds': dialect.sqlToQuery(regionAndClientKindQuery([SERVICE], from, to)),
    'caseStatistics: working days': dialect.sqlToQuery(processingDaysQuery([SERVICE], from, to)),
    [`caseReport(${YEAR})`]: dialect.sqlToQuery(reportQuery(YEAR, null)),
  };
}

interface Size {
  cases: number;
  database: BenchDatabase;
  graph: BenchProcess<{ url: string }>;
  steps: Steps;
  fillSeconds: number;
}

/** p50 of each statement's round trip over `times` runs, and its EXPLAIN (ANALYZE, BUFFERS) after them. */
async function timeStatements(url: string, times: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, { p50: number; plan: string }> = {};
    for (const [name, q] of Object.entries(statements())) {
      const ms: number[] = [];
      for (let i = 0; i < times; i++) {
        const started = process.hrtime.bigint();
        await client.query(q.sql, q.params);
        ms.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      ms.sort((a, b) => a - b);
      const plan = (await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.sql}`, q.params)).rows.map((r) => r['QUERY PLAN']).join('\n');
      out[name] = { p50: ms[Math.floor(ms.length / 2)], plan };
    }
    return out;
  } finally {
    await client.end();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!server) {
    console.log('Skipped: the statistics scenario needs PostgreSQL. Set BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL to a server,');
    console.log('e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_STATISTICS_CASES=10000000 npm run bench -- statistics');
    return;
  }
  process.env.BENCH_DATABASE_URL ??= server; // prepareBenchDatabase creates its databases on this server
  const devKeyFile = join(mkdtempSync(join(tmpdir(), 'psg-bench-statistics-')), 'dev-issuer.json');
  const issuer = await DevIssuer.load(devKeyFile, 'public-service-graph', 'http://127.0.0.1:4010');
  const operatorToken = await issuer.issue({ operator: 'bench' });

  const sizes: Size[] = [];
  try {
    for (const cases of [SMALL, LARGE]) {
      const steps: Steps = {};
      const started = Date.now();
      const database = await prepareBenchDatabase((dbs) => fill(dbs, cases, steps));
      const fillSeconds = (Date.now() - started) / 1000;
      console.log(`Filled ${cases.toLocaleString('en')} cases in ${fillSeconds.toFixed(0)} s (${Object.entries(steps).map(([k, v]) => `${k} ${typeof v === 'number' ? `${v.toFixed(1)} s` : v}`).join(', ')})`);
      const ports = { PORT: '0', SERVICES_PORT: '0', LIFE_SITUATIONS_PORT: '0', CLIENTS_PORT: '0', CASES_PORT: '0', PLATFORM_PORT: '0' };
      // Without the rate limits: at a few ms a request one connection spends an anonymous caller's minute in seconds,
      // and the refusals (answered in no time) would be measured as the statistics' latency.
      const limits = { RATE_LIMITS: 'anonymous=1000000000,operator=1000000000' };
      const graph = await startProcess<{ url: string }>('bench/processes/graph.ts', { ...database.env, ...ports, ...limits, DEV_ISSUER_KEY_FILE: devKeyFile, DEV_OIDC_PORT: '0', DEV_OIDC_ISSUER: 'http://127.0.0.1:4010' })
        .catch(async (err) => {
          await database.drop();
          throw err;
        });
      sizes.push({ cases, database, graph, steps, fillSeconds });
    }
    await measureAndPrint(sizes, operatorToken);
  } finally {
    for (const s of sizes) {
      await s.graph.stop();
      await s.database.drop();
    }
  }
}

async function measureAndPrint(sizes: Size[], operatorToken: string) {
  const label = (s: Size) => `${s.cases.toLocaleString('en')} cases`;
  const rows: LoadResult[] = [];
  const sqlRounds: Record<string, Record<string, number[]>> = {};
  let plans: Record<string, Record<string, string>> = {};
  // One connection: the latency of one request at a time, not the machine's throughput.
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of sizes) {
      const { url } = s.graph.info;
      rows.push(await measure(`Service.caseStatistics, ${label(s)}`, { url, query: STATISTICS, variables: statisticsFrom, processes: { graph: s.graph }, connections: 1, seconds: 5 }));
      rows.push(await measure(`caseReport(year: ${YEAR}), ${label(s)}`, { url, query: REPORT, variables: { year: YEAR }, headers: { authorization: `Bearer ${operatorToken}` }, processes: { graph: s.graph }, connections: 1, seconds: 5 }));
      const timed = await timeStatements(s.database.env.DATABASE_URL, 100);
      for (const [name, t] of Object.entries(timed)) ((sqlRounds[label(s)] ??= {})[name] ??= []).push(t.p50);
      plans = { ...plans, [label(s)]: Object.fromEntries(Object.entries(timed).map(([k, t]) => [k, t.plan])) };
    }
  }
  printResults(`Statistics on PostgreSQL (whole graph in one process per size; 1 connection, 5 s a run, ${ROUNDS} alternating rounds)`, rows);
  const [small, large] = sizes;
  console.log(`\nFill (migrate, seed, insert, rebuildRollups, vacuum analyze): ${sizes.map((s) => `${label(s)} ${s.fillSeconds.toFixed(0)} s`).join(', ')}.`);
  const p50s = (name: string, s: Size) => rows.filter((r) => r.name === `${name}, ${label(s)}`).map((r) => r.p50);
  console.log(`\n| ${label(large)} / ${label(small)} | p50 ms (median of rounds) | ratio | ≤ ${TARGET}× |`);
  console.log('|---|---:|---:|---|');
  for (const name of ['Service.caseStatistics', `caseReport(year: ${YEAR})`]) {
    const [a, b] = [median(p50s(name, small)), median(p50s(name, large))];
    console.log(`| ${name} (HTTP through the gateway) | ${a} → ${b} | ${ratio(b, a)} | ${b / a <= TARGET ? 'met' : 'NOT met'} |`);
  }
  for (const name of Object.keys(sqlRounds[label(small)])) {
    const [a, b] = [median(sqlRounds[label(small)][name]), median(sqlRounds[label(large)][name])];
    console.log(`| ${name} (SQL round trip, p50 of 100) | ${a.toFixed(2)} → ${b.toFixed(2)} | ${ratio(b, a)} | ${b / a <= TARGET ? 'met' : 'NOT met'} |`);
  }
  const file = join(tmpdir(), `psg-bench-statistics-plans-${Date.now()}.md`);
  writeFileSync(file, Object.entries(plans).map(([size, byStatement]) =>
    `## ${size}\n\n${Object.entries(byStatement).map(([name, plan]) => `### ${name}\n\n\`\`\`\n${plan}\n\`\`\``).join('\n\n')}`).join('\n\n'));
  for (const [name, plan] of Object.entries(plans[label(large)])) console.log(`\n### ${name}, ${label(large)}\n\n\`\`\`\n${plan}\n\`\`\``);
  console.log(`\nAll plans (both sizes): ${file}`);
}
