import { forbidden, graphqlError } from '@public-service-graph/subgraph-kit/errors';
import type { CasesContext } from '../context.ts';
import { isOperator } from '../domain/access.ts';
import type { MutationResolvers, QueryResolvers } from '../generated/types.ts';

function requireOperator(ctx: CasesContext): void {
  if (!isOperator(ctx.identity)) throw forbidden('Only operators read and sync the cases subgraph’s projection of the service catalogue.');
}

async function freshness(ctx: CasesContext) {
  const f = await ctx.services.freshness();
  return { syncedAt: f.syncedAt, lastChangeAt: f.lastChangeAt, services: f.services, maxAgeSeconds: f.maxAgeMs / 1000 };
}

export const ServiceProjectionQuery: Pick<QueryResolvers, 'serviceProjection'> = {
  serviceProjection: async (_, __, ctx) => {
    requireOperator(ctx);
    return freshness(ctx);
  },
};

export const ServiceProjectionMutation: Pick<MutationResolvers, 'syncServiceProjection'> = {
  syncServiceProjection: async (_, __, ctx) => {
    requireOperator(ctx);
    await ctx.services.sync().catch((err) => {
      ctx.log.warn({ err }, 'catalogue feed unreadable');
      throw graphqlError('SUBGRAPH_UNAVAILABLE', 'The service catalogue’s changes feed cannot be read now; retry in a moment.', { retryable: true });
    });
    return freshness(ctx);
  },
};
