import type { Config } from './config.ts';
import { createProcessMetrics, startMetricsServer, type ProcessMetrics } from '@public-service-graph/subgraph-kit/metrics';
import { flushSpans, setupTracing } from '@public-service-graph/subgraph-kit/tracing';

export interface Observability {
  /** The process's registry, only when METRICS_PORT serves it: nothing is counted that nobody can read. */
  metrics?: ProcessMetrics;
  /** Where /metrics is served (METRICS_PORT), or null when it is off. */
  metricsUrl: string | null;
  close(): Promise<void>;
}

/** Tracing and metrics for one process, from its configuration; each entry point calls it once at start. */
export async function startObservability(config: Config, component: string): Promise<Observability> {
  setupTracing({ serviceName: config.OTEL_SERVICE_NAME ?? `psg-${component}`, otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
  const metrics = config.METRICS_PORT === undefined ? undefined : createProcessMetrics();
  const server = metrics ? await startMetricsServer(metrics.registry, { port: config.METRICS_PORT!, host: config.METRICS_HOST ?? config.HOST }) : null;
  return {
    metrics,
    metricsUrl: server?.url ?? null,
    close: async () => {
      await server?.close();
      await flushSpans().catch(() => {});
    },
  };
}
