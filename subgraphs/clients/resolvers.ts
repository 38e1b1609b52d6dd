import { ensurePerson } from './data/client-store.ts';
import { isSelf, signedInPerson } from './domain/access.ts';
import type { Resolvers } from './generated/types.ts';

export const resolvers: Resolvers = {
  Query: {
    me: async (_, __, ctx) => {
      const person = signedInPerson(ctx.identity);
      return (await ctx.loaders.clientById.load(person.clientId)) ?? ensurePerson(ctx.db, person);
    },
  },
  Client: {
    // Other subgraphs reference clients by key only; the profile itself is shown to the client alone.
    __resolveReference: async (ref, ctx) => {
      const row = await ctx.loaders.clientById.load(ref.id);
      return row && (isSelf(ctx.identity, row) || ctx.identity.kind === 'operator') ? row : null;
    },
    personalCode: (row, _, ctx) => (isSelf(ctx.identity, row) ? row.personalCode : null),
  },
};
