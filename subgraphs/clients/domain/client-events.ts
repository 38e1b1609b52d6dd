/**
 * The events the clients subgraph sends out of the graph (docs/events.md): consents and representations. Data carries
 * ids, codes and scopes, never the purpose text, personal codes or names; the client travels beside the envelope
 * (the outbox's `client_id`), so only those who may see the client's data are shown the event.
 */
import { eventType, sourceOf, type NewEvent } from '@public-service-graph/subgraph-kit/events/outbox';
import type { ConsentRow, RepresentationRow } from '../db/tables.ts';

export const CLIENTS_SOURCE = sourceOf('clients');

export const CLIENT_EVENT_TYPES = {
  consentRequested: eventType('consent', 'requested'),
  consentGranted: eventType('consent', 'granted'),
  consentRejected: eventType('consent', 'rejected'),
  consentRevoked: eventType('consent', 'revoked'),
  consentExpired: eventType('consent', 'expired'),
  representationGranted: eventType('representation', 'granted'),
  representationRevoked: eventType('representation', 'revoked'),
} as const;

type ConsentHappened = 'requested' | 'granted' | 'rejected' | 'revoked' | 'expired';

/** The event of a consent's change; null when nothing changed (a lost race writes no event). */
export function consentEvent(row: ConsentRow | null, happened: ConsentHappened, at: Date): NewEvent[] {
  if (!row) return [];
  return [{
    type: eventType('consent', happened),
    subject: row.id,
    time: at,
    data: { consentId: row.id, recipientKind: row.recipientKind, recipientId: row.recipientId, scopes: row.scopes, validUntil: row.validUntil?.toISOString() ?? null },
    // An institution sees the consents given to it; an application reads them through the person's token.
    institutionCode: row.recipientKind === 'INSTITUTION' ? row.recipientId : null,
    clientId: row.clientId,
  }];
}

/** The event of a representation's change, shown to the party represented; null row: none. */
export function representationEvent(row: RepresentationRow | null, happened: 'granted' | 'revoked', at: Date): NewEvent[] {
  if (!row) return [];
  return [{
    type: eventType('representation', happened),
    subject: row.id,
    time: at,
    data: { representationId: row.id, basis: row.basis, scopes: row.scopes, validUntil: row.validUntil?.toISOString() ?? null },
    clientId: row.partyId,
  }];
}
