// The outbox relays of a process: one per subgraph that has an outbox, all publishing to the configured bus.
import type { Config, SubgraphName } from '../common/config.ts';
import type { Database } from '../common/db.ts';
import { openEventBus, type EventBus } from '../common/events/bus.ts';
import { OutboxRelay } from '../common/events/relay.ts';
import type { Logger } from '../common/logger.ts';
import type { SubgraphModule } from '../common/subgraph-server.ts';

export interface EventRelays {
  bus: EventBus;
  relays: Map<SubgraphName, OutboxRelay>;
  /** Relays everything unsent now, in every outbox. */
  drain(): Promise<number>;
  close(): Promise<void>;
}

export async function startEventRelays(config: Config, log: Logger, modules: SubgraphModule<any>[], databases: Map<SubgraphName, Database>): Promise<EventRelays> {
  const bus = await openEventBus(config);
  const relays = new Map<SubgraphName, OutboxRelay>();
  for (const module of modules) {
    if (!module.outbox) continue;
    const relay = new OutboxRelay(databases.get(module.name)!.db, module.outbox, bus, { intervalMs: config.EVENTS_RELAY_INTERVAL_MS, log: log.child({ relay: module.name }) });
    relay.start();
    relays.set(module.name, relay);
  }
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
