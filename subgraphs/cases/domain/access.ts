/**
 * Who may see and change what in the cases subgraph: every rule in one place.
 *
 * - The client sees their own cases. A person acting for a client (identity `onBehalfOf`, which the gateway fills in
 *   from the clients subgraph's representations after `X-Act-For`) sees that client's cases with the scope
 *   represent:cases:read, and rates or complains for them with represent:cases:submit.
 * - An application holding a person's token sees that person's cases with the person's consent consent:cases:read
 *   (the gateway asks the clients subgraph on every request); it never writes.
 * - The institution that registered a case sees and writes it, and nobody else's; operators see everything; the
 *   gateway's own service identity (an operator in form) sees nothing here.
 * - Institutions and operators state a purpose when they read a natural person's case. Every read by anyone but the
 *   client goes to the client's access log.
 */
import { badInput, forbidden, unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import { CONSENT_SCOPES, hasScope, isGatewayService, REPRESENT_SCOPES } from '@public-service-graph/subgraph-kit/scopes';
import type { AccessActorKind, CaseRow, NewAccessLogRow } from '../db/tables.ts';

/** A platform operator (a person at the platform), not the gateway's own service identity. */
export const isOperator = (identity: Identity): boolean => identity.kind === 'operator' && !!identity.operator && !isGatewayService(identity);

/** The projection of the service catalogue is the operators' to read and sync. */
export function requireProjectionOperator(identity: Identity): void {
  if (!isOperator(identity)) throw forbidden('Only operators read and sync the cases subgraph’s projection of the service catalogue.');
}

/**
 * Client ids whose cases the caller reads as the client side: a person their own and, with represent:cases:read,
 * the party they act for; an application with consent:cases:read, the person whose token it holds.
 */
export function clientIdsActingAs(identity: Identity): string[] {
  if (identity.kind === 'person' && identity.person) {
    const acting = identity.onBehalfOf && hasScope(identity, REPRESENT_SCOPES.CASES_READ) ? [identity.onBehalfOf.clientId] : [];
    return [identity.person.clientId, ...acting];
  }
  if (identity.kind === 'application' && identity.person && hasScope(identity, CONSENT_SCOPES.CASES_READ)) return [identity.person.clientId];
  return [];
}

/** Whether the caller is this client, signed in themself (not a representative, not an application). */
export const isClientThemself = (identity: Identity, clientId: string): boolean => identity.kind === 'person' && identity.person?.clientId === clientId;

/** Whether the caller sees the case: its client side, the institution that handles it, operators. */
export function mayReadCase(identity: Identity, row: Pick<CaseRow, 'clientId' | 'institutionCode'>): boolean {
  if (isOperator(identity)) return true;
  if (identity.kind === 'institution') return identity.institution === row.institutionCode;
  return clientIdsActingAs(identity).includes(row.clientId);
}

/** Whether the caller may list this client's cases (`Client.cases`). */
export function mayListClientCases(identity: Identity, clientId: string): boolean {
  return isOperator(identity) || clientIdsActingAs(identity).includes(clientId);
}

/**
 * The reads of a client's cases: the client, and a person acting for them with represent:profile:read, who may read
 * the client's whole access log in the clients subgraph too.
 */
export const mayReadAccessLog = (identity: Identity, clientId: string): boolean =>
  isClientThemself(identity, clientId) ||
  (identity.kind === 'person' && identity.onBehalfOf?.clientId === clientId && hasScope(identity, REPRESENT_SCOPES.PROFILE_READ));

/** The client's completed services (for life situations): the client, and a person acting for them who reads their cases. */
export const mayReadCompletedServices = (identity: Identity, clientId: string): boolean =>
  identity.kind === 'person' && clientIdsActingAs(identity).includes(clientId);

/** The institution code of an institution caller; everyone else may not write cases. */
export function writingInstitution(identity: Identity): string {
  if (identity.kind !== 'institution' || !identity.institution)
    throw forbidden('Only an institution’s system may register and update cases: use the institution’s credentials.');
  return identity.institution;
}

/** The client side of a case acting now (rating, complaints): the client, or a representative with represent:cases:submit. */
export function clientSideActor(identity: Identity, row: Pick<CaseRow, 'clientId'>): { kind: 'CLIENT' | 'REPRESENTATIVE'; id: string } | null {
  if (identity.kind !== 'person' || !identity.person) return null;
  if (identity.person.clientId === row.clientId) return { kind: 'CLIENT', id: row.clientId };
  if (identity.onBehalfOf?.clientId === row.clientId && hasScope(identity, REPRESENT_SCOPES.CASES_SUBMIT)) return { kind: 'REPRESENTATIVE', id: identity.person.clientId };
  return null;
}

/** Operators see every institution's cases (optionally one); an institution its own only. */
export function institutionScope(identity: Identity, requested: string | null | undefined): string | null {
  if (isOperator(identity)) return requested ?? null;
  if (identity.kind === 'institution' && identity.institution) {
    if (requested && requested !== identity.institution) throw forbidden(`An institution sees its own cases only; you are ${identity.institution}.`);
    return identity.institution;
  }
  throw forbidden('Only institutions and operators may list and report cases by institution.');
}

const PURPOSE_MAX = 200;

/** A stated purpose, trimmed; BAD_USER_INPUT when it is empty or too long. */
export function parsePurpose(purpose: string | null | undefined): string | null {
  if (purpose == null) return null;
  const text = purpose.trim();
  if (!text || text.length > PURPOSE_MAX) throw badInput(`"purpose" must be 1–${PURPOSE_MAX} characters.`, { argument: 'purpose' });
  return text;
}

/** Institutions and operators must say why they read a natural person's case. */
export function requirePurposeFor(identity: Identity, row: Pick<CaseRow, 'clientKind'>, purpose: string | null): void {
  if ((identity.kind === 'institution' || isOperator(identity)) && row.clientKind === 'PERSON' && !purpose)
    throw badInput('Reading a person’s case needs a "purpose" (why you read it); it is shown to the person in their access log.', { argument: 'purpose' });
}

/** Who is reading, as the access log names them; null when the reader is the client themself (not logged). */
function accessActor(identity: Identity, clientId: string): { actorKind: AccessActorKind; actor: string } | null {
  switch (identity.kind) {
    case 'person':
      return identity.person && identity.person.clientId !== clientId ? { actorKind: 'PERSON', actor: identity.person.clientId } : null;
    case 'institution':
      return { actorKind: 'INSTITUTION', actor: identity.institution ?? 'unknown' };
    case 'application':
      return { actorKind: 'APPLICATION', actor: identity.application ?? 'unknown' };
    case 'operator':
      return { actorKind: 'OPERATOR', actor: identity.operator ?? 'unknown' };
    default:
      return null;
  }
}

/** The access-log entries for reading these cases: one per case not read by its own client. */
export function accessEntries(identity: Identity, rows: readonly CaseRow[], purpose: string | null): NewAccessLogRow[] {
  const entries: NewAccessLogRow[] = [];
  for (const row of rows) {
    const who = accessActor(identity, row.clientId);
    if (who) entries.push({ ...who, clientId: row.clientId, caseId: row.id, resource: `case ${row.reference}`, purpose });
  }
  return entries;
}

/**
 * Whose events the caller may read in the events feed: all (operators), one institution's, or some clients'. An
 * application (`application` set) reads of its persons only the types their consent covers (case events), and the
 * events of the consents given to it.
 */
export type EventAudience = { all: true } | { institutionCode: string } | { clientIds: string[]; application?: string };

/** The same rule as `mayReadCase`, as a filter over the outbox; anonymous callers are UNAUTHENTICATED. */
export function eventAudience(identity: Identity): EventAudience {
  if (identity.kind === 'anonymous') throw unauthenticated('Sign in to read the events feed: it shows events about the cases you may see.');
  if (isOperator(identity)) return { all: true };
  if (identity.kind === 'institution') return identity.institution ? { institutionCode: identity.institution } : { clientIds: [] };
  if (identity.kind === 'application' && identity.application) return { clientIds: clientIdsActingAs(identity), application: identity.application };
  return { clientIds: clientIdsActingAs(identity) };
}
