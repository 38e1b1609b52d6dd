import { badInput } from '@public-service-graph/subgraph-kit/errors';
import type { PlatformContext } from '../context.ts';
import { mayReadKey } from '../domain/access.ts';
import { keyStatus, usageWindow } from '../domain/keys.ts';
import type { ApiKeyOperationUsageResolvers, ApiKeyResolvers, ApiKeyUsageDayResolvers } from '../generated/types.ts';

export const ApiKey: ApiKeyResolvers<PlatformContext> = {
  __resolveReference: async (ref, ctx) => {
    const row = await ctx.loaders.keyById.load(ref.id);
    return row && mayReadKey(ctx.identity, row) ? row : null;
  },
  status: (row) => keyStatus(row),
  persistedOperationsOnly: (row) => row.persistedOnly,
  replacedBy: (row, _, ctx) => (row.replacedBy ? ctx.loaders.keyById.load(row.replacedBy) : null),
  usage: (row, args, ctx) => ctx.loaders.usage(window(args)).load(row.id),
  operationUsage: (row, args, ctx) => ctx.loaders.operationUsage(window(args)).load(row.id),
};

function window(args: { from?: string | null; to?: string | null }) {
  const window = usageWindow(args.from, args.to);
  if (!window) throw badInput('"from" must not be after "to", and the window is at most 366 days.', { argument: 'from' });
  return window;
}

export const ApiKeyUsageDay: ApiKeyUsageDayResolvers<PlatformContext> = {
  date: (row) => row.day,
};

export const ApiKeyOperationUsage: ApiKeyOperationUsageResolvers<PlatformContext> = {
  date: (row) => row.day,
};
