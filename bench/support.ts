import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadConfig } from '../common/config.ts';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { SubgraphName } from '../common/config.ts';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { prepareDatabases } from '../scripts/subgraph-modules.ts';

/** A child process of the bench, started from a TypeScript entry that prints `READY <json>` when it serves. */
export interface BenchProcess<T = Record<string, unknown>> {
  pid: number;
  info: T;
  /** CPU time (user + system) the process has used so far, in ms, from /proc. */
  cpuMs(): number;
  stop(): Promise<void>;
}

const CLOCK_TICKS_PER_SECOND = 100; // Linux USER_HZ

export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[11] = utime, fields[12] = stime (the 14th and 15th fields of the whole line)
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

export async function startProcess<T>(entry: string, env: Record<string, string>): Promise<BenchProcess<T>> {
  // BENCH_CPU_PROF=<dir>: each child writes a V8 CPU profile there when it exits (bench/profile-summary.ts reads them).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', join(process.env.BENCH_CPU_PROF, entry.replace(/\W+/g, '-'))] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', entry], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const info = await new Promise<T>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) resolve(JSON.parse(line.slice(6)));
    });
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code} before it was ready`)));
  });
  return {
    pid: child.pid!,
    info,
    cpuMs: () => cpuMsOf(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface LoadResult {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  /** Non-2xx responses and responses carrying GraphQL errors are failures. */
  failures: number;
  /** CPU ms per request of each measured process. */
  cpu: Record<string, number>;
}

export interface LoadOptions {
  url: string;
  query: string;
  /** Variables, or a function giving each request its own (so identical in-flight requests are not coalesced). */
  variables?: Record<string, unknown> | ((i: number) => Record<string, unknown>);
  headers?: Record<string, string>;
  connections?: number;
  seconds?: number;
  /** Processes whose CPU time is measured during the run. */
  processes?: Record<string, BenchProcess<unknown>>;
}

/** Sends one request first and fails loudly if it errors: a benchmark of error responses measures nothing. */
const variablesFor = (opts: LoadOptions, i: number) => (typeof opts.variables === 'function' ? opts.variables(i) : opts.variables);

async function checkOnce(opts: LoadOptions) {
  const res = await fetch(opts.url, { method: 'POST', headers: { 'content-type': 'application/json', ...opts.headers }, body: JSON.stringify({ query: opts.query, variables: variablesFor(opts, 0) }) });
  const body = (await res.json()) as { errors?: unknown[] };
  if (!res.ok || body.errors) throw new Error(`bench request failed (${res.status}): ${JSON.stringify(body).slice(0, 500)}`);
}

export async function measure(name: string, opts: LoadOptions): Promise<LoadResult> {
  await checkOnce(opts);
  const headers = { 'content-type': 'application/json', ...opts.headers };
  let i = 0;
  const requests = [{ method: 'POST' as const, headers, setupRequest: (req: object) => ({ ...req, body: JSON.stringify({ query: opts.query, variables: variablesFor(opts, i++) }) }) }];
  // Warm-up: JIT, connection pools, caches.
  await autocannon({ url: opts.url, requests, connections: opts.connections ?? 10, duration: 2 });
  const processes = Object.entries(opts.processes ?? {});
  const before = processes.map(([, p]) => p.cpuMs());
  let graphqlErrors = 0;
  const result = await autocannon({
    url: opts.url,
    requests,
    connections: opts.connections ?? 10,
    duration: opts.seconds ?? 8,
    setupClient: (client) => client.on('body', (b: Buffer) => void (b.includes('"errors"') && graphqlErrors++)),
  });
  const total = result.requests.total;
  const cpu = Object.fromEntries(processes.map(([label, p], j) => [label, (p.cpuMs() - before[j]) / Math.max(total, 1)]));
  return {
    name,
    requests: total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts + graphqlErrors,
    cpu,
  };
}

export function printResults(title: string, rows: LoadResult[]) {
  console.log(`\n## ${title}\n`);
  console.log('| scenario | requests | req/s | p50 ms | p90 ms | p99 ms | failures | CPU ms/request |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const cpu = Object.entries(r.cpu).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ');
    console.log(`| ${r.name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.failures} | ${cpu} |`);
  }
  const failed = rows.filter((r) => r.failures > 0);
  if (failed.length) console.log(`\n**Void rows**: ${failed.map((r) => `${r.name} (${r.failures} failures)`).join('; ')}. Their latency and CPU are partly of refusals, not answers; a ratio built on them measures nothing.`);
}

export const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);

export interface BenchDatabase {
  /** Environment for child processes that serve this database. */
  env: Record<string, string>;
  kind: 'postgres' | 'pglite';
  drop(): Promise<void>;
}

/**
 * A database for a bench run, migrated and filled with demo data plus whatever `fill` adds, then closed so a child
 * process can serve it: a fresh database on BENCH_DATABASE_URL's (or TEST_DATABASE_URL's) PostgreSQL server when
 * set, else an embedded PGlite directory in a temporary folder.
 */
export async function prepareBenchDatabase(fill?: (dbs: Map<SubgraphName, Db>) => Promise<void>): Promise<BenchDatabase> {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  if (server) {
    const name = `psg_bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    env = { DATABASE_URL: url.toString(), SEED_DEMO_DATA: 'true' };
    drop = async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'psg-bench-'));
    env = { PGLITE_DATA_DIR: join(dir, 'pglite'), SEED_DEMO_DATA: 'true' };
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  const config = loadConfig({ ...env, LOG_LEVEL: 'warn' });
  try {
    const databases = await prepareDatabases(config, createLogger('warn'));
    try {
      if (fill) await fill(new Map([...databases].map(([n, d]) => [n, d.db])));
    } finally {
      await Promise.all([...new Set(databases.values())].map((d) => d.close()));
    }
  } catch (err) {
    await drop(); // never leave a half-filled bench database behind
    throw err;
  }
  return { env: { ...env, SEED_DEMO_DATA: 'false' }, kind: server ? 'postgres' : 'pglite', drop };
}
