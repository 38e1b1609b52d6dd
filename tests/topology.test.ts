import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import { devOidcIssuer, loadConfig } from '../common/config.ts';
import { DevIssuer } from '../gateway/dev-issuer.ts';
import { freePort } from './support/free-port.ts';
import { readCompose, startProcess, stopAll, type Started } from './support/topology.ts';

// compose.yaml's topology as local processes: the same commands with the same environment, compose's host names
// mapped to loopback ports, PostgreSQL a fresh database on TEST_DATABASE_URL's server, and HAProxy with
// deploy/haproxy.cfg in front of two gateways and two cases subgraphs. Then replicas are killed under writes.
// Heavy (ten processes), so it runs in CI's PostgreSQL pass only.
const base = process.env.TEST_DATABASE_URL;
const hasHaproxy = (() => {
  try {
    execFileSync('haproxy', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const dbName = `psg_topology_${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'psg-topology-'));
const started: Started[] = [];
let gateways: Started[] = [];
let casesReplicas: Started[] = [];
let lbUrl = '';
let issuer: DevIssuer;

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(sql);
  await c.end();
}

beforeAll(async () => {
  if (!base || !hasHaproxy) return;
  await admin(`create database ${dbName}`);
  const databaseUrl = Object.assign(new URL(base), { pathname: `/${dbName}` }).toString();
  const signingKey = JSON.stringify({ ...(await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey)), kid: 'topology' });
  const services = readCompose('compose.yaml', { GATEWAY_SIGNING_KEY: signingKey });
  const app = services.filter((s) => s.image === 'public-service-graph' && s.command);

  // Compose's network, mapped: every replica gets a port; "lb" is HAProxy's two frontends.
  const lb = { gateway: await freePort(), cases: await freePort() };
  const ports = new Map<string, number[]>();
  for (const s of app) ports.set(s.name, await Promise.all(Array.from({ length: s.replicas }, freePort)));
  const hostPort = (host: string, port: string) => {
    if (host === 'lb') return `127.0.0.1:${port === '4004' ? lb.cases : lb.gateway}`;
    if (ports.has(host)) return `127.0.0.1:${ports.get(host)![0]}`;
    return `${host}:${port}`;
  };
  const mapValue = (key: string, value: string) => {
    if (key === 'DATABASE_URL') return databaseUrl;
    if (key === 'REDIS_URL') return process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
    if (key === 'NATS_URL') return 'nats://127.0.0.1:4222';
    if (key === 'HOST') return '127.0.0.1';
    if (key === 'METRICS_PORT') return '0';
    if (key === 'DEV_ISSUER_KEY_FILE') return join(dir, 'dev-issuer.json');
    return value.replace(/http:\/\/([\w-]+):(\d+)/g, (_, host: string, port: string) => `http://${hostPort(host, port)}`);
  };
  const PORT_VARS = /^(PORT|[A-Z_]+_PORT)$/;
  const envFor = (name: string, replica: number) => {
    const s = app.find((a) => a.name === name)!;
    const env = Object.fromEntries(Object.entries(s.environment).map(([k, v]) => [k, mapValue(k, v)]));
    for (const k of Object.keys(env)) if (PORT_VARS.test(k) && k !== 'METRICS_PORT') env[k] = String(ports.get(name)![replica]);
    return { ...env, LOG_LEVEL: 'warn' };
  };
  // Both gateway replicas must trust the same development issuer: make its key before they start.
  // Tokens are minted under the development provider's issuer as a gateway on 127.0.0.1 derives it.
  issuer = await DevIssuer.load(join(dir, 'dev-issuer.json'), 'public-service-graph', devOidcIssuer(loadConfig({ HOST: '127.0.0.1' })));

  const migrate = app.find((s) => s.name === 'migrate')!;
  const migration = startProcess(migrate.command!, envFor('migrate', 0), /Migrations applied/);
  started.push(migration);
  await migration.ready;
  expect(await migration.exited).toBe(0);

  const start = (name: string, replica: number, ready: RegExp) => {
    const p = startProcess(app.find((s) => s.name === name)!.command!, envFor(name, replica), ready);
    started.push(p);
    return p;
  };
  const subgraphs = app.filter((s) => s.name !== 'migrate' && s.name !== 'gateway').flatMap((s) => Array.from({ length: s.replicas }, (_, i) => start(s.name, i, /Subgraph \S+ on/)));
  casesReplicas = subgraphs.filter((_, i) => subgraphs[i].child.spawnargs.at(-1) === 'cases');
  await Promise.all(subgraphs.map((s) => s.ready));
  const gatewayCompose = app.find((s) => s.name === 'gateway')!;
  gateways = Array.from({ length: gatewayCompose.replicas }, (_, i) => start('gateway', i, /Gateway on/));
  await Promise.all(gateways.map((g) => g.ready));

  // HAProxy with the compose file's configuration; docker's DNS templates become the local replicas.
  const server = (name: string, list: number[]) => list.map((p, i) => `  server ${name}${i + 1} 127.0.0.1:${p} check`).join('\n');
  const cfg = readFileSync('deploy/haproxy.cfg', 'utf8')
    .replace(/^resolvers docker\n(  .*\n)+/m, '')
    .replace('bind :4000', `bind 127.0.0.1:${lb.gateway}`)
    .replace('bind :4004', `bind 127.0.0.1:${lb.cases}`)
    .replace(/^ {2}server-template gateway .*$/m, server('gateway', ports.get('gateway')!))
    .replace(/^ {2}server-template cases .*$/m, server('cases', ports.get('cases')!));
  writeFileSync(join(dir, 'haproxy.cfg'), cfg);
  const haproxy = startProcess(['haproxy', '-db', '-f', join(dir, 'haproxy.cfg')], {}, /$^/);
  started.push(haproxy);
  lbUrl = `http://127.0.0.1:${lb.gateway}/graphql`;
  // Ready when both backends have a healthy server: the graph answers through it.
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(lbUrl.replace('/graphql', '/readyz')).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
}, 420_000);

afterAll(async () => {
  await stopAll(started);
  if (base) await admin(`drop database if exists ${dbName} with (force)`).catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

async function gql(query: string, token?: string) {
  const res = await fetch(lbUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

const register = (n: number) => `mutation { registerCase(input: { idempotencyKey: "topology-${n}", reference: "PMLP-TOPO/${n}", serviceCode: "PMLP-PASE",
  client: { personalCode: "${DEMO_PEOPLE.janis.personalCode}" }, applicationChannel: E_SERVICE,
  submittedAt: "2021-02-03T10:${String(n % 60).padStart(2, '0')}:00Z" }) { case { id reference } errors { code message } } }`;

it.skipIf(!base || !hasHaproxy)('serves the graph through the load balancer, and loses nothing when a gateway and a cases replica die', { timeout: 240_000 }, async () => {
  // End to end through HAProxy: the public catalogue, a person's cases (clients and cases subgraphs), a write.
  const catalogue = await gql('{ service(code: "RIGA-DZIMSANA") { name holder { code } } }');
  expect(catalogue.body.errors).toBeUndefined();
  expect(catalogue.body.data.service.holder.code).toBe('RIGA');
  const person = await issuer.issue({ person: DEMO_PEOPLE.janis.personalCode, name: DEMO_PEOPLE.janis.name });
  const mine = await gql('{ me { displayName cases(first: 5) { totalCount } } }', person);
  expect(mine.body.errors).toBeUndefined();
  expect(mine.body.data.me.cases.totalCount).toBeGreaterThan(0);

  const institution = await issuer.issue({ institution: 'PMLP' });
  // Four writers at once, so requests are in flight on the replicas when they die.
  const TOTAL = 40;
  const WRITERS = 4;
  const results: { n: number; status: number; errors?: unknown; errorsInPayload?: unknown[] }[] = [];
  let killed = false;
  const writer = async (w: number) => {
    for (let n = w; n < TOTAL; n += WRITERS) {
      if (!killed && results.length >= 12) {
        killed = true;
        // A crash, not a drain: no time to finish what they were doing.
        gateways[0].child.kill('SIGKILL');
        casesReplicas[0].child.kill('SIGKILL');
      }
      const res = await gql(register(n), institution);
      results.push({ n, status: res.status, errors: res.body.errors, errorsInPayload: res.body.data?.registerCase?.errors });
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  expect(killed).toBe(true);
  expect(await gateways[0].exited).toBe(null);
  // Every write answered without an error, through the replicas left.
  expect(results.filter((r) => r.status !== 200 || r.errors || (r.errorsInPayload?.length ?? 0) > 0)).toEqual([]);

  // And each is stored exactly once.
  const read = await gql(`{ institutionCases(first: 100, purpose: "topology test", filter: { submittedFrom: "2021-02-03T00:00:00Z", submittedTo: "2021-02-04T00:00:00Z" }) { totalCount nodes { reference } } }`, institution);
  expect(read.body.errors).toBeUndefined();
  expect(read.body.data.institutionCases.totalCount).toBe(TOTAL);
  expect(new Set(read.body.data.institutionCases.nodes.map((c: { reference: string }) => c.reference)).size).toBe(TOTAL);
});
