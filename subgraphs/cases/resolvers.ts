import { DateTime } from '../../common/scalars.ts';
import { decodeCursor, pageSize, toConnection } from '../../common/pagination.ts';
import { forbidden, parseId } from '../../common/errors.ts';
import { listClientCases } from './data/case-store.ts';
import { mayListClientCases, mayReadCase } from './domain/access.ts';
import type { Resolvers } from './generated/types.ts';

export const resolvers: Resolvers = {
  DateTime,
  Query: {
    case: async (_, args, ctx) => {
      const row = await ctx.loaders.caseById.load(parseId(args.id, 'case'));
      return row && mayReadCase(ctx.identity, row) ? row : null;
    },
  },
  Case: {
    __resolveReference: async (ref, ctx) => {
      const row = await ctx.loaders.caseById.load(ref.id);
      return row && mayReadCase(ctx.identity, row) ? row : null;
    },
    service: (row) => ({ code: row.serviceCode }),
    client: (row) => ({ id: row.clientId }),
    statusHistory: (row, _, ctx) => ctx.loaders.historyByCase.load(row.id),
  },
  Client: {
    __resolveReference: (ref) => ({ id: ref.id }),
    cases: async (client, args, ctx) => {
      if (!mayListClientCases(ctx.identity, client.id)) throw forbidden('Only the client themself may list their cases.');
      const size = pageSize(args.first);
      const after = decodeCursor(args.after, 2) as [string, string] | null;
      const { rows, total } = await listClientCases(ctx.db, client.id, after, size + 1);
      for (const row of rows) ctx.loaders.caseById.prime(row.id, row);
      return toConnection(rows, size, (r) => [r.submittedAt.toISOString(), r.id], total);
    },
    // Placeholder until the cases branch lands with its own access log of case reads.
    caseAccessEvents: () => [],
  },
};
