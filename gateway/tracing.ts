import type http from 'node:http';
import { trace, type Span } from '@opentelemetry/api';
import type { GatewayConfigContext, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';
import { spansExported, traceHeaders, tracedHandler } from '@public-service-graph/subgraph-kit/tracing';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

/** How the gateway traces: a wrapper for its node:http handler and a plugin for the runtime. */
export interface GatewayTracing {
  handler(handler: Handler): Handler;
  plugin(ctx: GatewayConfigContext): GatewayPlugin;
}

/**
 * Tracing on the process-wide provider (packages/subgraph-kit/src/tracing.ts), chosen when the gateway starts.
 *
 * With an exporter registered: Hive Gateway's OpenTelemetry plugin, a span for the HTTP request, the GraphQL
 * operation, its phases and each subgraph call, continuing the caller's traceparent and sending one to every
 * subgraph, so a request is one trace from the gateway to SQL. Attributes are redacted on export.
 *
 * Without one: the caller's traceparent is continued in one span per request, made the way the subgraphs make
 * theirs (`tracedHandler`), which puts its trace id in the logs, and every subgraph call gets a traceparent naming
 * it. Hive's plugin would wrap every hook and phase of every request to make spans nobody reads (its instrumentation
 * was 5–7% of the gateway's CPU with only two spans). An exporter registered after the gateway started records that
 * one span per request.
 */
export function gatewayTracing(): GatewayTracing {
  if (spansExported()) return { handler: (handler) => handler, plugin: useHiveTracing };
  return { handler: (handler) => tracedHandler('gateway', handler), plugin: useTraceparent };
}

/**
 * Sends the current span as traceparent with every subgraph call (their server spans become its children). The
 * headers are made once per span: the propagator validates the ids with regular expressions on every call.
 */
function useTraceparent(): GatewayPlugin {
  const headersOf = new WeakMap<Span, Record<string, string>>();
  return {
    onFetch({ options }) {
      const span = trace.getActiveSpan();
      if (!span) return;
      let headers = headersOf.get(span);
      if (!headers) headersOf.set(span, (headers = traceHeaders()));
      Object.assign((options.headers ??= {}), headers);
    },
  };
}

function useHiveTracing(ctx: GatewayConfigContext): GatewayPlugin {
  return useOpenTelemetry({
    ...ctx,
    traces: {
      spans: {
        initialization: false,
        schema: false,
        // A gateway started with an exporter keeps this plugin; if the exporter goes, the phases' spans go with it.
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
