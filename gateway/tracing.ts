import type { GatewayConfigContext, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';

/**
 * Hive Gateway's OpenTelemetry plugin on the process-wide provider (packages/subgraph-kit/src/tracing.ts): a span for the HTTP request,
 * the GraphQL operation and each subgraph call, continuing the caller's traceparent and sending one to every
 * subgraph, so a request is one trace from the gateway to SQL. Attributes are redacted on export.
 */
export function useGatewayTracing(ctx: GatewayConfigContext): GatewayPlugin {
  return useOpenTelemetry({
    ...ctx,
    traces: { spans: { initialization: false, schema: false } },
    // The provider is the process's, flushed by its own shutdown; the plugin must not flush or disable it.
    flushOnDispose: false,
  }) as unknown as GatewayPlugin;
}
