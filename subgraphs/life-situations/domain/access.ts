/**
 * Who may see and do what in the life-situations subgraph: every rule in one place.
 *
 * - The catalogue of life situations is public.
 * - A client's life events, progress and proactive offers: the client themself (a person signed in directly) or a
 *   person acting for them (identity `onBehalfOf`, checked by the gateway against the clients subgraph's
 *   representations). Everyone else (other persons, institutions, operators, applications, anonymous callers) gets
 *   FORBIDDEN, whatever client id they reach. Offers also need the client's consent to proactive offers, which the
 *   clients subgraph holds (`consentsToProactiveOffers`, read with @requires): without it there are none.
 * - Life events are reported by institutions, each only for the kinds of events it is listed for.
 * - Every read by a person acting for the client is written to the client's access log before the answer leaves;
 *   the client reads that log (`lifeSituationAccessEvents`, merged into the clients subgraph's `accessLog`), and so does
 *   a representative with represent:profile:read.
 * - The list of who may report what: operators all of it (not the gateway's own service identity), an institution
 *   its own entries.
 */
import { forbidden } from '@public-service-graph/subgraph-kit/errors';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import { REPRESENT_SCOPES, hasScope, isGatewayService } from '@public-service-graph/subgraph-kit/scopes';

/** How the caller is related to the client whose life data they read. */
export interface ClientSide { as: 'CLIENT' | 'REPRESENTATIVE'; identifier: string | null }

/**
 * The caller's side of a client's life data, or FORBIDDEN. `identifier` is the client's personal code when the
 * identity carries it (the person's own, or that of the person acted for), for conditions on age; null otherwise.
 */
export function clientSide(identity: Identity, clientId: string, what: string): ClientSide {
  if (identity.kind === 'person' && identity.person) {
    if (identity.person.clientId === clientId) return { as: 'CLIENT', identifier: identity.person.personalCode ?? null };
    if (identity.onBehalfOf?.clientId === clientId) return { as: 'REPRESENTATIVE', identifier: identity.onBehalfOf.kind === 'person' ? (identity.onBehalfOf.code ?? null) : null };
  }
  throw forbidden(`Only the client themself, or a person acting for them, may see ${what}.`);
}

/** The access-log entry for a read of the client's life data; null when the client reads their own. */
export function accessEntry(identity: Identity, side: ClientSide, clientId: string, resource: string) {
  if (side.as === 'CLIENT' || !identity.person) return null;
  return { actorKind: 'PERSON' as const, actor: identity.person.name ?? identity.person.clientId, clientId, resource, purpose: null };
}

/** The client's own access log: the client themself only (everyone else sees an empty list). */
/**
 * The reads of a client's life data: the client, and a person acting for them with represent:profile:read, who reads
 * the client's whole merged access log in the clients subgraph (the same rule as the cases subgraph's).
 */
export const mayReadAccessLog = (identity: Identity, clientId: string): boolean =>
  (identity.kind === 'person' && identity.person?.clientId === clientId) ||
  (identity.kind === 'person' && identity.onBehalfOf?.clientId === clientId && hasScope(identity, REPRESENT_SCOPES.PROFILE_READ));

/** The code of the institution reporting a life event; FORBIDDEN for anyone but an institution. */
export function reportingInstitution(identity: Identity): string {
  if (identity.kind === 'institution' && identity.institution) return identity.institution;
  throw forbidden('Only an institution’s system may report life events: use the institution’s credentials.');
}

/** FORBIDDEN unless `institution` is among those allowed to report this kind of event; names who may. */
export function requireReporter(institution: string, eventType: string, allowed: readonly string[]): void {
  if (allowed.includes(institution)) return;
  const who = allowed.length ? `only ${allowed.join(', ')} may` : 'no institution may yet';
  throw forbidden(`${institution} may not report ${eventType} events: ${who}. An operator decides who may report which events.`);
}

/** Whose entries of the reporters list the caller sees: null for all (operators), else the institution's code. */
export function reportersScope(identity: Identity): string | null {
  if (identity.kind === 'operator' && !isGatewayService(identity)) return null;
  if (identity.kind === 'institution' && identity.institution) return identity.institution;
  throw forbidden('Only operators and institutions may read who may report life events.');
}

/** Offers only while the client consents to proactive offers (read from the clients subgraph); unknown is no. */
export const offersAllowed = (client: { consentsToProactiveOffers?: boolean | null }): boolean => client.consentsToProactiveOffers === true;
