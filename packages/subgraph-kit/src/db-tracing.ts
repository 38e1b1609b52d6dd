import { SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { tracer } from './tracing.ts';

/**
 * A span per SQL statement, child of the request's span, for PostgreSQL and the embedded PGlite alike (the
 * OpenTelemetry pg instrumentation needs a loader hook and knows nothing of PGlite). The statement text is
 * parameterised by drizzle; parameter values, which may be personal data, are never recorded.
 */
const MAX_STATEMENT = 2000;

function startQuerySpan(system: 'postgresql' | 'pglite', text: unknown): Span {
  const statement = typeof text === 'string' ? text : typeof (text as { text?: unknown })?.text === 'string' ? (text as { text: string }).text : '';
  const operation = /^\s*(\w+)/.exec(statement)?.[1]?.toUpperCase() ?? 'QUERY';
  return tracer().startSpan(operation, {
    kind: SpanKind.CLIENT,
    attributes: { 'db.system.name': system === 'pglite' ? 'postgresql' : system, 'db.operation.name': operation, 'db.query.text': statement.slice(0, MAX_STATEMENT), 'psg.db.embedded': system === 'pglite' },
  });
}

async function traced<T>(span: Span, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: (err as { code?: string })?.code ?? 'error' });
    throw err;
  } finally {
    span.end();
  }
}

/** Wraps `client.query` of every connection the pool opens (pool.query and transactions both go through it). */
export function tracePool(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      // Streaming (a Submittable) is passed through untraced.
      if (typeof (args[0] as { submit?: unknown })?.submit === 'function') return query(...args);
      // The callback form is what pool.query uses, so drizzle's statements outside a transaction take this path.
      const callback = args[args.length - 1];
      if (typeof callback === 'function') {
        const span = startQuerySpan('postgresql', args[0]);
        return query(...args.slice(0, -1), (err: unknown, res: unknown) => {
          if (err) span.setStatus({ code: SpanStatusCode.ERROR, message: (err as { code?: string })?.code ?? 'error' });
          span.end();
          callback(err, res);
        });
      }
      const span = startQuerySpan('postgresql', args[0]);
      return traced(span, () => query(...args) as Promise<unknown>);
    };
  });
}

export function tracePglite(client: PGlite): void {
  const wrapQuery = <C extends Pick<PGlite, 'query'>>(target: C) => {
    const query = target.query.bind(target);
    target.query = ((text: string, ...rest: unknown[]) => traced(startQuerySpan('pglite', text), () => (query as (...a: unknown[]) => Promise<unknown>)(text, ...rest))) as C['query'];
  };
  wrapQuery(client);
  const transaction = client.transaction.bind(client);
  client.transaction = (<T>(fn: (tx: Transaction) => Promise<T>) =>
    transaction((tx) => {
      wrapQuery(tx);
      return fn(tx);
    })) as PGlite['transaction'];
}
