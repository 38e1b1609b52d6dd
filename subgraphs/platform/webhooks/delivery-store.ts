/**
 * The dispatcher's statements on the delivery tables: taking an event from the bus (fan-out), claiming due
 * deliveries, and settling tries. Each is one statement, and none holds a lock while an
 * endpoint is being called.
 */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import { consentScopeFor, recipientApplication, type EventAudience } from '@public-service-graph/subgraph-kit/events/types';
import { webhookDeliveries, webhookEvents, webhookSubscriptions, type WebhookOwnerKind } from '../db/tables.ts';

export type { EventAudience };

const rowsOf = async <T>(query: Promise<unknown>): Promise<T[]> => ((await query) as { rows: T[] }).rows;

/**
 * Stores each event once and a PENDING delivery for every subscription that asked for its type and may see it:
 * operators all, an institution its own, an application a person's of a type a consent covers (whether the person
 * consented is decided at each try) and those of a consent that names it. One statement for the whole batch: a repeat of an event (the bus is at least once, replicas share it)
 * adds nothing. Returns how many deliveries were added.
 */
export async function fanOut(db: Db, batch: { event: EventEnvelope; audience: EventAudience }[]): Promise<number> {
  if (!batch.length) return 0;
  const input = JSON.stringify(batch.map(({ event, audience }) => ({ event_id: event.id, type: event.type, envelope: event, institution_code: audience.institutionCode, client_id: audience.clientId,
    by_consent: !!consentScopeFor(event.type), application: recipientApplication(event) })));
  const rows = await rowsOf<{ n: number }>(db.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${input}::jsonb) as x(event_id uuid, type text, envelope jsonb, institution_code text, client_id uuid, by_consent boolean, application text)
    ), stored as (
      insert into ${webhookEvents} (event_id, type, envelope, institution_code, client_id)
      select event_id, type, envelope, institution_code, client_id from input
      on conflict (event_id) do nothing
    ), added as (
      insert into ${webhookDeliveries} (subscription_id, event_id, event_type, next_attempt_at)
      select s.id, i.event_id, i.type, now() from input i
      join ${webhookSubscriptions} s on i.type = any(s.types)
        and (s.owner_kind = 'OPERATOR'
          or (s.owner_kind = 'INSTITUTION' and s.owner_code = i.institution_code)
          or (s.owner_kind = 'APPLICATION' and (s.owner_code = i.application or (i.by_consent and i.client_id is not null))))
      on conflict (subscription_id, event_id) do nothing
      returning 1
    )
    select count(*)::int as n from added`));
  return Number(rows[0]?.n ?? 0);
}

/** A claimed delivery with what its try needs. */
export interface ClaimedDelivery {
  id: number;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  attempts: number;
  url: string;
  ownerKind: WebhookOwnerKind;
  ownerCode: string;
  secret: string;
  previousSecret: string | null;
  previousSecretValidUntil: Date | null;
  validatedAt: Date | null;
  clientId: string | null;
  envelope: EventEnvelope;
}

/**
 * Claims due deliveries: of each subscription as many as this replica has free slots for (`perEndpoint` less the
 * tries of it still `inflight` here), at most `limit` in all. A claim counts a try and moves `next_attempt_at` a lease
 * ahead: if this replica dies, another takes the row once the lease is over.
 */
export async function claimDue(db: Db, opts: { inflight: Map<string, number>; perEndpoint: number; limit: number; leaseMs: number }): Promise<ClaimedDelivery[]> {
  const inflight = JSON.stringify(Object.fromEntries(opts.inflight));
  return rowsOf<ClaimedDelivery>(db.execute(sql`
    with due as (
      select d.id from ${webhookSubscriptions} s
      cross join lateral (
        select id from ${webhookDeliveries} d
        where d.subscription_id = s.id and d.status = 'PENDING' and d.next_attempt_at <= now()
        order by d.next_attempt_at limit greatest(0, ${opts.perEndpoint} - coalesce((${inflight}::jsonb ->> s.id::text)::int, 0))
        for update skip locked
      ) d
      limit ${opts.limit}
    ), claimed as (
      update ${webhookDeliveries} d
      set attempts = d.attempts + 1, last_attempt_at = now(), next_attempt_at = now() + ${opts.leaseMs} * interval '1 millisecond'
      from due where d.id = due.id
      returning d.id, d.subscription_id, d.event_id, d.event_type, d.attempts
    )
    select c.id::int as "id", c.subscription_id as "subscriptionId", c.event_id as "eventId", c.event_type as "eventType",
      c.attempts as "attempts", s.url, s.owner_kind as "ownerKind", s.owner_code as "ownerCode", s.secret,
      s.previous_secret as "previousSecret", s.previous_secret_valid_until as "previousSecretValidUntil",
      s.validated_at as "validatedAt", e.client_id as "clientId", e.envelope
    from claimed c
    join ${webhookSubscriptions} s on s.id = c.subscription_id
    join ${webhookEvents} e on e.event_id = c.event_id`));
}

export type TryOutcome =
  | { kind: 'delivered'; statusCode: number }
  | { kind: 'failed'; statusCode: number | null; error: string; retryAt: Date | null }
  | { kind: 'withheld'; reason: string }
  /** The try could not be judged (the consent check is away): not counted, tried again at `retryAt`. */
  | { kind: 'postponed'; error: string; retryAt: Date };

/** What a try leaves on its delivery row. */
function rowAfter(id: number, o: TryOutcome) {
  switch (o.kind) {
    case 'delivered': return { id, status: 'DELIVERED', next_at: null, code: o.statusCode, keep_code: false, error: null, uncount: 0 };
    case 'failed': return { id, status: o.retryAt ? 'PENDING' : 'DEAD_LETTERED', next_at: o.retryAt, code: o.statusCode, keep_code: false, error: o.error, uncount: 0 };
    case 'withheld': return { id, status: 'WITHHELD', next_at: null, code: null, keep_code: true, error: o.reason, uncount: 0 };
    case 'postponed': return { id, status: 'PENDING', next_at: o.retryAt, code: null, keep_code: true, error: o.error, uncount: 1 };
  }
}

/**
 * What the tries, in the order they ended, leave on each subscription's health: whether one succeeded, the failures
 * since the last success (or all, when none did), and the last failure's error.
 */
function healthAfter(tries: { claimed: ClaimedDelivery; outcome: TryOutcome }[]) {
  const subs = new Map<string, { id: string; succeeded: boolean; failures: number; error: string | null }>();
  for (const { claimed, outcome } of tries) {
    if (outcome.kind !== 'delivered' && outcome.kind !== 'failed') continue;
    const h = subs.get(claimed.subscriptionId) ?? { id: claimed.subscriptionId, succeeded: false, failures: 0, error: null };
    if (outcome.kind === 'delivered') Object.assign(h, { succeeded: true, failures: 0 });
    else Object.assign(h, { failures: h.failures + 1, error: outcome.error });
    subs.set(claimed.subscriptionId, h);
  }
  return [...subs.values()];
}

/**
 * Records tries' outcomes on their deliveries and their subscriptions' health, in one statement for the whole batch
 * (the dispatcher gathers the tries that end while the previous batch is being written). A subscription's row is
 * touched only when its health changes, or once a second: every success would otherwise queue on it.
 */
export async function settle(db: Db, tries: { claimed: ClaimedDelivery; outcome: TryOutcome }[]): Promise<void> {
  if (!tries.length) return;
  const rows = JSON.stringify(tries.map((t) => rowAfter(t.claimed.id, t.outcome)));
  const health = JSON.stringify(healthAfter(tries));
  await db.execute(sql`
    with t as (
      select * from jsonb_to_recordset(${rows}::jsonb) as x(id bigint, status text, next_at timestamptz, code int, keep_code boolean, error text, uncount int)
    ), done as (
      update ${webhookDeliveries} d set status = t.status, next_attempt_at = t.next_at, last_error = t.error, attempts = d.attempts - t.uncount,
        last_status_code = case when t.keep_code then d.last_status_code else t.code end,
        delivered_at = case when t.status = 'DELIVERED' then now() else d.delivered_at end
      from t where d.id = t.id
    ), h as (
      select * from jsonb_to_recordset(${health}::jsonb) as x(id uuid, succeeded boolean, failures int, error text)
    )
    update ${webhookSubscriptions} s set
      last_success_at = case when h.succeeded then now() else s.last_success_at end,
      consecutive_failures = case when h.succeeded then h.failures else s.consecutive_failures + h.failures end,
      last_failure_at = case when h.error is not null then now() else s.last_failure_at end,
      last_error = coalesce(h.error, s.last_error)
    from h where s.id = h.id
      and (h.error is not null or s.consecutive_failures <> 0 or s.last_success_at is null or s.last_success_at < now() - interval '1 second')`);
}

/** Marks the subscription's endpoint as having passed the validation handshake. */
export const markValidated = (db: Db, subscriptionId: string) =>
  db.update(webhookSubscriptions).set({ validatedAt: new Date() }).where(eq(webhookSubscriptions.id, subscriptionId));

/** Puts dead-lettered deliveries of a subscription back to PENDING with a fresh set of tries; returns how many. */
export async function redrive(db: Db, subscriptionId: string, deliveryIds: number[] | null): Promise<number> {
  const d = webhookDeliveries;
  const rows = await db
    .update(d)
    .set({ status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), lastError: null, lastStatusCode: null })
    .where(and(eq(d.subscriptionId, subscriptionId), eq(d.status, 'DEAD_LETTERED'), deliveryIds ? inArray(d.id, deliveryIds) : undefined))
    .returning({ id: d.id });
  return rows.length;
}

/**
 * Forgets what is done and older than `before`: delivered and withheld deliveries, then stored events no delivery
 * refers to any more. Pending and dead-lettered deliveries stay (they are still the owner's to see and redrive).
 */
export async function pruneDeliveries(db: Db, before: Date): Promise<number> {
  const d = webhookDeliveries;
  const gone = await db.delete(d).where(and(inArray(d.status, ['DELIVERED', 'WITHHELD']), lt(d.createdAt, before))).returning({ id: d.id });
  await db.execute(sql`delete from ${webhookEvents} e where e.received_at < ${before.toISOString()}::timestamptz and not exists (select 1 from ${webhookDeliveries} d where d.event_id = e.event_id)`);
  return gone.length;
}
