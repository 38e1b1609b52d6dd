// Cases at national scale: a person's `me.cases` with 10,000 cases for 1,000 clients, then with 1,000,000 cases for
// 100,000 clients, each in its own PostgreSQL database filled with generate_series; the ratio of the two is the figure
// to read, next to the EXPLAIN plans of the SQL behind it. A service's statistics and the yearly report are
// bench/statistics.ts's.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { loadConfig } from '../common/config.ts';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { clientIdFor } from '@public-service-graph/subgraph-kit/identity';
import { withCheckDigit } from '@public-service-graph/subgraph-kit/personal-code';
import { DevIssuer } from '../gateway/dev-issuer.ts';
import { caseCountQuery, casePageQuery } from '../subgraphs/cases/data/case-store.ts';
import { measure, prepareBenchDatabase, printResults, ratio, startProcess, type BenchDatabase, type BenchProcess, type LoadResult } from './support.ts';

const SIZES = [
  { cases: 10_000, clients: 1_000 },
  { cases: 1_000_000, clients: 100_000 },
];

// Each request varies a little (page size) so that identical in-flight requests are not coalesced.
const ME_CASES = `query MyCases($n: Int) { me { cases(first: $n) { totalCount
  nodes { reference status dueDate overdue submittedAt service { code } timeline(first: 5) { nodes { type at } } } } } }`;

// One person's token sends the whole load: without lifted limits the run spends that person's minute in a second and
// times the refusals (answered at once) instead of the reads.
const LIFTED_LIMITS = { RATE_LIMITS: 'token=1000000000' };
const ROUNDS = Number(process.env.BENCH_CASES_ROUNDS ?? 3);
/** Issue 17: me.cases stays within 1.3× of its 10,000-case latency at 1,000,000. */
const TARGET = 1.3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The person measured: ~cases/clients cases, like everyone else in the data. */
const MEASURED_PERSON = withCheckDigit('150390-1234');

/** 2024-01-01 … 2026-10-27 in Latvian time; 1 in 10 cases event-only; statuses spread like a working system's. */
function fillSql(size: { cases: number; clients: number }, measuredClientId: string, serviceCodes: string[]) {
  const statuses = [...Array(12).fill('COMPLETED'), 'IN_PROGRESS', 'IN_PROGRESS', 'REGISTERED', 'SUBMITTED', 'AWAITING_CLIENT', 'DECIDED', 'REJECTED', 'WITHDRAWN'];
  const channels = ['E_SERVICE', 'E_SERVICE', 'E_SERVICE', 'IN_PERSON', 'CLIENT_SERVICE_CENTRE', 'PHONE', 'POST', 'E_ADDRESS'];
  const array = (values: string[]) => sql.raw(`array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`);
  return sql`
    insert into cases.cases (institution_code, reference, service_code, client_id, client_kind, kind, application_channel, status,
      submitted_at, processing_time, processing_working_days, due_on, resolved_at, rating, complaint_count, updated_at, version)
    select split_part(x.svc, '-', 1), 'BENCH-' || n, x.svc,
      case when n % ${size.clients} = 0 then ${measuredClientId}::uuid else md5('bench-client-' || (n % ${size.clients}))::uuid end,
      'PERSON', case when n % 10 = 0 then 'EVENT_ONLY' else 'APPLICATION' end, (${array(channels)})[1 + n % 8], x.st,
      x.ts, 'P10D', true, (x.ts at time zone 'Europe/Riga')::date + 14,
      case when x.st in ('DECIDED', 'COMPLETED', 'REJECTED') then x.ts + ((n * 31) % 40) * interval '1 day' + (n % 24) * interval '1 hour' end,
      case when x.st = 'COMPLETED' and n % 3 = 0 then 1 + (n / 3) % 5 end, (n % 97 = 0)::int, x.ts, 1
    from generate_series(1, ${size.cases}) n,
      lateral (select (${array(serviceCodes)})[1 + (n * 7) % ${serviceCodes.length}] as svc,
        timestamptz '2024-01-01 00:00+02' + ((n::bigint * 2654435761) % 89000000) * interval '1 second' as ts,
        case when n % 10 = 0 then 'COMPLETED' else (${array(statuses)})[1 + (n / 10) % 20] end as st) x`;
}

async function fill(dbs: Map<string, Db>, size: { cases: number; clients: number }, measuredClientId: string): Promise<void> {
  const db = dbs.get('cases')!;
  // The catalogue's service codes (the bench may read every schema; subgraphs never do).
  const services = (await dbs.get('services')!.execute(sql`select code from catalogue.services order by code`)) as unknown as { rows: { code: string }[] };
  await db.execute(fillSql(size, measuredClientId, services.rows.map((r) => r.code)));
  await db.execute(sql`
    insert into cases.case_events (case_id, type, at, actor_kind, actor, status)
    select id, case when kind = 'EVENT_ONLY' then 'DELIVERY' else 'STATUS_CHANGE' end, submitted_at, 'INSTITUTION', institution_code,
      case when kind = 'EVENT_ONLY' then 'COMPLETED' else 'SUBMITTED' end
    from cases.cases where reference like 'BENCH-%'`);
  await db.execute(sql`vacuum analyze cases.cases`);
  await db.execute(sql`vacuum analyze cases.case_events`);
}

