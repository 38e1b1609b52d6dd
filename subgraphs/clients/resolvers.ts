import { unauthenticated } from '../../common/errors.ts';
import { ensurePerson } from './data/client-store.ts';
import { isSelf } from './domain/access.ts';
import type { Resolvers } from './generated/types.ts';

export const resolvers: Resolvers = {
  Query: {
    me: async (_, __, ctx) => {
      const person = ctx.identity.person;
      if (!person) throw unauthenticated("`me` needs a signed-in person: send the person's bearer token.");
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
