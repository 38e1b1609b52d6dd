/** A service's channel list in a write: channel codes resolved to channels, unknown codes reported. */
import type { ServicesContext } from '../context.ts';
import type { LinkValues } from '../data/service-writes.ts';
import type { ChannelLinkRow } from '../db/tables.ts';
import type { ChannelLinkInput, FieldProblem } from '../domain/service-input.ts';

export async function resolveLinks(ctx: ServicesContext, input: ChannelLinkInput[]): Promise<{ links: LinkValues[] } | { problems: FieldProblem[] }> {
  const found = await ctx.loaders.channelByCode.loadMany(input.map((l) => l.channelCode));
  const problems: FieldProblem[] = [];
  const links: LinkValues[] = [];
  input.forEach((l, i) => {
    const channel = found[i];
    if (!channel || channel instanceof Error) problems.push({ path: `channels[${i}].channelCode`, message: `no channel has the code "${l.channelCode}"; create it first (upsertChannel)` });
    else links.push({ channel, charge: l.charge ?? null, note: l.note ?? null, hours: l.hours ?? null, contacts: l.contacts ?? null });
  });
  return problems.length ? { problems } : { links };
}

/** A stored link in the shape a write produces, to tell whether a new channel list differs. */
export const channelLinkValues = (l: ChannelLinkRow) => ({ channel: l.channel.code, charge: l.charge, note: l.note, hours: l.hours, contacts: l.contacts });
