/**
 * The event types a subscriber may ask for, and the consent an application needs to receive each: an application
 * gets a person's event only while the person's consent with that scope to it holds. A type with no consent scope
 * here is never delivered to applications. Each subgraph that sends events adds its types (docs/events.md).
 */
import { CONSENT_SCOPES } from '../scopes.ts';
import { eventType, type EventAudience } from './outbox.ts';

const caseTypes = ['registered', 'delivered', 'status-changed', 'decided', 'timeline-event-added', 'rated', 'complaint-submitted', 'overdue'].map((t) => eventType('case', t));
// Institutions (the event's institution) and operators receive these; applications do not (no consent scope covers them).
const otherTypes = [
  ...['requested', 'granted', 'rejected', 'revoked', 'expired'].map((t) => eventType('consent', t)),
  ...['granted', 'revoked'].map((t) => eventType('representation', t)),
  eventType('life-event', 'reported'),
  eventType('proactive-offer', 'available'),
  ...['published', 'changed', 'archived'].map((t) => eventType('service', t)),
  eventType('channel', 'changed'),
  eventType('supergraph', 'published'),
];

export const EVENT_TYPES: ReadonlyMap<string, { consentScope: string | null }> = new Map<string, { consentScope: string | null }>([
  ...caseTypes.map((t) => [t, { consentScope: CONSENT_SCOPES.CASES_READ }] as const),
  ...otherTypes.map((t) => [t, { consentScope: null }] as const),
]);

export type { EventAudience };

export const isKnownEventType = (type: string): boolean => EVENT_TYPES.has(type);

/** The consent scope an application needs from the person to receive an event of this type; null: never. */
export const consentScopeFor = (type: string): string | null => EVENT_TYPES.get(type)?.consentScope ?? null;
