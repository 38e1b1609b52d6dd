import { representationStatus } from '../domain/representation.ts';
import type { RepresentationResolvers, RepresentationScope } from '../generated/types.ts';

// Both sides of a representation exist: the foreign keys see to it.
export const Representation: RepresentationResolvers = {
  representative: async (row, _, ctx) => (await ctx.loaders.clientById.load(row.representativeId))!,
  party: async (row, _, ctx) => (await ctx.loaders.clientById.load(row.partyId))!,
  grantedBy: (row, _, ctx) => (row.grantedBy ? ctx.loaders.clientById.load(row.grantedBy) : null),
  scopes: (row) => row.scopes as RepresentationScope[],
  status: (row, _, ctx) => representationStatus(row, ctx.now),
};
