/**
 * The event types a subscriber may ask for, and what an application receives of each: a person's event while the
 * person's consent with the type's scope to it holds, or (`toRecipient`) the events of a consent that names the
 * application itself. Other types are never delivered to applications. Each subgraph that sends events adds its
 * types (docs/events.md).
 */
import { CONSENT_SCOPES } from '../scopes.ts';
import { eventType, type EventAudience } from './outbox.ts';

const caseTypes = ['registered', 'delivered', 'status-changed', 'decided', 'timeline-event-added', 'rated', 'complaint-submitted', 'overdue'].map((t) => eventType('case', t));
// The application a consent names learns of it (never another application's consent); the person and an institution recipient by the audience.
const consentTypes = ['requested', 'granted', 'rejected', 'revoked', 'expired'].map((t) => eventType('consent', t));
// Institutions (the event's institution) and operators receive these; applications do not (no consent scope covers them).
const otherTypes = [
  ...['granted', 'revoked'].map((t) => eventType('representation', t)),
  eventType('life-event', 'reported'),
  eventType('proactive-offer', 'available'),
  ...['published', 'changed', 'archived'].map((t) => eventType('service', t)),
  eventType('channel', 'changed'),
  eventType('supergraph', 'published'),
];

interface TypeRule { consentScope: string | null; toRecipient?: true }

export const EVENT_TYPES: ReadonlyMap<string, TypeRule> = new Map<string, TypeRule>([
  ...caseTypes.map((t) => [t, { consentScope: CONSENT_SCOPES.CASES_READ }] as const),
  ...consentTypes.map((t) => [t, { consentScope: null, toRecipient: true }] as const),
  ...otherTypes.map((t) => [t, { consentScope: null }] as const),
]);

export type { EventAudience };

export const isKnownEventType = (type: string): boolean => EVENT_TYPES.has(type);

/** The consent scope an application needs from the person to receive an event of this type; null: not by consent. */
export const consentScopeFor = (type: string): string | null => EVENT_TYPES.get(type)?.consentScope ?? null;

/** Whether applications may receive events of this type at all: by a person's consent, or as a consent's recipient. */
export const sentToApplications = (type: string): boolean => !!consentScopeFor(type) || !!EVENT_TYPES.get(type)?.toRecipient;

/** The application a consent event names as its recipient (it alone receives the event); null for any other event. */
export function recipientApplication(event: { type: string; data?: unknown }): string | null {
  if (!EVENT_TYPES.get(event.type)?.toRecipient) return null;
  const data = event.data as { recipientKind?: unknown; recipientId?: unknown } | undefined;
  return data?.recipientKind === 'APPLICATION' && typeof data.recipientId === 'string' ? data.recipientId : null;
}
