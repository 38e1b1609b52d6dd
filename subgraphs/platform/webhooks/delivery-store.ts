/**
 * The dispatcher's statements on the delivery tables: taking an event from the bus (fan-out), claiming due
 * deliveries, and settling a try. Each is one statement or one short transaction, and none holds a lock while an
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
 * Claims due deliveries: at most `perEndpoint` of each subscription not in `busy` (those this replica is still
 * calling), for at most `subscriptions` subscriptions. A claim counts a try and moves `next_attempt_at` a lease
 * ahead: if this replica dies, another takes the row once the lease is over.
 */
export async function claimDue(db: Db, opts: { busy: string[]; perEndpoint: number; subscriptions: number; leaseMs: number }): Promise<ClaimedDelivery[]> {
  const busy = `{${opts.busy.join(',')}}`;
  return rowsOf<ClaimedDelivery>(db.execute(sql`
    with due as (
      select d.id from ${webhookSubscriptions} s
      cross join lateral (
        select id from ${webhookDeliveries} d
        where d.subscription_id = s.id and d.status = 'PENDING' and d.next_attempt_at <= now()
        order by d.next_attempt_at limit ${opts.perEndpoint}
        for update skip locked
      ) d
      where s.id <> all(${busy}::uuid[])
      limit ${opts.subscriptions * opts.perEndpoint}
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

/** Records a try's outcome on the delivery and its subscription's health, in one transaction. */
export async function settle(db: Db, claimed: ClaimedDelivery, outcome: TryOutcome): Promise<void> {
  const now = new Date();
  if (outcome.kind === 'delivered') {
    // The common case in one statement. Every success would otherwise queue on the subscription's row: it is touched
    // only when its health changes, or once a second.
    await db.execute(sql`
      with done as (
        update ${webhookDeliveries} set status = 'DELIVERED', delivered_at = now(), next_attempt_at = null, last_status_code = ${outcome.statusCode}, last_error = null
        where id = ${claimed.id}
      )
      update ${webhookSubscriptions} set last_success_at = now(), consecutive_failures = 0
      where id = ${claimed.subscriptionId} and (consecutive_failures <> 0 or last_success_at is null or last_success_at < now() - interval '1 second')`);
    return;
  }
  await db.transaction(async (tx) => {
    const d = webhookDeliveries;
    const s = webhookSubscriptions;
    switch (outcome.kind) {
      case 'failed':
        await tx
          .update(d)
          .set(outcome.retryAt ? { nextAttemptAt: outcome.retryAt, lastStatusCode: outcome.statusCode, lastError: outcome.error } : { status: 'DEAD_LETTERED', nextAttemptAt: null, lastStatusCode: outcome.statusCode, lastError: outcome.error })
          .where(eq(d.id, claimed.id));
        await tx.update(s).set({ lastFailureAt: now, lastError: outcome.error, consecutiveFailures: sql`${s.consecutiveFailures} + 1` }).where(eq(s.id, claimed.subscriptionId));
        return;
      case 'withheld':
        await tx.update(d).set({ status: 'WITHHELD', nextAttemptAt: null, lastError: outcome.reason }).where(eq(d.id, claimed.id));
        return;
      case 'postponed':
        await tx.update(d).set({ attempts: sql`${d.attempts} - 1`, nextAttemptAt: outcome.retryAt, lastError: outcome.error }).where(eq(d.id, claimed.id));
    }
  });
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
