// The outbox relays of a process: one per subgraph that has an outbox, all publishing to the configured bus.
import type { Config, SubgraphName } from '../common/config.ts';
import type { Database } from '@public-service-graph/subgraph-kit/db';
import { openEventBus, type EventBus } from '../common/events/bus.ts';
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
    const relay = new OutboxRelay(db, module.outbox, bus, { intervalMs: config.EVENTS_RELAY_INTERVAL_MS, log: log.child({ relay: module.name }), observe: { subgraph: module.name, metrics: counters } });
    outboxes.set(module.name, { db, table: module.outbox });
    relay.start();
    relays.set(name, relay);
  }
  registerOutboxLagMetrics(metrics, outboxes);
  log.info({ bus: bus.kind, outboxes: [...relays.keys()] }, 'event relays started');
  return {
    bus,
    relays,
    drain: async () => (await Promise.all([...relays.values()].map((r) => r.drain()))).reduce((a, b) => a + b, 0),
    close: async () => {
      await Promise.all([...relays.values()].map((r) => r.stop()));
      await bus.close();
    },
  };
}
