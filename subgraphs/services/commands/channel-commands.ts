/** The institution's writes to its channels (e-services, pages, phones, service locations). */
import type { ServicesContext } from '../context.ts';
import type { ChannelRow } from '../db/tables.ts';
import { saveChannel } from '../data/channel-writes.ts';
import { requireActsFor, requireCatalogueWriter, writeRefusal, writerInstitution } from '../domain/access.ts';
import { channelChanged, parseChannelInput } from '../domain/channel-input.ts';
import { invalidFields, type FieldProblem } from '../domain/service-input.ts';
import type { Outcome, UpsertOptions } from './service-commands.ts';

export type ChannelResult =
  | { ok: true; channel: ChannelRow; outcome: Outcome }
  | { ok: false; error: { __typename: 'Invalid'; code: 'BAD_USER_INPUT'; message: string; problems: FieldProblem[] } };

const invalid = (problems: FieldProblem[]): ChannelResult => ({ ok: false, error: invalidFields('The channel', problems) });

/** Creates or updates a channel by code; only its owner (and operators) may. */
export async function upsertChannel(ctx: ServicesContext, input: unknown, opts: Omit<UpsertOptions, 'status'>): Promise<ChannelResult> {
  requireCatalogueWriter(ctx.identity);
  const parsed = parseChannelInput(input);
  if ('problems' in parsed) return invalid(parsed.problems);
  const { values } = parsed;
  const ownerCode = writerInstitution(ctx.identity, values.ownerCode);
  if (!ownerCode) return invalid([{ path: 'ownerCode', message: 'is required: operators name the owner institution' }]);
  const existing = await ctx.loaders.channelByCode.load(values.code);
  const currentOwner = existing ? (await ctx.loaders.institutionById.load(existing.ownerId))!.code : null;
  for (const [owner, what] of [[currentOwner, `Channel ${values.code}`], [ownerCode, 'The channel']] as const) {
    if (!owner) continue;
    if (opts.refusal === 'throw') requireActsFor(ctx.identity, owner, what);
    const refusal = writeRefusal(ctx.identity, owner, what);
    if (refusal) return invalid([{ path: owner === ownerCode ? 'ownerCode' : 'code', message: refusal }]);
  }
  const owner = await ctx.loaders.institutionByCode.load(ownerCode);
  if (!owner) return invalid([{ path: 'ownerCode', message: `no institution has the code "${ownerCode}"` }]);
  if (existing && !channelChanged(existing, values, owner.id)) return { ok: true, channel: existing, outcome: 'UNCHANGED' };
  if (opts.dryRun) return { ok: true, channel: existing ?? ({ code: values.code } as ChannelRow), outcome: existing ? 'UPDATED' : 'CREATED' };
  const row = await saveChannel(ctx.db, existing, owner.id, values);
  ctx.loaders.channelByCode.clear(row.code).prime(row.code, row);
  ctx.loaders.channelById.clear(row.id).prime(row.id, row);
  return { ok: true, channel: row, outcome: existing ? 'UPDATED' : 'CREATED' };
}
