import { badInput, parseId } from '@public-service-graph/subgraph-kit/errors';
import { decodeCursor, pageSize, toConnection } from '@public-service-graph/subgraph-kit/pagination';
import { listReporters } from '../data/event-store.ts';
import { listSituations } from '../data/situation-store.ts';
import { reportersScope } from '../domain/access.ts';
import { searchStems } from '../domain/search.ts';
import type { QueryResolvers } from '../generated/types.ts';

export const Query: QueryResolvers = {
  lifeSituation: async (_, args, ctx) => {
    if ((args.id == null) === (args.code == null)) throw badInput('Give exactly one of "id" or "code" to find a life situation.');
    return args.id ? ctx.loaders.byId.load(parseId(args.id, 'life situation')) : ctx.loaders.byCode.load(args.code!);
  },
  lifeSituations: async (_, args, ctx) => {
    const size = pageSize(args.first);
    const [afterCode] = (decodeCursor(args.after, 1) ?? [null]) as [string | null];
    const { text, audience, triggeredBy } = args.filter ?? {};
    const filter = { stems: text != null ? searchStems(text) : undefined, audience: audience ?? undefined, triggeredBy: triggeredBy ?? undefined };
    const { rows, total } = await listSituations(ctx.db, filter, afterCode, size + 1);
    for (const row of rows) ctx.loaders.byId.prime(row.id, row);
    return toConnection(rows, size, (r) => [r.code], total);
  },
  lifeEventReporters: (_, args, ctx) => listReporters(ctx.db, reportersScope(ctx.identity), args.eventType ?? null),
};
