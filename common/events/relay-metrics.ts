/**
 * Prometheus metrics of the outbox relays (only when METRICS_PORT serves a registry): events published and failed by
 * type and subgraph, each batch's duration, and the outbox lag read from the table at scrape time, so a relay that
 * is stuck or dead still shows its backlog growing.
 */
import { Counter, Gauge, Histogram } from 'prom-client';
import { count, isNull, min, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { DURATION_BUCKETS, type ProcessMetrics } from '@public-service-graph/subgraph-kit/metrics';
import type { OutboxTable } from '@public-service-graph/subgraph-kit/events/outbox';

export interface RelayMetrics {
  published: Counter<'subgraph' | 'type'>;
  failures: Counter<'subgraph' | 'type'>;
  batchDuration: Histogram<'subgraph'>;
}

const metricOf = <T>(metrics: ProcessMetrics, name: string, make: () => T): T => (metrics.registry.getSingleMetric(name) as T | undefined) ?? make();

export function relayMetrics(metrics: ProcessMetrics): RelayMetrics {
  const registers = [metrics.registry];
  return {
    published: metricOf(metrics, 'psg_events_published_total', () => new Counter({ name: 'psg_events_published_total', help: 'Events the outbox relay published to the bus, by subgraph and event type.', labelNames: ['subgraph', 'type'], registers })),
    failures: metricOf(metrics, 'psg_events_publish_failures_total', () => new Counter({ name: 'psg_events_publish_failures_total', help: 'Publishes to the bus that failed (the event stays unsent and is retried), by subgraph and event type.', labelNames: ['subgraph', 'type'], registers })),
    batchDuration: metricOf(metrics, 'psg_events_relay_batch_duration_seconds', () => new Histogram({ name: 'psg_events_relay_batch_duration_seconds', help: 'Time of one relay batch (read, publish, mark sent), by subgraph.', labelNames: ['subgraph'], buckets: DURATION_BUCKETS, registers })),
  };
}

/** The unsent rows of each outbox and the age of the oldest, queried when scraped. */
export function registerOutboxLagMetrics(metrics: ProcessMetrics | undefined, outboxes: Map<string, { db: Db; table: OutboxTable }>): void {
  if (!metrics) return;
  for (const name of ['psg_events_outbox_unsent', 'psg_events_outbox_oldest_unsent_age_seconds']) metrics.registry.removeSingleMetric(name);
  const lag = async () => {
    const out = new Map<string, { unsent: number; age: number }>();
    for (const [subgraph, { db, table }] of outboxes) {
      const [row] = await db
        .select({ unsent: count(), oldest: min(table.createdAt), now: sql<string>`now()` })
        .from(table)
        .where(isNull(table.sentAt));
      const age = row.oldest ? Math.max(0, (new Date(row.now).getTime() - new Date(row.oldest).getTime()) / 1000) : 0;
      out.set(subgraph, { unsent: Number(row.unsent), age });
    }
    return out;
  };
  // A database that is away must not fail the whole scrape: the gauges then keep their last values.
  const read = () => lag().catch(() => new Map<string, { unsent: number; age: number }>());
  new Gauge({
    name: 'psg_events_outbox_unsent',
    help: 'Outbox rows not yet published to the bus, by subgraph.',
    labelNames: ['subgraph'],
    registers: [metrics.registry],
    async collect() {
      for (const [subgraph, v] of await read()) this.set({ subgraph }, v.unsent);
    },
  });
  new Gauge({
    name: 'psg_events_outbox_oldest_unsent_age_seconds',
    help: 'Age of the oldest outbox row not yet published to the bus (0 when none), by subgraph.',
    labelNames: ['subgraph'],
    registers: [metrics.registry],
    async collect() {
      for (const [subgraph, v] of await read()) this.set({ subgraph }, v.age);
    },
  });
}
