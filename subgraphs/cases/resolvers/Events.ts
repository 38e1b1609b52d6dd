import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { encodeCursor, pageSize } from '@public-service-graph/subgraph-kit/pagination';
import { eventsAfter, receivedAfter, type FeedRow } from '../data/outbox-store.ts';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
import { eventAudience } from '../domain/access.ts';
import type { CloudEventResolvers, QueryResolvers, SubscriptionResolvers } from '../generated/types.ts';

const MAX_TYPES = 20;

/**
 * Where a page starts in each of the feed's two sources: the cases' outbox and the events received from the other
 * subgraphs. A cursor is both positions; a cursor of one (given out before the feed had the second source) starts
 * the second at its beginning.
 */
function positions(after: string | null | undefined): [number, number] {
  if (after == null) return [0, 0];
  const bad = () => badInput('"after" is not a cursor this feed gave out; pass pageInfo.endCursor unchanged.', { argument: 'after' });
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(values) || values.length < 1 || values.length > 2) throw bad();
  const [own, received = 0] = values;
  for (const id of [own, received]) if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) throw bad();
  return [own as number, received as number];
}

/** The two sources merged by event time, each kept in its own order, so a position in each is enough to resume. */
function merge(own: FeedRow[], received: FeedRow[], size: number, start: [number, number]) {
  const edges: { cursor: string; node: FeedRow['envelope'] }[] = [];
  const at: [number, number] = [...start];
  let i = 0;
  let j = 0;
  while (edges.length < size && (i < own.length || j < received.length)) {
    const takeOwn = j >= received.length || (i < own.length && own[i].envelope.time <= received[j].envelope.time);
    const row = takeOwn ? own[i++] : received[j++];
    at[takeOwn ? 0 : 1] = row.id;
    edges.push({ cursor: encodeCursor(at), node: row.envelope });
  }
  return { edges, more: i < own.length || j < received.length, at };
}

function checkTypes(types: readonly string[] | null | undefined): void {
  if (types && types.length > MAX_TYPES) throw badInput(`"types" may name at most ${MAX_TYPES} types; got ${types.length}.`, { argument: 'types' });
}

/**
 * Live events: the same audience as the feed, decided when the stream starts. The stream's `return()` (the client
 * went away) aborts the wait for the next event at once.
 */
export const EventsSubscription: Pick<SubscriptionResolvers, 'events'> = {
  events: {
    subscribe: (_, args, ctx) => {
      const audience = eventAudience(ctx.identity);
      checkTypes(args.types);
      const closed = new AbortController();
      const inner = ctx.live.stream(audience, args.types ?? null, closed.signal);
      const iterator: AsyncIterableIterator<{ events: EventEnvelope }> = {
        [Symbol.asyncIterator]: () => iterator,
        next: async () => {
          const step = await inner.next();
          return step.done ? { done: true, value: undefined } : { done: false, value: { events: step.value } };
        },
        return: async () => {
          closed.abort();
          await inner.return(undefined);
          return { done: true, value: undefined };
        },
      };
      return iterator;
    },
  },
};

export const EventsQuery: Pick<QueryResolvers, 'events'> = {
  events: async (_, args, ctx) => {
    const audience = eventAudience(ctx.identity);
    const size = pageSize(args.first);
    const start = positions(args.after);
    checkTypes(args.types);
    const [own, received] = await Promise.all([
      eventsAfter(ctx.db, audience, args.types ?? null, start[0], size + 1),
      receivedAfter(ctx.db, audience, args.types ?? null, start[1], size + 1),
    ]);
    const { edges, more, at } = merge(own, received, size, start);
    return {
      edges,
      nodes: edges.map((e) => e.node),
      // An empty page resumes where it was asked from, so a poller never loses its place.
      pageInfo: { hasNextPage: more, endCursor: encodeCursor(at) },
    };
  },
};

export const CloudEvent: CloudEventResolvers = {
  data: (event) => JSON.stringify(event.data),
  envelope: (event) => JSON.stringify(event),
};

