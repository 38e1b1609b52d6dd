import type { Identity } from '../../../common/identity.ts';
import type { CaseRow } from '../db/tables.ts';

/** Client ids whose cases the caller may read as a client: their own, and the party they act for. */
export function clientIdsActingAs(identity: Identity): string[] {
  return [identity.person?.clientId, identity.onBehalfOf?.clientId].filter((id): id is string => !!id);
}

/**
 * Who may read a case: the client it is for (or whoever acts for that client), the institution that handles it,
 * and operators. Nobody else, whatever id they pass.
 */
export function mayReadCase(identity: Identity, row: CaseRow): boolean {
  if (identity.kind === 'operator') return true;
  if (identity.kind === 'institution') return identity.institution === row.institutionCode;
  if (identity.kind === 'person') return clientIdsActingAs(identity).includes(row.clientId);
  return false;
}

/** Whether the caller may list this client's cases. */
export function mayListClientCases(identity: Identity, clientId: string): boolean {
  return identity.kind === 'operator' || (identity.kind === 'person' && clientIdsActingAs(identity).includes(clientId));
}
