import { decodeCursor, pageSize, toConnection } from '@public-service-graph/subgraph-kit/pagination';
import type { ServicesContext } from '../context.ts';
import type { ChannelRow } from '../db/tables.ts';
import type { AccessibilityData, ChannelLinkCharge, OpeningExceptionData, OpeningHoursData } from '../domain/model.ts';
import type { ChannelLinkRow } from '../db/tables.ts';
import { isOpenAt } from '../domain/opening-hours.ts';
import type { Resolvers } from '../generated/types.ts';
import { text, textFields } from './text.ts';

const TYPENAMES = {
  E_SERVICE: 'EServiceChannel',
  WEB_PAGE: 'WebPageChannel',
  PHONE: 'PhoneChannel',
  EMAIL: 'EmailChannel',
  POST: 'PostChannel',
  SERVICE_LOCATION: 'ServiceLocation',
} as const;

/** A page of published services offered through a channel; batched across channels by the loader. */
export async function channelServices(ctx: ServicesContext, channel: ChannelRow, args: { first?: number | null; after?: string | null }) {
  const size = pageSize(args.first);
  const [afterCode] = (decodeCursor(args.after, 1) ?? [null]) as [string | null];
  const { rows, total } = await ctx.loaders.servicesOfChannel.load({ parentId: channel.id, afterCode, limit: size + 1 });
  return toConnection(rows, size, (r) => [r.code], total);
}

/** The fields every channel type has. */
const common = {
  name: (c: ChannelRow, args: { language?: string | null }, ctx: ServicesContext) => text(c.name, args.language, ctx)!,
  description: (c: ChannelRow, args: { language?: string | null }, ctx: ServicesContext) => text(c.description, args.language, ctx),
  owner: async (c: ChannelRow, _: unknown, ctx: ServicesContext) => (await ctx.loaders.institutionById.load(c.ownerId))!,
  services: (c: ChannelRow, args: { first?: number | null; after?: string | null }, ctx: ServicesContext) => channelServices(ctx, c, args),
};

export const channelResolvers: Resolvers = {
  Channel: { __resolveType: (c) => TYPENAMES[c.type] },
  EServiceChannel: { ...common, url: (c) => c.url!, authenticationLevel: (c) => c.authenticationLevel ?? 'NONE', signatureRequired: (c) => c.signatureRequired ?? false },
  WebPageChannel: { ...common, url: (c) => c.url! },
  PhoneChannel: { ...common, phoneNumber: (c) => c.phone!, callCost: (c, args, ctx) => text(c.phoneCost, args.language, ctx) },
  EmailChannel: { ...common, email: (c) => c.email! },
  PostChannel: { ...common, address: (c) => c.address! },
  ServiceLocation: {
    ...common,
    address: (c) => c.address!,
    municipality: (c) => c.municipality ?? c.address?.municipality ?? '',
    coordinates: (c) => (c.latitude != null && c.longitude != null ? { latitude: c.latitude, longitude: c.longitude } : null),
    contacts: (c) => (c.phone || c.email ? { phone: c.phone, email: c.email } : null),
    isOpen: (c, args) => isOpenAt(c.hours, args.at ? new Date(args.at) : new Date()),
  },
  ServiceChannel: textFields<ChannelLinkRow, 'note'>('note'),
  ChannelCharge: textFields<ChannelLinkCharge, 'description'>('description'),
  OpeningHours: textFields<OpeningHoursData, 'note'>('note'),
  OpeningException: {
    closed: (e: OpeningExceptionData) => e.periods.length === 0,
    reason: (e, args, ctx) => text(e.reason, args.language, ctx),
  },
  Accessibility: textFields<AccessibilityData, 'note'>('note'),
};
