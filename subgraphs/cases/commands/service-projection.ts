import { graphqlError } from '@public-service-graph/subgraph-kit/errors';
import type { CasesContext } from '../context.ts';
import { requireProjectionOperator } from '../domain/access.ts';

/** An operator has the projection read the catalogue's changes feed now, instead of when it next grows stale. */
export async function syncServiceProjection(ctx: CasesContext): Promise<void> {
  requireProjectionOperator(ctx.identity);
  await ctx.services.sync().catch((err) => {
    ctx.log.warn({ err }, 'catalogue feed unreadable');
    throw graphqlError('SUBGRAPH_UNAVAILABLE', 'The service catalogue’s changes feed cannot be read now; retry in a moment.', { retryable: true });
  });
}
