// npm run bench -- events: BENCH_EVENTS case events (default 100,000) written to the cases outbox, relayed to the bus
// and fanned out to 20 webhook subscriptions, one of whose endpoints is dead. Reports events/s through the bus, the
// delivery latency (bus → receiver) p50/p99 of the healthy endpoints, lost deliveries (must be 0), the dead-letter
// count (must equal the events), and the RSS over the run. On the embedded bus, and on JetStream when
// BENCH_NATS_URL (or TEST_NATS_URL) is set. PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL) is strongly advised:
// 20 deliveries per event are a heavy load for the embedded database.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { loadConfig } from '../common/config.ts';
import { EmbeddedBus, JetStreamBus, jetStreamOptions, type EventBus } from '../common/events/bus.ts';
import { appendEvents, eventType, sourceOf } from '@public-service-graph/subgraph-kit/events/outbox';
import { OutboxRelay } from '../common/events/relay.ts';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { prepareDatabases } from '../scripts/subgraph-modules.ts';
import { outbox } from '../subgraphs/cases/db/tables.ts';
import { webhookDeliveries, webhookSubscriptions } from '../subgraphs/platform/db/tables.ts';
import { newSecret } from '../subgraphs/platform/domain/webhooks.ts';
import { dispatcherFor, runDispatcher } from '../scripts/webhooks.ts';
import { prepareBenchDatabase } from './support.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const SUBSCRIBERS = 20;
const TYPE = eventType('case', 'status-changed');
const log = createLogger('warn');

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** A receiver on loopback: records the first arrival time of each webhook-id; `dead` answers 500 to everything. */
async function receiver(dead: boolean) {
  const seen = new Map<string, number>();
  let posts = 0;
  const server = http.createServer((req, res) => {
    if (req.method === 'OPTIONS') return res.writeHead(200, { 'webhook-allowed-origin': '*' }).end();
    req.resume();
    req.on('end', () => {
      posts++;
      if (dead) return res.writeHead(500).end();
      const id = String(req.headers['webhook-id']);
      if (!seen.has(id)) seen.set(id, performance.now());
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, seen, posts: () => posts, close: () => new Promise((r) => server.close(r)) };
}

async function scenario(busKind: 'embedded' | 'jetstream', natsUrl?: string) {
  const database = await prepareBenchDatabase();
  const run = randomUUID().slice(0, 8);
  const config = loadConfig({
    ...database.env, LOG_LEVEL: 'warn', WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32', WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_BACKOFF_BASE_MS: '100',
    WEBHOOK_BACKOFF_MAX_MS: '400', WEBHOOK_POLL_MS: '50', WEBHOOK_TIMEOUT_MS: '5000', WEBHOOK_ENDPOINT_CONCURRENCY: '8', WEBHOOK_CONCURRENCY: '200',
    WEBHOOK_CONSUMER: `bench_${run}`, ...(natsUrl ? { NATS_URL: natsUrl, NATS_STREAM: `PSG_BENCH_${run}`, NATS_SUBJECT_PREFIX: `psg.bench.${run}` } : {}),
  });
  const databases = await prepareDatabases(config, log, ['cases', 'platform']);
  const casesDb = databases.get('cases')!.db;
  const platformDb = databases.get('platform')!.db;
  const receivers = await Promise.all(Array.from({ length: SUBSCRIBERS }, (_, i) => receiver(i === SUBSCRIBERS - 1)));
  const subs = await platformDb.insert(webhookSubscriptions)
    .values(receivers.map((r, i) => ({ url: r.url, types: [TYPE], ownerKind: 'INSTITUTION' as const, ownerCode: 'PMLP', secret: newSecret(), createdBy: `bench-${i}` })))
    .returning({ id: webhookSubscriptions.id });
  const deadSub = subs[SUBSCRIBERS - 1].id;

  // The events, written as the cases subgraph writes them (appendEvents in a transaction), 500 per transaction.
  let written = 0;
  while (written < EVENTS) {
    const n = Math.min(500, EVENTS - written);
    await casesDb.transaction((tx) => appendEvents(tx, outbox, sourceOf('cases'), Array.from({ length: n }, (_, i) => {
      const caseId = randomUUID();
      return { type: TYPE, subject: caseId, time: new Date(), data: { caseId, institutionCode: 'PMLP', serviceCode: 'PMLP-PASE', version: 2, from: 'SUBMITTED', to: 'REGISTERED', n: written + i }, institutionCode: 'PMLP', clientId: null };
    })));
    written += n;
  }

  const bus: EventBus = busKind === 'jetstream' ? await JetStreamBus.connect(jetStreamOptions(config, natsUrl!)) : new EmbeddedBus();
  const published = new Map<string, number>();
  const timed = {
    publish: async (e: Parameters<EventBus['publish']>[0], a: Parameters<EventBus['publish']>[1]) => { published.set(e.id, performance.now()); await bus.publish(e, a); },
    ...(bus instanceof EmbeddedBus ? { settled: (ids: readonly string[]) => bus.settled(ids) } : {}),
  };
  const dispatcher = await runDispatcher(dispatcherFor(config, platformDb, null, log), bus, config, log);
  const relay = new OutboxRelay(casesDb, outbox, timed, { intervalMs: 3_600_000, batchSize: 500, log });

  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 1000);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await relay.drain();
  await dispatcher.dispatcher.idle();
  const relayed = performance.now();
  // Every event taken (fanned out) once the deliveries table holds 20 per event.
  const deliveriesOf = async () => (await platformDb.select({ n: count() }).from(webhookDeliveries))[0].n;
  while ((await deliveriesOf()) < EVENTS * SUBSCRIBERS) await new Promise((r) => setTimeout(r, 200));
  const fannedOut = performance.now();
  const healthy = receivers.slice(0, -1);
  const deadLetters = async () => (await platformDb.select({ n: count() }).from(webhookDeliveries).where(and(eq(webhookDeliveries.subscriptionId, deadSub), eq(webhookDeliveries.status, 'DEAD_LETTERED'))))[0].n;
  const deadline = Date.now() + 30 * 60_000;
  while ((healthy.some((r) => r.seen.size < EVENTS) || (await deadLetters()) < EVENTS) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
  const done = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);

  const latencies: number[] = [];
  for (const r of healthy) for (const [id, at] of r.seen) latencies.push(at - published.get(id)!);
  latencies.sort((a, b) => a - b);
  const lost = healthy.reduce((sum, r) => sum + (EVENTS - r.seen.size), 0);
  const mb = (b: number) => `${Math.round(b / 1e6)} MB`;
  const third = Math.floor(rss.length / 3);
  console.log(`\n## ${busKind} bus, ${database.kind}: ${EVENTS} events × ${SUBSCRIBERS} subscriptions (1 dead, ${config.WEBHOOK_MAX_ATTEMPTS} tries)`);
  console.log(`| figure | value |\n|---|---|`);
  console.log(`| events/s through the bus (relay publish + fan-out) | ${Math.round(EVENTS / ((fannedOut - started) / 1000))} |`);
  console.log(`| relay alone (outbox → bus), events/s | ${Math.round(EVENTS / ((relayed - started) / 1000))} |`);
  console.log(`| deliveries/s, healthy endpoints, end to end | ${Math.round((EVENTS * (SUBSCRIBERS - 1)) / ((done - started) / 1000))} |`);
  console.log(`| delivery latency bus → receiver p50 / p99 | ${Math.round(pct(latencies, 50))} ms / ${Math.round(pct(latencies, 99))} ms |`);
  console.log(`| lost (healthy endpoints) | ${lost} |`);
  console.log(`| dead letters (expected ${EVENTS}) | ${await deadLetters()} |`);
  console.log(`| RSS first third max / last third max | ${mb(Math.max(...rss.slice(0, third || 1)))} / ${mb(Math.max(...rss.slice(-third || -1)))} |`);
  console.log(`| CPU of this process (dispatcher, relay and the 20 receivers) per healthy delivery | ${((cpu.user + cpu.system) / 1000 / (EVENTS * (SUBSCRIBERS - 1))).toFixed(2)} ms |`);
  console.log(`| duration; machine load average at the end | ${Math.round((done - started) / 1000)} s; ${(await import('node:os')).loadavg()[0].toFixed(1)} |`);

  await dispatcher.stop();
  if (bus instanceof JetStreamBus) await bus.manager.streams.delete(config.NATS_STREAM).catch(() => {});
  await bus.close();
  await Promise.all(receivers.map((r) => r.close()));
  await Promise.all([...new Set(databases.values())].map((d) => d.close()));
  await database.drop();
}

export async function run(): Promise<void> {
  await scenario('embedded');
  const nats = process.env.BENCH_NATS_URL ?? process.env.TEST_NATS_URL;
  if (nats) await scenario('jetstream', nats);
  else console.log('JetStream scenario skipped: set BENCH_NATS_URL (or TEST_NATS_URL), e.g. nats://127.0.0.1:4222.');
}
