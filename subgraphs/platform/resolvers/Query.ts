import { parseId } from '@public-service-graph/subgraph-kit/errors';
import type { PlatformContext } from '../context.ts';
import { mayReadKey, requireOperator, requireOwner } from '../domain/access.ts';
import type { QueryResolvers } from '../generated/types.ts';
import { keyPage } from './pages.ts';

export const Query: QueryResolvers<PlatformContext> = {
  apiKeys: (_, args, ctx) => {
    requireOperator(ctx.identity);
    return keyPage(ctx, args, args.filter ?? {});
  },
  apiKey: async (_, args, ctx) => {
    const row = await ctx.loaders.keyById.load(parseId(args.id, 'API key'));
    return row && mayReadKey(ctx.identity, row) ? row : null;
  },
  myApiKeys: (_, args, ctx) => {
    const owner = requireOwner(ctx.identity);
    return keyPage(ctx, args, { ownerKind: owner.kind, ownerCode: owner.code });
  },
};
