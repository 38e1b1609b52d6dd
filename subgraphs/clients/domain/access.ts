import { forbidden, unauthenticated } from '../../../common/errors.ts';
import type { Identity, PersonRef } from '../../../common/identity.ts';
import type { ClientRow } from '../db/tables.ts';

/** Whether the caller is the client themself, signed in directly (a personal code is shown to nobody else). */
export const isSelf = (identity: Identity, row: ClientRow): boolean => identity.kind === 'person' && identity.person?.clientId === row.id;

/** The person whose own profile `me` returns; applications holding a person's token are not that person. */
export function signedInPerson(identity: Identity): PersonRef {
  if (identity.kind === 'application' && identity.person)
    throw forbidden("An application may read a person's profile only with that person's consent.");
  if (identity.kind !== 'person' || !identity.person) throw unauthenticated("`me` needs a signed-in person: send the person's bearer token.");
  return identity.person;
}
