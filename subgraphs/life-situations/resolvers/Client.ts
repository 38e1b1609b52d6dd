import { decodeCursor, pageSize, toConnection } from '@public-service-graph/subgraph-kit/pagination';
import { unavailable } from '@public-service-graph/subgraph-kit/errors';
import { parsePersonalCode } from '@public-service-graph/subgraph-kit/personal-code';
import type { ClientParent, LifeSituationsContext } from '../context.ts';
import { listClientEvents, loadClientLife, loadSituationFor } from '../data/client-life.ts';
import type { LifeEventRow } from '../db/tables.ts';
import { accessEntry, clientSide, mayReadAccessLog, offersAllowed, type ClientSide } from '../domain/access.ts';
import type { ClientFacts } from '../domain/conditions.ts';
import { latestTrigger, proactiveOffers, progressOf } from '../domain/offers.ts';
import { latvianToday } from '../domain/report.ts';
import type { ClientResolvers, Resolvers } from '../generated/types.ts';

/** What the graph knows of the client for conditions: the birth date in the personal code, children's births. */
function factsOf(ctx: LifeSituationsContext, identifier: string | null, events: readonly LifeEventRow[]): ClientFacts {
  const parsed = identifier ? parsePersonalCode(identifier) : null;
  return {
    birthDate: parsed && 'birthDate' in parsed ? parsed.birthDate : null,
    childBirthDates: events.filter((e) => e.type === 'CHILD_BIRTH').map((e) => e.occurredOn),
    today: latvianToday(ctx.now),
  };
}

/**
 * The services the client has received (cases subgraph, @requires). When the cases subgraph could not say, the
 * gateway hands over null or what it got instead of a list (a part it could not fetch at all is refused before the
 * field runs: subgraph-kit requires.ts): progress and offers worked out without it would be wrong.
 */
function completedOf(client: ClientParent): Set<string> {
  if (!Array.isArray(client.completedServiceCodes))
    throw unavailable('The services you have received cannot be read right now, so progress and offers cannot be worked out; try again shortly.');
  return new Set(client.completedServiceCodes);
}

/** The caller's side of the client, with a representative's read written to the client's access log first. */
async function enter(ctx: LifeSituationsContext, clientId: string, what: string, resource: string): Promise<ClientSide> {
  const side = clientSide(ctx.identity, clientId, what);
  const entry = accessEntry(ctx.identity, side, clientId, resource);
  if (entry) await ctx.loaders.recordAccess.load(entry);
  return side;
}

export const Client: ClientResolvers = {
  __resolveReference: (ref) => ref,

  lifeEvents: async (client, args, ctx) => {
    await enter(ctx, client.id, 'the life events reported about a client', 'life events');
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | null;
    const { rows, total } = await listClientEvents(ctx.db, client.id, after, size + 1);
    return toConnection(rows, size, (r) => [r.occurredOn, r.id], total);
  },

  proactiveOffers: async (client, args, ctx) => {
    const side = await enter(ctx, client.id, 'a client’s proactive offers', 'proactive offers');
    const size = pageSize(args.first);
    const [afterKey] = (decodeCursor(args.after, 1) ?? [null]) as [string | null];
    if (!offersAllowed(client)) return toConnection([], size, () => [], 0);
    const { events, catalogue } = await loadClientLife(ctx.loaders, client.id);
    const offers = proactiveOffers(events, catalogue, completedOf(client), factsOf(ctx, side.identifier, events));
    const rest = afterKey == null ? offers : offers.filter((o) => o.key > afterKey);
    return toConnection(rest.slice(0, size + 1), size, (o) => [o.key], offers.length);
  },

  lifeSituationProgress: async (client, args, ctx) => {
    const side = await enter(ctx, client.id, 'a client’s progress through life situations', `progress in ${args.code}`);
    const situation = await ctx.loaders.byCode.load(args.code);
    if (!situation) return null;
    const { events, triggers, catalogue } = await loadSituationFor(ctx.loaders, client.id, situation);
    return progressOf(situation, latestTrigger(events, triggers), catalogue, completedOf(client), factsOf(ctx, side.identifier, events));
  },

  activeLifeSituations: async (client, _, ctx) => {
    const side = await enter(ctx, client.id, 'a client’s progress through life situations', 'active life situations');
    const { events, catalogue } = await loadClientLife(ctx.loaders, client.id);
    const facts = factsOf(ctx, side.identifier, events);
    // Newest event first; each situation once, with the latest event that triggers it.
    const seen = new Set<string>();
    const progress = [];
    for (const event of [...events].reverse())
      for (const situation of catalogue.situationsFor(event.type))
        if (!seen.has(situation.id)) {
          seen.add(situation.id);
          progress.push(progressOf(situation, event, catalogue, completedOf(client), facts));
        }
    return progress;
  },

  lifeSituationAccessEvents: (client, _, ctx) => (mayReadAccessLog(ctx.identity, client.id) ? ctx.loaders.accessEventsByClient.load(client.id) : []),
};

export const offerResolvers: Pick<Resolvers, 'ProactiveOffer' | 'LifeSituationProgress'> = {
  ProactiveOffer: {
    service: (offer) => ({ code: offer.serviceCode }),
    lifeSituation: (offer) => offer.situation,
    lifeEvent: (offer) => offer.event,
  },
  LifeSituationProgress: {
    lifeSituation: (progress) => progress.situation,
    lifeEvent: (progress) => progress.event,
  },
};
