import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../common/config.ts';
import { DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import { createLogger, type Logger } from '@public-service-graph/subgraph-kit/logger';
import type { DevSubject } from '../../gateway/dev-issuer.ts';
import { startPlatform, type Platform } from '../../scripts/platform.ts';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestGraph {
  platform: Platform;
  config: Config;
  url: string;
  /** POSTs an operation to the gateway over HTTP. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, opts?: { token?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  token(subject: DevSubject, ttlSeconds?: number): Promise<string>;
  /** SQL statements sent so far by all subgraphs (they share one database in tests). */
  statementCount(): number;
  /** The text of the statements sent since statementCount() was `count`. */
  statementsSince(count: number): string[];
  /**
   * How many statements a request sent since statementCount() was `count`, leaving out the graph's background work
   * (outbox relays, the event schedulers and consumers, the webhook dispatcher), which runs on the same connection.
   */
  requestStatementsSince(count: number): number;
  stop(): Promise<void>;
}

/** What the run's global setup made once (tests/support/global-setup.ts); nothing outside vitest (the benches). */
const provided = <K extends 'postgresTemplate' | 'pgliteTemplate'>(key: K) => (process.env.VITEST ? inject(key) : undefined);

/** A fresh PostgreSQL database on TEST_DATABASE_URL's server, migrated (a copy of the run's template), dropped by the returned function. */
async function freshPostgresDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `psg_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  const template = provided('postgresTemplate');
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * Starts the whole graph for one test file: a fresh database (PGlite in memory, or a new PostgreSQL
 * database when TEST_DATABASE_URL is set), demo data, free ports, a throw-away development OpenID provider (whose
 * key mints `token(…)`).
 */
/** Statements of the graph's background work: the outboxes and what the event consumers and schedulers keep. */
const BACKGROUND = /"outbox"|received_events|"notifications"|webhook_|overdue_event_at|expired_event_at/;

export async function startTestGraph(env: Record<string, string> = {}, opts: { log?: Logger } = {}): Promise<TestGraph> {
  const postgres = process.env.TEST_DATABASE_URL ? await freshPostgresDatabase(process.env.TEST_DATABASE_URL) : null;
  const keyDir = mkdtempSync(join(tmpdir(), 'psg-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    SERVICES_PORT: '0',
    LIFE_SITUATIONS_PORT: '0',
    CLIENTS_PORT: '0',
    CASES_PORT: '0',
    PLATFORM_PORT: '0',
    LOG_LEVEL: 'silent',
    PGLITE_DATA_DIR: 'memory://',
    PGLITE_TEMPLATE: provided('pgliteTemplate'),
    DEV_ISSUER_KEY_FILE: join(keyDir, 'dev-issuer.json'),
    DEV_OIDC_PORT: '0',
    SEED_DEMO_DATA: 'true',
    // Every test request comes from 127.0.0.1: per-IP and per-caller budgets would throttle functional tests.
    // Tests of rate limiting pass their own RATE_LIMITS.
    RATE_LIMITS: 'anonymous=100000000,token=100000000,operator=100000000,authFailures=100000000',
    // The gateway's background statements (polling the schema registry, writing usage) would blur the tests that
    // count a request's SQL statements; the tests of those pass their own intervals.
    SUPERGRAPH_POLL_MS: '3600000',
    USAGE_FLUSH_MS: '3600000',
    // Likewise the outbox relays' polls: tests of events drain them (platform.events.drain()).
    EVENTS_RELAY_INTERVAL_MS: '3600000',
    // And the scheduler: on a loaded machine its minute came in the middle of a test that counts outbox rows (the
    // demo cases' overdue events); tests run it with platform.events.schedule().
    EVENTS_SCHEDULE_INTERVAL_MS: '3600000',
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    ...env,
  });
  const platform = await startPlatform(config, opts.log ?? createLogger(config.LOG_LEVEL));
  const url = platform.gateway.url;
  const database = [...platform.databases.values()][0];
  return {
    platform,
    config,
    url,
    async gql(query, variables, opts = {}) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any[] };
      return { status: res.status, headers: res.headers, data: body.data ?? undefined, errors: body.errors };
    },
    token: (subject, ttl) => platform.devIssuer!.issue(subject, ttl),
    statementCount: () => database.statementCount,
    statementsSince: (count) => database.statementsSince(count),
    requestStatementsSince: (count) => database.statementsSince(count).filter((text) => !BACKGROUND.test(text)).length,
    async stop() {
      await platform.close();
      await postgres?.drop();
    },
  };
}

export { DEMO_PEOPLE };

/** The codes of a response's errors, for terse assertions. */
export const errorCodes = (res: GraphQLResponse) => (res.errors ?? []).map((e) => e.extensions?.code);
