import { badInput, forbidden } from '@public-service-graph/subgraph-kit/errors';
import { decodeCursor, pageSize, toConnection } from '@public-service-graph/subgraph-kit/pagination';
import { caseCursor, listCases } from '../data/case-store.ts';
import { isOperator, mayListClientCases, mayReadAccessLog, mayReadCompletedServices, parsePurpose } from '../domain/access.ts';
import type { ClientResolvers } from '../generated/types.ts';
import { prime } from '../data/loaders.ts';
import { caseFilter, logReads } from './reads.ts';

export const Client: ClientResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  cases: async (client, args, ctx) => {
    if (!mayListClientCases(ctx.identity, client.id)) throw forbidden('Only the client themself, someone acting for them, or an operator may list a client’s cases.');
    const purpose = parsePurpose(args.purpose);
    if (isOperator(ctx.identity) && !purpose) throw badInput('Operators state a "purpose" to list a client’s cases; the client sees it in their access log.', { argument: 'purpose' });
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | null;
    const { rows, total } = await listCases(ctx.db, { ...caseFilter(args.filter ?? {}), clientId: client.id }, after, size + 1);
    const connection = toConnection(rows, size, caseCursor, total);
    await logReads(ctx, connection.nodes, purpose);
    prime(ctx, connection.nodes);
    return connection;
  },
  caseAccessEvents: (client, _, ctx) => (mayReadAccessLog(ctx.identity, client.id) ? ctx.loaders.accessEvents.load(client.id) : []),
  completedServiceCodes: (client, _, ctx) => (mayReadCompletedServices(ctx.identity, client.id) ? ctx.loaders.completedServiceCodes.load(client.id) : []),
};
