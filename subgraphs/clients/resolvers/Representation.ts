import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import type { ClientRow, RepresentationRow } from '../db/tables.ts';
import { awaitsAcceptance, representationStatus } from '../domain/representation.ts';
import type { RepresentationResolvers, RepresentationScope } from '../generated/types.ts';

/**
 * Until the attorney accepts, the principal learns nothing about them from the graph: the id derived from the code
 * they typed themselves, and no name (also when the graph knows none: the answer is the same for any code).
 */
const awaitingAttorney = (row: RepresentationRow): ClientRow =>
  ({ id: row.representativeId, kind: 'PERSON', displayName: 'Awaiting acceptance' }) as ClientRow;

/** The principal's side: the party itself, who granted it, or someone acting for the party. */
const isPrincipalSide = (identity: Identity, row: RepresentationRow): boolean => {
  const own = identity.kind === 'person' ? identity.person?.clientId : undefined;
  return own !== undefined && (own === row.partyId || own === row.grantedBy || identity.onBehalfOf?.clientId === row.partyId);
};

// The party exists (foreign key); the representative does once they have signed in, which accepting needs.
export const Representation: RepresentationResolvers = {
  representative: async (row, _, ctx) => (awaitsAcceptance(row) ? awaitingAttorney(row) : ((await ctx.loaders.clientById.load(row.representativeId)) ?? awaitingAttorney(row))),
  party: async (row, _, ctx) => (await ctx.loaders.clientById.load(row.partyId))!,
  grantedBy: (row, _, ctx) => (row.grantedBy ? ctx.loaders.clientById.load(row.grantedBy) : null),
  scopes: (row) => row.scopes as RepresentationScope[],
  status: (row, _, ctx) => representationStatus(row, ctx.now),
  note: (row, _, ctx) => (isPrincipalSide(ctx.identity, row) ? row.note : null),
};
