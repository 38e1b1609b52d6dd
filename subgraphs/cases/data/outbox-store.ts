import { and, asc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import { consentScopeFor, EVENT_TYPES } from '@public-service-graph/subgraph-kit/events/types';
import { outbox, receivedEvents } from '../db/tables.ts';
import type { EventAudience } from '../domain/access.ts';

export interface FeedRow { id: number; envelope: EventEnvelope }

/**
 * A page of the outbox for the events feed: rows after `afterId` that `audience` may see, in outbox order (which is
 * commit order, see packages/subgraph-kit/src/events/outbox.ts appendEvents, so resuming after an id never skips a later commit).
 */
export async function eventsAfter(db: Db, audience: EventAudience, types: string[] | null, afterId: number, limit: number): Promise<FeedRow[]> {
  let visible: SQL;
  if ('all' in audience) visible = sql`true`;
  else if ('institutionCode' in audience) visible = eq(outbox.institutionCode, audience.institutionCode);
  else if (audience.clientIds.length) visible = inArray(outbox.clientId, audience.clientIds);
  else return [];
  return db
    .select({ id: outbox.id, envelope: outbox.envelope })
    .from(outbox)
    .where(and(gt(outbox.id, afterId), visible, types?.length ? inArray(outbox.type, types) : undefined))
    .orderBy(asc(outbox.id))
    .limit(limit);
}

/** The types an application reads of a person by the person's consent (the others about the person are not its business). */
const BY_CONSENT = [...EVENT_TYPES.keys()].filter((type) => consentScopeFor(type));

/**
 * A page of the other subgraphs' events received from the bus, by the same rule plus the public catalogue's events
 * for everyone signed in; in order of arrival (ids are given as they arrive, one consumer at a time per process).
 */
export async function receivedAfter(db: Db, audience: EventAudience, types: string[] | null, afterId: number, limit: number): Promise<FeedRow[]> {
  const t = receivedEvents;
  let visible: SQL | undefined;
  if ('all' in audience) visible = sql`true`;
  else if ('institutionCode' in audience) visible = or(eq(t.public, true), eq(t.institutionCode, audience.institutionCode));
  else if (audience.application)
    visible = or(eq(t.public, true), eq(t.applicationId, audience.application), audience.clientIds.length ? and(inArray(t.clientId, audience.clientIds), inArray(t.type, BY_CONSENT)) : undefined);
  else visible = audience.clientIds.length ? or(eq(t.public, true), inArray(t.clientId, audience.clientIds)) : eq(t.public, true);
  return db
    .select({ id: t.id, envelope: t.envelope })
    .from(t)
    .where(and(gt(t.id, afterId), visible, types?.length ? inArray(t.type, types) : undefined))
    .orderBy(asc(t.id))
    .limit(limit);
}
