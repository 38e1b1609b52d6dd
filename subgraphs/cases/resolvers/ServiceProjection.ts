import type { CasesContext } from '../context.ts';
import { requireProjectionOperator } from '../domain/access.ts';
import type { QueryResolvers } from '../generated/types.ts';

/** How fresh the projection is: the payload of the query and of syncServiceProjection. */
export async function freshness(ctx: CasesContext) {
  const f = await ctx.services.freshness();
  return { syncedAt: f.syncedAt, lastChangeAt: f.lastChangeAt, services: f.services, maxAgeSeconds: f.maxAgeMs / 1000 };
}

export const ServiceProjectionQuery: Pick<QueryResolvers, 'serviceProjection'> = {
  serviceProjection: async (_, __, ctx) => {
    requireProjectionOperator(ctx.identity);
    return freshness(ctx);
  },
};
