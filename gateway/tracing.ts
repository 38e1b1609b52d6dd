import type { GatewayConfigContext, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';
import { spansExported } from '@public-service-graph/subgraph-kit/tracing';

/**
 * Hive Gateway's OpenTelemetry plugin on the process-wide provider (packages/subgraph-kit/src/tracing.ts): a span for the HTTP request,
 * the GraphQL operation and each subgraph call, continuing the caller's traceparent and sending one to every
 * subgraph, so a request is one trace from the gateway to SQL. Attributes are redacted on export.
 *
 * While no exporter is registered, only the request's and the operation's spans are made: they carry the trace id
 * into the logs and the traceparent to the subgraphs. The phases' and subgraph calls' spans (and the operation hash,
 * a walk of the whole document with type info) would cost CPU on every request for spans nobody reads.
 */
export function useGatewayTracing(ctx: GatewayConfigContext): GatewayPlugin {
  return useOpenTelemetry({
    ...ctx,
    traces: {
      spans: {
        initialization: false,
        schema: false,
        graphqlContextBuilding: spansExported,
        graphqlParse: spansExported,
        graphqlValidate: spansExported,
        graphqlExecute: spansExported,
      },
    },
    // The provider is the process's, flushed by its own shutdown; the plugin must not flush or disable it.
    flushOnDispose: false,
  }) as unknown as GatewayPlugin;
}
