/**
 * The events the life-situations subgraph sends out of the graph (docs/events.md): a life event reported, and for
 * each life situation it puts the client in, a proactive offer available. The client travels beside the envelope
 * (the outbox's `client_id`); data carries ids and codes only, never the related person.
 */
import { eventType, sourceOf, type NewEvent } from '@public-service-graph/subgraph-kit/events/outbox';
import type { LifeEventRow } from '../db/tables.ts';

export const LIFE_SITUATIONS_SOURCE = sourceOf('life-situations');
export const LIFE_EVENT_REPORTED = eventType('life-event', 'reported');
export const OFFER_AVAILABLE = eventType('proactive-offer', 'available');

/** The events of a newly stored life event; `situationCodes` are the situations it triggers for the client's audience. */
export function lifeEventEvents(event: LifeEventRow, situationCodes: string[]): NewEvent[] {
  const base = { time: event.reportedAt, clientId: event.clientId };
  return [
    { ...base, type: LIFE_EVENT_REPORTED, subject: event.id, data: { lifeEventId: event.id, lifeEventType: event.type, occurredOn: event.occurredOn, reportedBy: event.reportedBy } },
    ...situationCodes.map((code) => ({ ...base, type: OFFER_AVAILABLE, subject: `${event.id}/${code}`, data: { lifeEventId: event.id, lifeEventType: event.type, lifeSituationCode: code } })),
  ];
}
