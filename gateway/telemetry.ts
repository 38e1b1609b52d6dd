import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { GatewayConfigContext, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import usePrometheus from '@graphql-mesh/plugin-prometheus';
import { trace } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import { Counter, Histogram } from 'prom-client';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import { DURATION_BUCKETS, type ProcessMetrics } from '@public-service-graph/subgraph-kit/metrics';
import type { GatewayTracing } from './tracing.ts';

/** Every observability plugin of the gateway, tracing first so its spans enclose the others' work. */
export function telemetryPlugins(ctx: GatewayConfigContext, opts: { log: Logger; metrics?: ProcessMetrics; tracing: GatewayTracing }): GatewayPlugin[] {
  return [
    opts.tracing.plugin(ctx),
    useRequestTelemetry(opts) as GatewayPlugin,
    ...(opts.metrics ? [useSubgraphMetrics(ctx, opts.metrics)] : []),
  ];
}

/**
 * Per-subgraph latency and errors (Hive's Prometheus plugin: graphql_gateway_subgraph_execute_* by subgraph and
 * operation name, graphql_gateway_fetch_duration by URL and status). It clears the registry when the gateway is
 * disposed, which only happens when the process stops.
 */
function useSubgraphMetrics(ctx: GatewayConfigContext, metrics: ProcessMetrics): GatewayPlugin {
  return usePrometheus({
    ...ctx,
    registry: metrics.registry,
    // Yoga's plugin would serve /metrics on the public port; the process serves it on METRICS_PORT instead.
    endpoint: false,
    // Per-request figures come from useRequestTelemetry; of Hive's, keep the phases and the subgraph calls.
    metrics: {
      graphql_gateway_fetch_duration: true,
      graphql_gateway_subgraph_execute_duration: true,
      graphql_gateway_subgraph_execute_errors: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_request: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_schema_change: false,
    },
  } as never) as unknown as GatewayPlugin;
}

/**
 * What the gateway tells operators about each request: one log line (operation, caller kind, status, duration,
 * error codes, request and trace id; never who the caller is) and the same facts as Prometheus metrics. Tracing
 * itself is gateway/tracing.ts; this reads the trace id of the span it keeps current.
 */
interface RequestFacts {
  started: bigint;
  requestId: string;
  operation: string | null;
  caller: Identity['kind'] | 'unauthenticated';
  codes: Set<string>;
  traceId?: string;
}

/** Gives every request an id (the caller's X-Request-Id when sent), forwarded to the subgraphs and logged. */
export function withRequestId(handler: (req: http.IncomingMessage, res: http.ServerResponse) => unknown) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const sent = req.headers['x-request-id'];
    if (typeof sent !== 'string' || !/^[\w.:-]{1,128}$/.test(sent)) req.headers['x-request-id'] = randomUUID();
    return handler(req, res);
  };
}

const activeTraceId = () => trace.getActiveSpan()?.spanContext().traceId;

// Per request, module-wide: the response cache's early path (gateway/response-cache.ts) names what it answered.
const facts = new WeakMap<Request, RequestFacts>();

/**
 * For a request answered before the GraphQL layer saw it (a kept answer served early): the operation and the caller's
 * kind, which the log line and the metrics otherwise learn from hooks such a request never reaches.
 */
export function describeEarlyAnswer(request: Request, operation: string | null, caller: Identity['kind']): void {
  const f = facts.get(request);
  if (f) Object.assign(f, { operation, caller });
}

export function useRequestTelemetry(opts: { log: Logger; metrics?: ProcessMetrics }): GatewayPlugin<{ identity?: Identity }> {
  const log = opts.log.child({ component: 'gateway-requests' });
  const registry = opts.metrics?.registry;
  const requests = registry && new Counter({ name: 'psg_gateway_requests_total', help: 'GraphQL requests answered, by operation name, caller kind and HTTP status.', labelNames: ['operation', 'caller', 'status'], registers: [registry] });
  const duration = registry && new Histogram({ name: 'psg_gateway_request_duration_seconds', help: 'Time to answer one request, by operation name.', labelNames: ['operation'], buckets: DURATION_BUCKETS, registers: [registry] });
  const errors = registry && new Counter({ name: 'psg_gateway_errors_total', help: 'Errors in responses, by extensions.code.', labelNames: ['code'], registers: [registry] });
  const refusals = registry && new Counter({ name: 'psg_gateway_rate_limit_refusals_total', help: 'Requests refused by the rate limit, by caller kind.', labelNames: ['caller'], registers: [registry] });

  return {
    onRequest({ request }) {
      facts.set(request, { started: process.hrtime.bigint(), requestId: request.headers.get('x-request-id') ?? '', operation: null, caller: 'unauthenticated', codes: new Set(), traceId: activeTraceId() });
    },
    onParams({ request, params }) {
      const f = facts.get(request);
      if (f) f.operation = params.operationName ?? f.operation;
    },
    onContextBuilding() {
      // After the context is built: the caller is known even when a later check (the rate limit) refuses them.
      return ({ context }) => {
        const c = context as unknown as { request?: Request; identity?: Identity };
        const f = c.request && facts.get(c.request);
        if (f && c.identity) f.caller = c.identity.kind;
      };
    },
    onExecute({ args }) {
      const context = args.contextValue as { request?: Request; identity?: Identity };
      const f = context.request && facts.get(context.request);
      if (!f) return;
      if (context.identity) f.caller = context.identity.kind;
      f.traceId = activeTraceId() ?? f.traceId;
      // Most clients name the operation in the document only, not in the request's operationName.
      if (!f.operation) f.operation = getOperationAST(args.document, args.operationName)?.name?.value ?? null;
    },
    onFetch({ executionRequest, options }) {
      const request = (executionRequest?.context as { request?: Request } | undefined)?.request;
      const requestId = request && facts.get(request)?.requestId;
      if (requestId) (options.headers ??= {})['x-request-id'] = requestId;
    },
    onResultProcess({ request, result }) {
      const f = facts.get(request);
      if (!f) return;
      for (const r of Array.isArray(result) ? result : [result])
        for (const e of (r as { errors?: { extensions?: { code?: unknown } }[] })?.errors ?? []) f.codes.add(String(e.extensions?.code ?? 'UNKNOWN'));
    },
    onResponse({ request, response }) {
      const f = facts.get(request);
      if (!f || new URL(request.url).pathname !== '/graphql') return;
      const seconds = Number(process.hrtime.bigint() - f.started) / 1e9;
      const operation = opts.metrics ? opts.metrics.operationNames.label(f.operation) : (f.operation ?? 'anonymous');
      if (response.status === 429) f.codes.add('RATE_LIMITED');
      requests?.inc({ operation, caller: f.caller, status: String(response.status) });
      duration?.observe({ operation }, seconds);
      for (const code of f.codes) errors?.inc({ code });
      if (f.codes.has('RATE_LIMITED')) refusals?.inc({ caller: f.caller });
      log.info(
        { requestId: f.requestId, traceId: f.traceId, operation, caller: f.caller, status: response.status, durationMs: Math.round(seconds * 1000), errorCodes: [...f.codes] },
        'request',
      );
    },
  };
}
