import { clientIdFor } from '@public-service-graph/subgraph-kit/identity';
import { forbidden, parseId } from '@public-service-graph/subgraph-kit/errors';
import type { RepresentScopeName } from '@public-service-graph/subgraph-kit/scopes';
import type { ClientsContext } from '../context.ts';
import { ensurePerson } from '../data/client-store.ts';
import * as representations from '../data/representation-store.ts';
import { personalCodeOrThrow } from '../domain/identifiers.ts';
import { checkPowerOfAttorney } from '../domain/representation.ts';
import type { GrantPowerOfAttorneyInput, ResolversParentTypes as Payloads } from '../generated/types.ts';
import { dateInput as date, managed } from './managed.ts';

// Recorded for the personal code whether the graph knows that person or not: the answer must not tell.
export async function grantPowerOfAttorney(ctx: ClientsContext, input: GrantPowerOfAttorneyInput): Promise<Payloads['GrantPowerOfAttorneyPayload']> {
  const { clientId, actor } = await managed(ctx, 'powers');
  const attorneyCode = personalCodeOrThrow(input.attorneyPersonalCode, 'attorneyPersonalCode').code;
  const terms = checkPowerOfAttorney({ scopes: input.scopes as RepresentScopeName[], validFrom: date(input.validFrom), validUntil: date(input.validUntil), note: input.note }, ctx.now);
  if ('field' in terms) return { representation: null, errors: [{ __typename: 'GrantPowerOfAttorneyInvalidInput', code: 'BAD_USER_INPUT', ...terms }] };
  const attorneyId = clientIdFor(ctx.clientIdSecret, 'person', attorneyCode);
  if (attorneyId === clientId)
    return { representation: null, errors: [{ __typename: 'GrantPowerOfAttorneyInvalidInput', code: 'BAD_USER_INPUT', field: 'attorneyPersonalCode', message: 'A client cannot authorize themself.' }] };
  const representation = await representations.insertPowerOfAttorney(ctx.db, clientId, attorneyId, actor.clientId, terms, ctx.now);
  return { representation, errors: [] };
}

/** The attorney accepts a power of attorney granted to them. */
export async function acceptPowerOfAttorney(ctx: ClientsContext, id: string): Promise<Payloads['AcceptPowerOfAttorneyPayload']> {
  const identity = ctx.identity;
  if (identity.kind !== 'person' || !identity.person || identity.onBehalfOf)
    throw forbidden('Only the attorney, signed in as themself (without X-Act-For), may accept a power of attorney.');
  await ensurePerson(ctx.db, identity.person);
  const representation = await representations.acceptPowerOfAttorney(ctx.db, identity.person.clientId, parseId(id, 'representation'), ctx.now);
  if (representation) return { representation, errors: [] };
  return { representation: null, errors: [{ __typename: 'AcceptPowerOfAttorneyNotFound', code: 'NOT_FOUND', message: 'No power of attorney with that id awaits your acceptance.' }] };
}

/** The principal revokes a power of attorney they granted. */
export async function revokePowerOfAttorney(ctx: ClientsContext, id: string): Promise<Payloads['RevokePowerOfAttorneyPayload']> {
  const { clientId } = await managed(ctx, 'powers');
  const representationId = parseId(id, 'representation');
  const representation = await representations.revokePowerOfAttorney(ctx.db, clientId, representationId, ctx.now);
  if (representation) return { representation, errors: [] };
  const existing = await representations.findRepresentation(ctx.db, representationId);
  if (!existing || existing.partyId !== clientId)
    return { representation: null, errors: [{ __typename: 'RevokePowerOfAttorneyNotFound', code: 'NOT_FOUND', message: 'No power of attorney with that id was granted by this client.' }] };
  const why = existing.basis !== 'POWER_OF_ATTORNEY' ? 'it comes from a register, not a power of attorney' : existing.revokedAt ? 'it is already revoked' : 'it has expired';
  return { representation: null, errors: [{ __typename: 'RevokePowerOfAttorneyNotRevocable', code: 'CONFLICT', message: `It cannot be revoked here: ${why}.` }] };
}