/** EXPLAIN (ANALYZE, BUFFERS) of the statements behind the measured queries, on the bench database. */
async function plans(url: string, measuredClientId: string): Promise<Record<string, string>> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const db = drizzle({ client: pool }) as unknown as Db;
  const statements: Record<string, { sql: string; params: unknown[] }> = {
    'me.cases page': casePageQuery(db, { clientId: measuredClientId }, null, 21).toSQL(),
    'me.cases totalCount': caseCountQuery(db, { clientId: measuredClientId }).toSQL(),
  };
  const out: Record<string, string> = {};
  try {
    for (const [name, q] of Object.entries(statements)) {
      const res = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.sql}`, q.params);
      out[name] = res.rows.map((r) => r['QUERY PLAN']).join('\n');
    }
  } finally {
    await pool.end();
  }
  return out;
}

export async function run() {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!server) {
    console.log('Skipped: the cases scenario needs PostgreSQL (1,000,000 cases are no PGlite workload). Set BENCH_DATABASE_URL,');
    console.log('TEST_DATABASE_URL or DATABASE_URL to a server, e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench -- cases');
    return;
  }
  process.env.BENCH_DATABASE_URL ??= server; // prepareBenchDatabase creates its databases on this server
  const devKeyFile = join(mkdtempSync(join(tmpdir(), 'psg-bench-cases-')), 'dev-issuer.json');
  const issuer = await DevIssuer.load(devKeyFile, 'public-service-graph', 'http://127.0.0.1:4010');
  const personToken = await issuer.issue({ person: MEASURED_PERSON });
  const measuredClientId = clientIdFor(loadConfig().CLIENT_ID_SECRET, 'person', MEASURED_PERSON);

  const explained: Record<string, Record<string, string>> = {};
  const fillSeconds: Record<string, number> = {};
  const labels = SIZES.map((s) => `${s.cases.toLocaleString('en')} cases`);
  const graphs: { label: string; database: BenchDatabase; graph: BenchProcess<{ url: string }> }[] = [];
  const rows: LoadResult[] = [];
  try {
    for (const [i, size] of SIZES.entries()) {
      const started = Date.now();
      const database = await prepareBenchDatabase((dbs) => fill(dbs, size, measuredClientId));
      fillSeconds[labels[i]] = (Date.now() - started) / 1000;
      const ports = { PORT: '0', SERVICES_PORT: '0', LIFE_SITUATIONS_PORT: '0', CLIENTS_PORT: '0', CASES_PORT: '0', PLATFORM_PORT: '0' };
      const graph = await startProcess<{ url: string }>('bench/processes/graph.ts', { ...database.env, ...ports, ...LIFTED_LIMITS, DEV_ISSUER_KEY_FILE: devKeyFile, DEV_OIDC_PORT: '0', DEV_OIDC_ISSUER: 'http://127.0.0.1:4010' })
        .catch(async (err) => {
          await database.drop();
          throw err;
        });
      graphs.push({ label: labels[i], database, graph });
    }
    // Both sizes run side by side, measured in alternating rounds, so a swing of the machine's load falls on both.
    for (let round = 0; round < ROUNDS; round++) {
      for (const { label, graph } of graphs)
        rows.push(await measure(`me.cases, ${label}`, { url: graph.info.url, query: ME_CASES, variables: (i) => ({ n: 5 + (i % 10) }), headers: { authorization: `Bearer ${personToken}` }, processes: { graph }, seconds: 6 }));
    }
    for (const { label, database } of graphs) explained[label] = await plans(database.env.DATABASE_URL, measuredClientId);
  } finally {
    for (const { graph, database } of graphs) {
      await graph.stop();
      await database.drop();
    }
  }

  printResults(`Cases on PostgreSQL (whole graph in one process per size; me.cases, 10 connections, 6 s a run, ${ROUNDS} alternating rounds)`, rows);
  console.log(`\nData generated with generate_series (migrate, seed, fill, vacuum analyze): ${Object.entries(fillSeconds).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}.`);
  const [small, large] = labels;
  const medianOf = (label: string, figure: (r: LoadResult) => number) => median(rows.filter((r) => r.name === `me.cases, ${label}`).map(figure));
  console.log(`\n| ${large} / ${small} (median of rounds) | p50 latency | p99 latency | graph CPU ms/request | ≤ ${TARGET}× (p50) |`);
  console.log('|---|---:|---:|---:|---|');
  const [p50, p99, cpu] = [(r: LoadResult) => r.p50, (r: LoadResult) => r.p99, (r: LoadResult) => r.cpu.graph].map((f) => [medianOf(small, f), medianOf(large, f)]);
  console.log(`| me.cases | ${ratio(p50[1], p50[0])} (${p50[0]} → ${p50[1]} ms) | ${ratio(p99[1], p99[0])} | ${ratio(cpu[1], cpu[0])} (${cpu[0].toFixed(2)} → ${cpu[1].toFixed(2)}) | ${p50[1] / p50[0] <= TARGET ? 'met' : 'NOT met'} |`);
  // The database's own time, from EXPLAIN ANALYZE: steadier than end-to-end latency on shared cores.
  const executionMs = (plan: string) => Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
  console.log(`\n| SQL execution time (EXPLAIN ANALYZE) | ${small} | ${large} | ratio |`);
  console.log('|---|---:|---:|---:|');
  for (const statement of Object.keys(explained[small])) {
    const [a, b] = [executionMs(explained[small][statement]), executionMs(explained[large][statement])];
    console.log(`| ${statement} | ${a.toFixed(2)} ms | ${b.toFixed(2)} ms | ${ratio(b, a)} |`);
  }
  for (const [label, byStatement] of Object.entries(explained)) {
    console.log(`\n## Plans, ${label}`);
    for (const [statement, plan] of Object.entries(byStatement)) console.log(`\n### ${statement}\n\n\`\`\`\n${plan}\n\`\`\``);
  }
}
