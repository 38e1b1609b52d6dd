/**
 * Which events a write to a case sends out of the graph, decided from the case before and after it: the one place
 * that maps changes to event types (docs/events.md). Data carries ids and codes, never the client or free text.
 */
import { eventType, sourceOf, type NewEvent } from '@public-service-graph/subgraph-kit/events/outbox';
import type { CaseEventRow, CaseRow } from '../db/tables.ts';

export const CASES_SOURCE = sourceOf('cases');

export const CASE_EVENT_TYPES = {
  registered: eventType('case', 'registered'),
  delivered: eventType('case', 'delivered'),
  statusChanged: eventType('case', 'status-changed'),
  decided: eventType('case', 'decided'),
  timelineEventAdded: eventType('case', 'timeline-event-added'),
  rated: eventType('case', 'rated'),
  complaintSubmitted: eventType('case', 'complaint-submitted'),
} as const;
export const caseEventTypeNames: readonly string[] = Object.values(CASE_EVENT_TYPES);

/**
 * The events of one write: `before` is null for a new case; `timeline` is the timeline event the write added, if any.
 * A write that changes nothing anyone outside needs to hear of gives none.
 */
export function caseEventsOf(before: CaseRow | null, after: CaseRow, timeline: CaseEventRow | null): NewEvent[] {
  const base = { caseId: after.id, institutionCode: after.institutionCode, serviceCode: after.serviceCode, version: after.version };
  const event = (type: string, data: Record<string, unknown> = {}): NewEvent => ({
    type,
    subject: after.id,
    time: after.updatedAt,
    data: { ...base, ...data },
    institutionCode: after.institutionCode,
    clientId: after.clientId,
  });
  const timelineId = timeline ? { timelineEventId: String(timeline.id) } : {};
  if (!before) {
    if (after.kind === 'EVENT_ONLY') return [event(CASE_EVENT_TYPES.delivered, { reference: after.reference, status: after.status, ...timelineId })];
    return [event(CASE_EVENT_TYPES.registered, { reference: after.reference, status: after.status, kind: after.kind, ...timelineId })];
  }
  const events: NewEvent[] = [];
  if (before.status !== after.status) events.push(event(CASE_EVENT_TYPES.statusChanged, { from: before.status, to: after.status, ...timelineId }));
  if (after.decision && before.decision !== after.decision) events.push(event(CASE_EVENT_TYPES.decided, { decision: after.decision }));
  if (after.rating != null && before.rating == null) events.push(event(CASE_EVENT_TYPES.rated, { rating: after.rating }));
  if (after.complaintCount > before.complaintCount) events.push(event(CASE_EVENT_TYPES.complaintSubmitted, { complaintCount: after.complaintCount, ...timelineId }));
  if (!events.length && timeline) events.push(event(CASE_EVENT_TYPES.timelineEventAdded, { eventType: timeline.type, ...timelineId }));
  return events;
}
