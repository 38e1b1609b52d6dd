import type http from 'node:http';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { context, propagation, SpanKind, SpanStatusCode, trace, TraceFlags, type Attributes, type Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider, BatchSpanProcessor, SamplingDecision, SimpleSpanProcessor,
  type ReadableSpan, type Sampler, type SpanExporter, type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';

/**
 * OpenTelemetry for every process: one tracer provider, W3C traceparent in and out, AsyncLocalStorage context so a
 * span started in a resolver finds its request's span. Spans are always made (their trace ids go into the logs);
 * they leave the process only when OTEL_EXPORTER_OTLP_ENDPOINT is set, and always through `redact`, so no personal
 * code, query text or client address reaches a tracing backend.
 */
export const tracer = () => trace.getTracer('public-service-graph');

const exporters: SpanProcessor[] = [];
let started = false;

/** Attribute keys that may carry what a caller typed (personal codes in a query or a URL) or who they are. */
const DROPPED = [/^graphql\.document$/, /^graphql\.variables/, /^hive\.graphql\.error\.message/, /client[._]ip$/, /^client\.address$/, /^enduser\./, /user_agent/];
const PERSONAL_CODE = /\b\d{6}-?\d{5}\b/g;

function redactValue(key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  // URLs lose their query string: a GET request carries the whole operation there.
  const text = /(^|\.)(url|target|full)$/.test(key) || key === 'http.url' ? value.replace(/\?.*$/, '') : value;
  return text.replace(PERSONAL_CODE, '[redacted]');
}

export function redactAttributes(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (DROPPED.some((re) => re.test(key))) continue;
    out[key] = redactValue(key, value) as Attributes[string];
  }
  return out;
}

/** A view of the span with its attributes, events' attributes and status redacted; the rest is read from the span. */
const redacted = (span: ReadableSpan): ReadableSpan =>
  Object.create(span, {
    attributes: { value: redactAttributes(span.attributes), enumerable: true },
    // Exceptions recorded as events carry error messages, which may quote what the caller sent.
    events: { value: span.events.map((e) => ({ ...e, attributes: e.attributes && redactAttributes(e.attributes) })), enumerable: true },
    status: { value: { ...span.status, message: span.status.message?.replace(PERSONAL_CODE, '[redacted]') }, enumerable: true },
  });

class RedactingProcessor implements SpanProcessor {
  constructor(private readonly next: SpanProcessor) {}
  onStart() {}
  onEnd(span: ReadableSpan) {
    this.next.onEnd(redacted(span));
  }
  forceFlush() {
    return this.next.forceFlush();
  }
  shutdown() {
    return this.next.shutdown();
  }
}

/** Fans out to the exporters registered so far (OTLP from configuration, an in-memory one in tests). */
const fanOut: SpanProcessor = {
  onStart: () => {},
  onEnd: (span) => exporters.forEach((p) => p.onEnd(span)),
  forceFlush: async () => void (await Promise.all(exporters.map((p) => p.forceFlush()))),
  shutdown: async () => void (await Promise.all(exporters.map((p) => p.shutdown()))),
};

/**
 * Spans are recorded only while something exports them, and then as the caller's traceparent asks (a caller that
 * samples a request out is obeyed). Otherwise spans are non-recording: they cost next to nothing, yet still carry
 * the trace id into the logs and the traceparent to the subgraphs.
 */
const whileExporting: Sampler = {
  shouldSample(ctx) {
    if (!exporters.length) return { decision: SamplingDecision.NOT_RECORD };
    const parent = trace.getSpanContext(ctx);
    if (parent?.isRemote && !(parent.traceFlags & TraceFlags.SAMPLED)) return { decision: SamplingDecision.NOT_RECORD };
    return { decision: SamplingDecision.RECORD_AND_SAMPLED };
  },
  toString: () => 'whileExporting',
};

/**
 * Registers the process-wide provider once; later calls only add an OTLP exporter if one is configured and none is
 * yet. `serviceName` names the process in traces (psg-gateway, psg-cases, or psg when all run in one).
 */
export function setupTracing(opts: { serviceName: string; otlpEndpoint?: string }): void {
  if (!started) {
    started = true;
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    trace.setGlobalTracerProvider(new BasicTracerProvider({ resource: resourceFromAttributes({ 'service.name': opts.serviceName }), spanProcessors: [fanOut], sampler: whileExporting }));
  }
  if (opts.otlpEndpoint && !exporters.some((p) => p instanceof RedactingProcessor && (p as unknown as { otlp?: true }).otlp)) {
    const url = `${opts.otlpEndpoint.replace(/\/$/, '')}/v1/traces`;
    const processor = Object.assign(new RedactingProcessor(new BatchSpanProcessor(new OTLPTraceExporter({ url }))), { otlp: true as const });
    exporters.push(processor);
  }
}

/** Sends every finished span to `exporter` (redacted), synchronously: for tests. */
export function addSpanExporter(exporter: SpanExporter): () => void {
  const processor = new RedactingProcessor(new SimpleSpanProcessor(exporter));
  exporters.push(processor);
  return () => void exporters.splice(exporters.indexOf(processor), 1);
}

export const flushSpans = () => fanOut.forceFlush();

/** Whether finished spans go anywhere: without an exporter, a span only carries its trace id. */
export const spansExported = () => exporters.length > 0;

/** The request a log line belongs to: its id and its trace, for every line written while serving it. */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export function currentLogIds(): { requestId?: string; traceId?: string } {
  const span = trace.getActiveSpan();
  const traceId = span?.spanContext().traceId;
  const requestId = requestScope.getStore()?.requestId;
  return { ...(requestId ? { requestId } : {}), ...(traceId && traceId !== '00000000000000000000000000000000' ? { traceId } : {}) };
}

/**
 * Wraps a node:http handler: continues the caller's trace from its traceparent header, opens a server span for the
 * request and keeps it and the request id current while the handler runs.
 */
export function tracedHandler(
  name: string,
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => unknown,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (req, res) => {
    // Probes and scrapes every few seconds would bury the requests in traces of their own.
    if (/^\/(healthz|readyz|metrics)\b/.test(req.url ?? '')) return handler(req, res);
    const parent = propagation.extract(context.active(), req.headers);
    const path = (req.url ?? '/').replace(/\?.*$/, '');
    const span = tracer().startSpan(`${req.method} ${path}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'GET', 'url.path': path, 'psg.component': name } }, parent);
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    // The handler reads the same id from the header: one id per request, made here when the caller sent none.
    const sent = req.headers['x-request-id'];
    const requestId = typeof sent === 'string' && sent ? sent : randomUUID();
    req.headers['x-request-id'] = requestId;
    context.with(trace.setSpan(parent, span), () => requestScope.run({ requestId }, () => handler(req, res)));
  };
}

/** Runs `fn` in a child span of the current one; the span ends when its promise settles. */
export async function inSpan<T>(name: string, attributes: Attributes, fn: (span: Span) => Promise<T>, kind = SpanKind.INTERNAL): Promise<T> {
  return tracer().startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error)?.name });
      throw err;
    } finally {
      span.end();
    }
  });
}

/** The current trace as W3C headers (traceparent), for a call the gateway makes outside Hive's subgraph transport. */
export function traceHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return headers;
}
