import { translations } from '@public-service-graph/subgraph-kit/i18n';
import { decodeCursor, pageSize, toConnection } from '@public-service-graph/subgraph-kit/pagination';
import { listChannels } from '../data/channel-store.ts';
import { actsFor } from '../domain/access.ts';
import type { Resolvers } from '../generated/types.ts';
import { text } from './text.ts';

export const Institution: Resolvers['Institution'] = {
  __resolveReference: (ref, ctx) => ('id' in ref && ref.id ? ctx.loaders.institutionById.load(ref.id) : ctx.loaders.institutionByCode.load((ref as { code: string }).code)),
  name: (row, args, ctx) => text(row.name, args.language, ctx)!,
  nameTranslations: (row) => translations(row.name),
  parent: (row, _, ctx) => (row.parentId ? ctx.loaders.institutionById.load(row.parentId) : null),
  portfolioManager: (row, _, ctx) => (actsFor(ctx.identity, row.code) ? row.portfolioManager : null),
  services: async (row, args, ctx) => {
    const size = pageSize(args.first);
    const [afterCode] = (decodeCursor(args.after, 1) ?? [null]) as [string | null];
    const { rows, total } = await ctx.loaders.servicesOfHolder.load({ parentId: row.id, afterCode, limit: size + 1 });
    return toConnection(rows, size, (r) => [r.code], total);
  },
  channels: async (row, args, ctx) => {
    const size = pageSize(args.first);
    const [afterCode] = (decodeCursor(args.after, 1) ?? [null]) as [string | null];
    const { rows, total } = await listChannels(ctx.db, { ownerId: row.id }, afterCode, size + 1);
    const page = toConnection(rows, size, (r) => [r.code], total);
    return { nodes: page.nodes, pageInfo: page.pageInfo, totalCount: page.totalCount };
  },
};
