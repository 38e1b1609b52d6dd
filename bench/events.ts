// npm run bench -- events: BENCH_EVENTS case events (default 100,000) written to the cases outbox, relayed to the bus
// and fanned out to 20 webhook subscriptions, one of whose endpoints is dead. Reports events/s through the bus, the
// delivery latency (bus → receiver) p50/p99 of the healthy endpoints, lost deliveries (must be 0), the dead-letter
// count (must equal the events), and the RSS over the run. On the embedded bus, and on JetStream when
// BENCH_NATS_URL (or TEST_NATS_URL) is set; BENCH_BUS=embedded|jetstream runs one. PostgreSQL (BENCH_DATABASE_URL or
// TEST_DATABASE_URL) is strongly advised: 20 deliveries per event are a heavy load for the embedded database.
// The dead endpoint's tries are shortened by configuration only (WEBHOOK_MAX_ATTEMPTS, WEBHOOK_BACKOFF_*_MS below).
// The bench's own bookkeeping is fixed-size: one array slot per event per receiver, so the RSS shows the dispatcher's.
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
import { webhookDeliveries, webhookEvents, webhookSubscriptions } from '../subgraphs/platform/db/tables.ts';
import { newSecret } from '../subgraphs/platform/domain/webhooks.ts';
import { dispatcherFor, runDispatcher } from '../scripts/webhooks.ts';
import { prepareBenchDatabase } from './support.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000);
const SUBSCRIBERS = 20;
const TYPE = eventType('case', 'status-changed');
const log = createLogger('warn');


/** Which event is which: its index in the run, given when the relay publishes it, and when that was. */
class Published {
  readonly index = new Map<string, number>();
  readonly at = new Float64Array(EVENTS);
  add(id: string) {
    if (this.index.has(id)) return;
    this.at[this.index.size] = performance.now();
    this.index.set(id, this.index.size);
  }
}

/**
 * A receiver on loopback: records the first arrival time of each webhook-id (and counts repeats); `dead` answers 500
 * to everything.
 */
