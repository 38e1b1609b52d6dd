import http from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from './db.ts';

/**
 * Prometheus metrics of one process. They are served on their own port (METRICS_PORT), never on the public one:
 * operation names and error counts tell an attacker what works. Operation names are chosen by callers, so only a
 * bounded set of well-formed names becomes a label; the rest count as "other".
 */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const MAX_OPERATION_NAMES = 500;

export class OperationNames {
  private readonly seen = new Set<string>();
  label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= MAX_OPERATION_NAMES) return 'other';
    this.seen.add(name);
    return name;
  }
}

export interface ProcessMetrics {
  registry: Registry;
  operationNames: OperationNames;
}

/** One registry per process: default Node metrics (CPU, memory, event loop lag, GC) plus what components add. */
export function createProcessMetrics(): ProcessMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'psg_' });
  return { registry, operationNames: new OperationNames() };
}

/** Connections of each database pool the process opened: in use, idle, and requests waiting for one. */
export function registerPoolMetrics(metrics: ProcessMetrics | undefined, databases: Map<string, Database>): void {
  if (!metrics) return;
  const existing = metrics.registry.getSingleMetric('psg_db_pool_connections');
  if (existing) metrics.registry.removeSingleMetric('psg_db_pool_connections');
  new Gauge({
    name: 'psg_db_pool_connections',
    help: 'Database pool connections by subgraph and state (total, idle, waiting clients).',
    labelNames: ['subgraph', 'state'],
    registers: [metrics.registry],
    collect() {
      for (const [subgraph, database] of databases) {
        const s = database.poolStats();
        this.set({ subgraph, state: 'total' }, s.total);
        this.set({ subgraph, state: 'idle' }, s.idle);
        this.set({ subgraph, state: 'waiting' }, s.waiting);
      }
    },
  });
}

const metricOf = <T>(registry: Registry, name: string, make: () => T): T => (registry.getSingleMetric(name) as T | undefined) ?? make();

/** Operations, their duration and their errors by code, per subgraph: an Apollo Server plugin. */
export function subgraphMetricsPlugin(metrics: ProcessMetrics, subgraph: string): ApolloServerPlugin<BaseContext> {
  const { registry, operationNames } = metrics;
  const operations = metricOf(registry, 'psg_subgraph_operations_total', () => new Counter({ name: 'psg_subgraph_operations_total', help: 'GraphQL operations served, by subgraph and operation name.', labelNames: ['subgraph', 'operation'], registers: [registry] }));
  const duration = metricOf(registry, 'psg_subgraph_operation_duration_seconds', () => new Histogram({ name: 'psg_subgraph_operation_duration_seconds', help: 'Time to answer one operation, by subgraph and operation name.', labelNames: ['subgraph', 'operation'], buckets: DURATION_BUCKETS, registers: [registry] }));
  const errors = metricOf(registry, 'psg_subgraph_errors_total', () => new Counter({ name: 'psg_subgraph_errors_total', help: 'GraphQL errors returned, by subgraph and extensions.code.', labelNames: ['subgraph', 'code'], registers: [registry] }));
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = 'anonymous';
      return {
        async didResolveOperation({ operationName }) {
          operation = operationNames.label(operationName);
          trace.getActiveSpan()?.setAttribute('graphql.operation.name', operation);
        },
        async willSendResponse({ response }) {
          operations.inc({ subgraph, operation });
          duration.observe({ subgraph, operation }, Number(process.hrtime.bigint() - started) / 1e9);
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          for (const e of body?.errors ?? []) errors.inc({ subgraph, code: String(e.extensions?.code ?? 'UNKNOWN') });
        },
      };
    },
  };
}

/** Serves the registry at /metrics on its own port; returns its URL and a close function. */
export async function startMetricsServer(registry: Registry, listen: { port: number; host: string }): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    if ((req.url ?? '').replace(/\?.*$/, '') !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': registry.contentType });
    res.end(await registry.metrics());
  });
  await new Promise<void>((resolve) => server.listen(listen.port, listen.host, resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://${listen.host}:${port}/metrics`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
