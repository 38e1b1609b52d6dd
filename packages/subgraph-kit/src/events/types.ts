/**
 * The event types a subscriber may ask for, and the consent an application needs to receive each: an application
 * gets a person's event only while the person's consent with that scope to it holds. A type with no consent scope
 * here is never delivered to applications. Each subgraph that sends events adds its types (docs/events.md).
 */
import { CONSENT_SCOPES } from '../scopes.ts';
import { eventType } from './outbox.ts';

const caseTypes = ['registered', 'delivered', 'status-changed', 'decided', 'timeline-event-added', 'rated', 'complaint-submitted'].map((t) => eventType('case', t));

export const EVENT_TYPES: ReadonlyMap<string, { consentScope: string | null }> = new Map([
  ...caseTypes.map((t) => [t, { consentScope: CONSENT_SCOPES.CASES_READ }] as const),
]);

/** Who may see an event besides operators, from its outbox row: travels beside the envelope on the bus, never inside it. */
export interface EventAudience { institutionCode: string | null; clientId: string | null }

export const isKnownEventType = (type: string): boolean => EVENT_TYPES.has(type);

/** The consent scope an application needs from the person to receive an event of this type; null: never. */
export const consentScopeFor = (type: string): string | null => EVENT_TYPES.get(type)?.consentScope ?? null;