async function receiver(dead: boolean, published: Published) {
  const arrived = new Float64Array(dead ? 0 : EVENTS);
  const counts = { posts: 0, unique: 0, repeats: 0 };
  const server = http.createServer((req, res) => {
    if (req.method === 'OPTIONS') return res.writeHead(200, { 'webhook-allowed-origin': '*' }).end();
    req.resume();
    req.on('end', () => {
      counts.posts++;
      if (dead) return res.writeHead(500).end();
      const i = published.index.get(String(req.headers['webhook-id']));
      if (i === undefined) return res.writeHead(400).end();
      if (arrived[i]) counts.repeats++;
      else {
        arrived[i] = performance.now();
        counts.unique++;
      }
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, arrived, counts, close: () => new Promise((r) => server.close(r)) };
}

const mb = (b: number) => `${Math.round(b / 1e6)} MB`;

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
  const published = new Published();
  const receivers = await Promise.all(Array.from({ length: SUBSCRIBERS }, (_, i) => receiver(i === SUBSCRIBERS - 1, published)));
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
  const timed = {
    publish: async (e: Parameters<EventBus['publish']>[0], a: Parameters<EventBus['publish']>[1]) => { published.add(e.id); await bus.publish(e, a); },
    ...(bus instanceof EmbeddedBus ? { settled: (ids: readonly string[]) => bus.settled(ids) } : {}),
  };
  const rss = { start: process.memoryUsage().rss, peak: 0, samples: [] as number[] };
  const sample = () => {
    const now = process.memoryUsage().rss;
    rss.samples.push(now);
    rss.peak = Math.max(rss.peak, now);
    return now;
  };
  const dispatcher = await runDispatcher(dispatcherFor(config, platformDb, null, log), bus, config, log);
  const relay = new OutboxRelay(casesDb, outbox, timed, { intervalMs: 3_600_000, batchSize: 500, log });

  const healthy = receivers.slice(0, -1);
  const delivered = () => healthy.reduce((sum, r) => sum + r.counts.unique, 0);
  const deadLetters = async () => (await platformDb.select({ n: count() }).from(webhookDeliveries).where(and(eq(webhookDeliveries.subscriptionId, deadSub), eq(webhookDeliveries.status, 'DEAD_LETTERED'))))[0].n;
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) / 1000);
  const sampler = setInterval(() => {
    const now = sample();
    if (rss.samples.length % 12 === 0) console.error(`[events ${busKind}] ${elapsed()} s: ${delivered()} of ${EVENTS * (SUBSCRIBERS - 1)} delivered, ${receivers.at(-1)!.counts.posts} tries at the dead endpoint, RSS ${mb(now)}`);
  }, 5000);
  const cpuBefore = process.cpuUsage();
  await relay.drain();
  await dispatcher.dispatcher.idle();
  const relayed = performance.now();
  // Every event taken (fanned out) once all are stored: an event and its deliveries are stored in one statement.
  const taken = async () => (await platformDb.select({ n: count() }).from(webhookEvents))[0].n;
  while ((await taken()) < EVENTS) await new Promise((r) => setTimeout(r, 500));
  const fannedOut = performance.now();
  const deadline = Date.now() + Number(process.env.BENCH_EVENTS_MAX_MINUTES ?? 40) * 60_000;
  let dead = 0;
  while ((delivered() < EVENTS * (SUBSCRIBERS - 1) || (dead = await deadLetters()) < EVENTS) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2000));
  const done = performance.now();
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  const end = sample();

  const latencies = new Float64Array(delivered());
  let k = 0;
  for (const r of healthy) for (let i = 0; i < EVENTS; i++) if (r.arrived[i]) latencies[k++] = r.arrived[i] - published.at[i];
  latencies.sort();
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const lost = EVENTS * (SUBSCRIBERS - 1) - delivered();
  const repeats = healthy.reduce((sum, r) => sum + r.counts.repeats, 0);
  const third = Math.max(1, Math.floor(rss.samples.length / 3));
  console.log(`\n## ${busKind} bus, ${database.kind}: ${EVENTS} events × ${SUBSCRIBERS} subscriptions (1 dead)`);
  console.log(`Dead endpoint's tries shortened by configuration, not code: WEBHOOK_MAX_ATTEMPTS=${config.WEBHOOK_MAX_ATTEMPTS}, WEBHOOK_BACKOFF_BASE_MS=${config.WEBHOOK_BACKOFF_BASE_MS}, WEBHOOK_BACKOFF_MAX_MS=${config.WEBHOOK_BACKOFF_MAX_MS} (defaults 12, 60000, 21600000); WEBHOOK_ENDPOINT_CONCURRENCY=${config.WEBHOOK_ENDPOINT_CONCURRENCY}, WEBHOOK_CONCURRENCY=${config.WEBHOOK_CONCURRENCY}, WEBHOOK_POLL_MS=${config.WEBHOOK_POLL_MS}.`);
  console.log(`| figure | value |\n|---|---|`);
  console.log(`| events/s through the bus (relay publish + fan-out) | ${Math.round(EVENTS / ((fannedOut - started) / 1000))} |`);
  console.log(`| relay alone (outbox → bus), events/s | ${Math.round(EVENTS / ((relayed - started) / 1000))} |`);
  console.log(`| deliveries/s, healthy endpoints, end to end | ${Math.round(delivered() / ((done - started) / 1000))} |`);
  console.log(`| delivery latency bus → receiver p50 / p99 | ${Math.round(pct(50))} ms / ${Math.round(pct(99))} ms |`);
  console.log(`| lost (healthy endpoints) | ${lost} |`);
  console.log(`| repeated deliveries (same webhook-id to the same endpoint) | ${repeats} |`);
  console.log(`| dead letters (expected ${EVENTS}); tries at the dead endpoint | ${dead || (await deadLetters())}; ${receivers.at(-1)!.counts.posts} |`);
  console.log(`| RSS start / peak / end (sampled every 5 s) | ${mb(rss.start)} / ${mb(rss.peak)} / ${mb(end)} |`);
  console.log(`| RSS max of first third / last third of the run | ${mb(Math.max(...rss.samples.slice(0, third)))} / ${mb(Math.max(...rss.samples.slice(-third)))} |`);
  console.log(`| CPU of this process (dispatcher, relay and the 20 receivers) per healthy delivery | ${((cpu.user + cpu.system) / 1000 / Math.max(1, delivered())).toFixed(2)} ms |`);
  console.log(`| duration; machine load average (1 min) at the end | ${Math.round((done - started) / 1000)} s; ${(await import('node:os')).loadavg()[0].toFixed(1)} |`);

  await dispatcher.stop();
  if (bus instanceof JetStreamBus) await bus.manager.streams.delete(config.NATS_STREAM).catch(() => {});
  await bus.close();
  await Promise.all(receivers.map((r) => r.close()));
  await Promise.all([...new Set(databases.values())].map((d) => d.close()));
  await database.drop();
}

export async function run(): Promise<void> {
  const only = process.env.BENCH_BUS;
  if (only !== 'jetstream') await scenario('embedded');
  const nats = process.env.BENCH_NATS_URL ?? process.env.TEST_NATS_URL;
  if (only === 'embedded') return;
  if (nats) await scenario('jetstream', nats);
  else console.log('JetStream scenario skipped: set BENCH_NATS_URL (or TEST_NATS_URL), e.g. nats://127.0.0.1:4222.');
}
