/**
 * The transactional outbox every subgraph uses for the events it sends out of the graph: an event is written in the
 * same transaction as its change (no event without its change, no change without its event) and a relay publishes it
 * later. Each subgraph has its own `outbox` table in its own schema, built by `outboxTable`.
 */
import { randomUUID } from 'node:crypto';
import { CloudEvent } from 'cloudevents';
import { sql } from 'drizzle-orm';
import { traceHeaders } from '../tracing.ts';
import { bigserial, getTableConfig, index, jsonb, text, timestamp, unique, uuid, type PgSchema } from 'drizzle-orm/pg-core';
import type { Db } from '../db.ts';

/** A CloudEvents 1.0 event in structured JSON form, as stored, published and served by the feed. */
export interface EventEnvelope {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  dataschema: string;
  datacontenttype: 'application/json';
  data: Record<string, unknown>;
  /**
   * The W3C trace context of the write that created the event (CloudEvents distributed-tracing extension), when it
   * happened inside a traced request: the relay's publish span continues that trace.
   */
  traceparent?: string;
}

/** Types are `lv.gov.psg.<entity>.<what-happened>.v<major>`: a consumer matches on the whole string. */
export const eventType = (entity: string, happened: string, major = 1): string => `lv.gov.psg.${entity}.${happened}.v${major}`;
/** A URI naming the schema of a type's `data` (docs/events.md describes each); not fetched by anyone. */
export const dataSchemaOf = (type: string): string => `urn:lv.gov.psg:event-schema:${type}`;
/** The `source` of a subgraph's events. */
export const sourceOf = (subgraph: string): string => `urn:lv.gov.psg:subgraph:${subgraph}`;

export function outboxTable(schema: PgSchema) {
  return schema.table(
    'outbox',
    {
      // The order of commit (see appendEvents): the relay and the polling feed read in this order.
      id: bigserial('id', { mode: 'number' }).primaryKey(),
      eventId: uuid('event_id').notNull(),
      type: text('type').notNull(),
      envelope: jsonb('envelope').$type<EventEnvelope>().notNull(),
      // Who may see the event besides operators: the institution concerned and the client it is about (pseudonymous
      // id). Kept beside the envelope, not in its data, so the data carries no client.
      institutionCode: text('institution_code'),
      clientId: uuid('client_id'),
      createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
      // Set when the relay has published the event to the bus; null rows are the relay's work.
      sentAt: timestamp('sent_at', { withTimezone: true }),
    },
    (t) => [
      unique('outbox_event_id_uq').on(t.eventId),
      index('outbox_unsent_idx').on(t.id).where(sql`"sent_at" is null`),
      index('outbox_institution_idx').on(t.institutionCode, t.id),
      index('outbox_client_idx').on(t.clientId, t.id),
    ],
  );
}
export type OutboxTable = ReturnType<typeof outboxTable>;
export type OutboxRow = OutboxTable['$inferSelect'];

/** An event a write wants sent: what happened to which entity, and who may see it. */
export interface NewEvent {
  type: string;
  /** The entity the event is about (a case id). */
  subject: string;
  time: Date;
  /** Ids and codes only: never personal data. */
  data: Record<string, unknown>;
  institutionCode?: string | null;
  clientId?: string | null;
}

/** Builds the CloudEvents envelope; the `cloudevents` package checks it against the specification. */
export function envelopeOf(source: string, e: NewEvent, id: string = randomUUID(), traceparent?: string): EventEnvelope {
  const event = new CloudEvent({
    ...(traceparent ? { traceparent } : {}),
    id,
    source,
    type: e.type,
    subject: e.subject,
    time: e.time.toISOString(),
    dataschema: dataSchemaOf(e.type),
    datacontenttype: 'application/json',
    data: e.data,
  });
  event.validate();
  return JSON.parse(JSON.stringify(event)) as EventEnvelope;
}

/**
 * Writes `events` to the outbox inside the caller's transaction `tx`. A transaction-scoped advisory lock, held from
 * here to commit, makes outbox ids commit in increasing order, so a reader resuming after id N never misses a row
 * with a smaller id that commits later. Call it as the last statement of a write: it serialises writers only from
 * here to their commit.
 */
export async function appendEvents(tx: Db, table: OutboxTable, source: string, events: NewEvent[]): Promise<EventEnvelope[]> {
  if (!events.length) return [];
  const { schema, name } = getTableConfig(table);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${schema}.${name}`}))`);
  const { traceparent } = traceHeaders();
  const envelopes = events.map((e) => envelopeOf(source, e, undefined, traceparent));
  await tx.insert(table).values(
    events.map((e, i) => ({ eventId: envelopes[i].id, type: e.type, envelope: envelopes[i], institutionCode: e.institutionCode ?? null, clientId: e.clientId ?? null })),
  );
  return envelopes;
}
