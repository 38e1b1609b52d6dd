/**
 * Who may see and change what in the catalogue. One place: resolvers and commands call these, never their own checks.
 * - Anyone (anonymous included) reads the public catalogue.
 * - An institution reads and writes the services it holds and the channels it owns, including drafts and the
 *   internal view; it cannot change another institution's service or channel.
 * - Operators read and write everything.
 * - Persons and applications write nothing.
 */
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import { forbidden, unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import type { ServiceRow } from '../db/tables.ts';
import { publiclyVisible } from './publishing.ts';

/** The holder institution itself or an operator: sees drafts and the internal view. */
export const actsFor = (identity: Identity, institutionCode: string): boolean =>
  identity.kind === 'operator' || (identity.kind === 'institution' && identity.institution === institutionCode);

/** Whether the caller may read a service by id or code (or through a federation reference). */
export const maySeeService = (identity: Identity, row: ServiceRow, holderCode: string): boolean => publiclyVisible(row) || actsFor(identity, holderCode);

/** Only institutions and operators write to the catalogue; everyone else is refused before anything is read. */
export function requireCatalogueWriter(identity: Identity): void {
  if (identity.kind === 'anonymous') throw unauthenticated('Changing the catalogue needs an institution’s or an operator’s token.');
  if (identity.kind !== 'institution' && identity.kind !== 'operator')
    throw forbidden('Only institutions (for their own services and channels) and operators may change the catalogue.');
}

/** Why the caller may not write for an institution, or null when it may. */
export function writeRefusal(identity: Identity, institutionCode: string, what: string): string | null {
  if (actsFor(identity, institutionCode)) return null;
  return `${what} belongs to ${institutionCode}; ${identity.institution ?? 'the caller'} may change only its own.`;
}

/** Throws FORBIDDEN unless the caller acts for the institution. */
export function requireActsFor(identity: Identity, institutionCode: string, what: string): void {
  const refusal = writeRefusal(identity, institutionCode, what);
  if (refusal) throw forbidden(refusal);
}

/** The institution an institution's write is for: its own; operators must name one. */
export function writerInstitution(identity: Identity, given: string | undefined | null): string | null {
  return given ?? (identity.kind === 'institution' ? identity.institution : null);
}
