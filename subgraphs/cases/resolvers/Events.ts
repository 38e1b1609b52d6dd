import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { decodeCursor, encodeCursor, pageSize } from '@public-service-graph/subgraph-kit/pagination';
import { eventsAfter } from '../data/outbox-store.ts';
import { eventAudience } from '../domain/access.ts';
import type { CloudEventResolvers, QueryResolvers } from '../generated/types.ts';

const MAX_TYPES = 20;

/** The outbox id after which a page starts: 0 (the start) without a cursor. */
function afterId(after: string | null | undefined): number {
  const [id] = decodeCursor(after, 1) ?? [0];
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0)
    throw badInput('"after" is not a cursor this feed gave out; pass pageInfo.endCursor unchanged.', { argument: 'after' });
  return id;
}

export const EventsQuery: Pick<QueryResolvers, 'events'> = {
  events: async (_, args, ctx) => {
    const audience = eventAudience(ctx.identity);
    const size = pageSize(args.first);
    const after = afterId(args.after);
    if (args.types && args.types.length > MAX_TYPES) throw badInput(`"types" may name at most ${MAX_TYPES} types; got ${args.types.length}.`, { argument: 'types' });
    const rows = await eventsAfter(ctx.db, audience, args.types ?? null, after, size + 1);
    const page = rows.slice(0, size);
    const edges = page.map((r) => ({ cursor: encodeCursor([r.id]), node: r.envelope }));
    return {
      edges,
      nodes: edges.map((e) => e.node),
      // An empty page resumes where it was asked from, so a poller never loses its place.
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? encodeCursor([after]) },
    };
  },
};

export const CloudEvent: CloudEventResolvers = {
  data: (event) => JSON.stringify(event.data),
  envelope: (event) => JSON.stringify(event),
};
