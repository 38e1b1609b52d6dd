// The outbox relays of a process: one per subgraph that has an outbox, all publishing to the configured bus; the
// subgraphs' bus consumers; and the scheduler of events the clock causes.
import type { Config, SubgraphName } from '../common/config.ts';
import type { Database } from '@public-service-graph/subgraph-kit/db';
import { openEventBus, type EventBus } from '../common/events/bus.ts';
import { startConsumer } from '../common/events/consumer.ts';
import type { EventConsumer } from '@public-service-graph/subgraph-kit/events/consumer';
import type { OutboxTable } from '@public-service-graph/subgraph-kit/events/outbox';
import { OutboxRelay } from '../common/events/relay.ts';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import type { ProcessMetrics } from '@public-service-graph/subgraph-kit/metrics';
import { registerOutboxLagMetrics, relayMetrics } from '../common/events/relay-metrics.ts';
import type { SubgraphModule } from '@public-service-graph/subgraph-kit/subgraph-server';

export interface EventRelays {
  bus: EventBus;
  relays: Map<SubgraphName, OutboxRelay>;
  /** Relays everything unsent now, in every outbox. */
  drain(): Promise<number>;
  /** Runs every subgraph's scheduled work now (tests; the timer does it every EVENTS_SCHEDULE_INTERVAL_MS). */
  schedule(now?: Date): Promise<number>;
  close(): Promise<void>;
}

export async function startEventRelays(config: Config, log: Logger, modules: SubgraphModule<any>[], databases: Map<SubgraphName, Database>, metrics?: ProcessMetrics): Promise<EventRelays> {
  const bus = await openEventBus(config);
  const relays = new Map<SubgraphName, OutboxRelay>();
  const counters = metrics && relayMetrics(metrics);
  const outboxes = new Map<string, { db: Database['db']; table: OutboxTable }>();
  for (const module of modules) {
    if (!module.outbox) continue;
    const name = module.name as SubgraphName;
    const { db } = databases.get(name)!;
    const relay = new OutboxRelay(db, module.outbox, bus, { intervalMs: config.EVENTS_RELAY_INTERVAL_MS, log: log.child({ relay: module.name }), retentionMs: config.EVENTS_RETENTION_DAYS * 86_400_000, observe: { subgraph: module.name, metrics: counters } });
    outboxes.set(module.name, { db, table: module.outbox });
    relay.start();
    relays.set(name, relay);
  }
  registerOutboxLagMetrics(metrics, outboxes);
  const stops: (() => Promise<void>)[] = [];
  const consumers: EventConsumer[] = [];
  for (const module of modules) {
    const { db } = databases.get(module.name as SubgraphName)!;
    for (const consumer of module.consumers?.({ db, settings: config, log: log.child({ consumer: module.name }), clientIdSecret: config.CLIENT_ID_SECRET }) ?? []) {
      stops.push(await startConsumer(bus, consumer, log.child({ consumer: consumer.name })));
      consumers.push(consumer);
    }
  }
  const schedule = async (now = new Date()) => {
    let n = 0;
    for (const module of modules) if (module.scheduled) n += await module.scheduled(databases.get(module.name as SubgraphName)!.db, now);
    for (const consumer of consumers) if (consumer.tick) n += await consumer.tick(now);
    return n;
  };
  const timer = setInterval(() => schedule().catch((err: unknown) => log.warn({ err }, 'scheduled events failed; retrying')), config.EVENTS_SCHEDULE_INTERVAL_MS);
  timer.unref();
  log.info({ bus: bus.kind, outboxes: [...relays.keys()], consumers: stops.length }, 'event relays started');
  return {
    bus,
    relays,
    drain: async () => (await Promise.all([...relays.values()].map((r) => r.drain()))).reduce((a, b) => a + b, 0),
    schedule,
    close: async () => {
      clearInterval(timer);
      await Promise.all([...relays.values()].map((r) => r.stop()));
      await Promise.all(stops.map((stop) => stop()));
      await bus.close();
    },
  };
}
