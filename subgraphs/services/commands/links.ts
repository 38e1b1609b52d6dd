/** A service's channel list in a write: channel codes resolved to channels, unknown codes reported. */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { ServicesContext } from '../context.ts';
import type { LinkValues } from '../data/service-writes.ts';
import { channels, serviceChannels, services, type ChannelLinkRow } from '../db/tables.ts';
import type { ChannelLinkInput, FieldProblem } from '../domain/service-input.ts';

/** Channel types on which a service can have its own address (a deep link). */
const LINKABLE = new Set(['E_SERVICE', 'WEB_PAGE']);

export async function resolveLinks(ctx: ServicesContext, input: ChannelLinkInput[], serviceId: string | null): Promise<{ links: LinkValues[] } | { problems: FieldProblem[] }> {
  const found = await ctx.loaders.channelByCode.loadMany(input.map((l) => l.channelCode));
  const problems: FieldProblem[] = [];
  const links: LinkValues[] = [];
  input.forEach((l, i) => {
    const channel = found[i];
    if (!channel || channel instanceof Error) problems.push({ path: `channels[${i}].channelCode`, message: `no channel has the code "${l.channelCode}"; create it first (upsertChannel)` });
    else if (l.url && !LINKABLE.has(channel.type)) problems.push({ path: `channels[${i}].url`, message: `is only for e-service and web-page channels; ${l.channelCode} is a ${channel.type} channel` });
    else links.push({ channel, charge: l.charge ?? null, note: l.note ?? null, hours: l.hours ?? null, contacts: l.contacts ?? null, url: l.url ?? null });
  });
  if (!problems.length) problems.push(...(await sharedDeepLinks(ctx, links, serviceId)));
  return problems.length ? { problems } : { links };
}

/** A deep link another service already has on the same channel: each service's link must lead to that service. */
async function sharedDeepLinks(ctx: ServicesContext, links: LinkValues[], serviceId: string | null): Promise<FieldProblem[]> {
  const urls = links.filter((l) => l.url);
  if (!urls.length) return [];
  const taken = await ctx.db
    .select({ channelId: serviceChannels.channelId, url: serviceChannels.url, code: services.code })
    .from(serviceChannels)
    .innerJoin(services, eq(services.id, serviceChannels.serviceId))
    .where(and(inArray(serviceChannels.channelId, urls.map((l) => l.channel.id)), inArray(serviceChannels.url, urls.map((l) => l.url!)), serviceId ? ne(serviceChannels.serviceId, serviceId) : sql`true`));
  return links.flatMap((l, i) => {
    const other = taken.find((t) => t.channelId === l.channel.id && t.url === l.url);
    return other ? [{ path: `channels[${i}].url`, message: `is already ${other.code}'s address on ${l.channel.code}; give this service's own page` }] : [];
  });
}

/** A stored link in the shape a write produces, to tell whether a new channel list differs. */
export const channelLinkValues = (l: ChannelLinkRow) => ({ channel: l.channel.code, charge: l.charge, note: l.note, hours: l.hours, contacts: l.contacts, url: l.url });
