/**
 * Who may see and change what in the cases subgraph: every rule in one place.
 *
 * - The client sees their own cases; a person acting for a client (identity `onBehalfOf`, filled in by the gateway
 *   from the clients subgraph's representations) sees that client's cases too, and each such read is logged.
 * - The institution that registered a case sees and writes it, and nobody else's; operators see everything.
 * - Institutions and operators state a purpose when they read a natural person's case; the read is logged.
 * - Applications see no case yet: reading a person's cases needs the person's consent, which the clients subgraph
 *   will hold (issue 5); until the identity carries it, applications get public statistics only.
 */
import { badInput, forbidden } from '../../../common/errors.ts';
import type { Identity } from '../../../common/identity.ts';
import type { AccessActorKind, CaseRow, NewAccessLogRow } from '../db/tables.ts';

/** Client ids whose cases the caller sees as a client: their own, and the party they act for. */
export function clientIdsActingAs(identity: Identity): string[] {
  if (identity.kind !== 'person') return [];
  return [identity.person?.clientId, identity.onBehalfOf?.clientId].filter((id): id is string => !!id);
}

/** Whether the caller is this client, signed in themself (not a representative, not an application). */
export const isClientThemself = (identity: Identity, clientId: string): boolean => identity.kind === 'person' && identity.person?.clientId === clientId;

/** Whether the caller sees the case: its client side, the institution that handles it, operators. */
export function mayReadCase(identity: Identity, row: Pick<CaseRow, 'clientId' | 'institutionCode'>): boolean {
  if (identity.kind === 'operator') return true;
  if (identity.kind === 'institution') return identity.institution === row.institutionCode;
  return clientIdsActingAs(identity).includes(row.clientId);
}

/** Whether the caller may list this client's cases (`Client.cases`). */
export function mayListClientCases(identity: Identity, clientId: string): boolean {
  return identity.kind === 'operator' || clientIdsActingAs(identity).includes(clientId);
}

/** Reads of the client's own access log: the client themself only. */
export const mayReadAccessLog = isClientThemself;

/** The client's completed services (for life situations): the client and whoever acts for them. */
export const mayReadCompletedServices = (identity: Identity, clientId: string): boolean => clientIdsActingAs(identity).includes(clientId);

/** The institution code of an institution caller; everyone else may not write cases. */
export function writingInstitution(identity: Identity): string {
  if (identity.kind !== 'institution' || !identity.institution)
    throw forbidden('Only an institution’s system may register and update cases: use the institution’s credentials.');
  return identity.institution;
}

/** The client side of a case acting now (for rating and complaints): the client or a representative. */
export function clientSideActor(identity: Identity, row: Pick<CaseRow, 'clientId'>): { kind: 'CLIENT' | 'REPRESENTATIVE'; id: string } | null {
  if (identity.kind !== 'person' || !identity.person) return null;
  if (identity.person.clientId === row.clientId) return { kind: 'CLIENT', id: row.clientId };
  if (identity.onBehalfOf?.clientId === row.clientId) return { kind: 'REPRESENTATIVE', id: identity.person.clientId };
  return null;
}

/** Operators see every institution's cases (optionally one); an institution its own only. */
export function institutionScope(identity: Identity, requested: string | null | undefined): string | null {
  if (identity.kind === 'operator') return requested ?? null;
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
  if ((identity.kind === 'institution' || identity.kind === 'operator') && row.clientKind === 'PERSON' && !purpose)
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
