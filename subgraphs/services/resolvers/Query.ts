import { badInput, forbidden, isUuid, notFound, parseId, unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '@public-service-graph/subgraph-kit/pagination';
import type { ServicesContext } from '../context.ts';
import { listChannels, locationsNear } from '../data/channel-store.ts';
import { qualityReport } from '../data/quality-store.ts';
import { searchServices } from '../data/search-store.ts';
import { listInstitutions, listServices, serviceChanges, type ServiceListFilter } from '../data/service-store.ts';
import { serviceColumns } from '../data/service-columns.ts';
import { selectedFields } from '@public-service-graph/subgraph-kit/selection';
import { actsFor, maySeeService } from '../domain/access.ts';
import { isOpenAt } from '../domain/opening-hours.ts';
import { MAX_QUERY_LENGTH, parseSearchQuery } from '../domain/search-document.ts';
import { normalize } from '../domain/stemmer.ts';
import type { ServiceRow } from '../db/tables.ts';
import type { ChannelFilter, QueryResolvers, ServiceFilter } from '../generated/types.ts';
import { search } from './search.ts';

export const exactlyOne = (args: { id?: string | null; code?: string | null }, what: string) => {
  if ((args.id == null) === (args.code == null))
    throw badInput({ en: `Give exactly one of "id" or "code" to find ${what}.`, lv: 'Norādiet tieši vienu no "id" vai "code".', ru: 'Укажите ровно одно из "id" или "code".' });
};

/** The service row when the caller may see it. */
export async function visibleService(ctx: ServicesContext, row: ServiceRow | null): Promise<ServiceRow | null> {
  if (!row) return null;
  const holder = await ctx.loaders.institutionById.load(row.holderId);
  return holder && maySeeService(ctx.identity, row, holder.code) ? row : null;
}

async function institutionId(ctx: ServicesContext, code: string, argument: string): Promise<string> {
  const institution = await ctx.loaders.institutionByCode.load(code);
  if (!institution) throw badInput({ en: `No institution has the code "${code}".`, lv: `Nav iestādes ar kodu "${code}".`, ru: `Нет учреждения с кодом "${code}".` }, { argument });
  return institution.id;
}

/** A filter from the API with its references resolved. */
export async function resolveFilter(ctx: ServicesContext, filter: ServiceFilter | null | undefined): Promise<ServiceListFilter> {
  if (!filter) return {};
  if (filter.codes && (filter.codes.length < 1 || filter.codes.length > 100)) throw badInput('"filter.codes" takes 1–100 service codes.', { argument: 'filter.codes' });
  return {
    holderId: filter.holderCode ? await institutionId(ctx, filter.holderCode, 'filter.holderCode') : undefined,
    audience: filter.audience ?? undefined,
    kind: filter.kind ?? undefined,
    channelType: filter.channelType ?? undefined,
    keyService: filter.keyService ?? undefined,
    municipalityKey: filter.municipality ? normalize(filter.municipality.trim()) : undefined,
    thematicArea: filter.thematicArea ?? undefined,
    codes: filter.codes ?? undefined,
  };
}

const offsetCursor = (after: string | null | undefined): number => {
  const [offset] = (decodeCursor(after, 1) ?? [0]) as [unknown];
  if (!Number.isInteger(offset) || (offset as number) < 0) throw badInput('"after" is not a cursor this list gave out; pass pageInfo.endCursor unchanged.', { argument: 'after' });
  return offset as number;
};

/** A page by position of an already ranked list: cursors are positions. */
function positionalPage<T>(items: T[], offset: number, size: number, total: number) {
  const nodes = items.slice(0, size);
  const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor([offset + i + 1]) }));
  return { edges, nodes, pageInfo: { hasNextPage: items.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: total };
}

async function channelFilter(ctx: ServicesContext, filter: ChannelFilter | null | undefined) {
  return {
    type: filter?.type ?? undefined,
    ownerId: filter?.ownerCode ? await institutionId(ctx, filter.ownerCode, 'filter.ownerCode') : undefined,
    municipalityKey: filter?.municipality ? normalize(filter.municipality.trim()) : undefined,
    clientServiceCentre: filter?.clientServiceCentre ?? undefined,
  };
}

/** Most candidates a nearby search considers before the opening-hours filter; far above the ~150 centres in Latvia. */
const NEARBY_CANDIDATES = 1000;

export const Query: QueryResolvers = {
  service: async (_, args, ctx) => {
    exactlyOne(args, 'a service');
    return visibleService(ctx, args.id ? await ctx.loaders.serviceById.load(parseId(args.id, 'service')) : await ctx.loaders.serviceByCode.load(args.code!));
  },

  services: async (_, args, ctx, info) => {
    const size = pageSize(args.first);
    const [afterCode] = (decodeCursor(args.after, 1) ?? [null]) as [string | null];
    const columns = serviceColumns(info, ['nodes'], ['edges', 'node']);
    const withHolders = selectedFields(info, ['nodes'], ['edges', 'node']).has('holder');
    const { rows, total, holders } = await listServices(ctx.db, await resolveFilter(ctx, args.filter), afterCode, size + 1, columns, withHolders);
    for (const holder of holders) ctx.loaders.institutionById.prime(holder.id, holder);
    // Only whole rows may stand in for the loader's: a later field of the request may read any column.
    if (!columns) for (const row of rows) ctx.loaders.serviceById.prime(row.id, row);
    return toConnection(rows, size, (r) => [r.code], total);
  },

  searchServices: async (_, args, ctx) => {
    const query = args.query.trim();
    if (!query || query.length > MAX_QUERY_LENGTH) throw badInput(`"query" must have 1–${MAX_QUERY_LENGTH} characters.`, { argument: 'query' });
    const size = pageSize(args.first);
    const offset = offsetCursor(args.after);
    const parsed = parseSearchQuery(query);
    const filter = await resolveFilter(ctx, args.filter);
    // Nothing searchable (only punctuation): no results rather than an error.
    const { rows, total } = parsed ? await searchServices(ctx.db, parsed, filter, offset, size + 1) : { rows: [], total: 0 };
    for (const r of rows) ctx.loaders.serviceById.prime(r.service.id, r.service);
    const page = positionalPage(rows, offset, size, total);
    return { ...page, nodes: page.nodes.map((r) => r.service), edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.service, score: Math.round(e.node.score * 1000) / 1000 })) };
  },

  search,

  serviceChanges: async (_, args, ctx) => {
    const size = pageSize(args.first);
    const since = new Date(args.modifiedSince);
    const cursor = decodeCursor(args.after, 2) as [string, string] | null;
    if (cursor && !(Number.isFinite(Date.parse(cursor[0])) && isUuid(cursor[1]))) throw badInput('"after" is not a cursor this list gave out.', { argument: 'after' });
    const rows = await serviceChanges(ctx.db, since, cursor ? { at: cursor[0], id: cursor[1] } : null, size + 1);
    const page = toConnection(rows, size, (r) => [r.exactModifiedAt, r.id], 0);
    return { nodes: page.nodes, pageInfo: page.pageInfo, edges: page.edges.map((e) => ({ ...e, modifiedAt: e.node.updatedAt })) };
  },

  institution: async (_, args, ctx) => {
    exactlyOne(args, 'an institution');
    return args.id ? ctx.loaders.institutionById.load(parseId(args.id, 'institution')) : ctx.loaders.institutionByCode.load(args.code!);
  },

  institutions: async (_, args, ctx) => {
    const size = pageSize(args.first);
    const [afterCode] = (decodeCursor(args.after, 1) ?? [null]) as [string | null];
    const { rows, total } = await listInstitutions(ctx.db, afterCode, size + 1);
    return toConnection(rows, size, (r) => [r.code], total);
  },

  channel: async (_, args, ctx) => {
    exactlyOne(args, 'a channel');
    return args.id ? ctx.loaders.channelById.load(parseId(args.id, 'channel')) : ctx.loaders.channelByCode.load(args.code!);
  },

  channels: async (_, args, ctx) => {
    const size = pageSize(args.first);
    const [afterCode] = (decodeCursor(args.after, 1) ?? [null]) as [string | null];
    const { rows, total } = await listChannels(ctx.db, await channelFilter(ctx, args.filter), afterCode, size + 1);
    return toConnection(rows, size, (r) => [r.code], total);
  },

  serviceLocationsNear: async (_, args, ctx) => {
    const { latitude, longitude } = args.near;
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) throw badInput('"near" must have a latitude of −90…90 and a longitude of −180…180.', { argument: 'near' });
    const radiusKm = args.radiusKm ?? 25;
    if (!(radiusKm >= 0.1 && radiusKm <= 300)) throw badInput('"radiusKm" must be 0.1–300.', { argument: 'radiusKm' });
    const size = pageSize(args.first);
    const offset = offsetCursor(args.after);
    let serviceId: string | null = null;
    if (args.serviceCode) {
      const service = await visibleService(ctx, await ctx.loaders.serviceByCode.load(args.serviceCode));
      if (!service) throw badInput(`No service has the code "${args.serviceCode}".`, { argument: 'serviceCode' });
      serviceId = service.id;
    }
    const at = args.openAt ? new Date(args.openAt) : null;
    const candidates = await locationsNear(ctx.db, { latitude, longitude }, radiusKm, serviceId, NEARBY_CANDIDATES);
    const matching = at ? candidates.filter((c) => isOpenAt(c.linkHours ?? c.channel.hours, at)) : candidates;
    const items = matching.slice(offset, offset + size + 1);
    const page = positionalPage(items, offset, size, matching.length);
    for (const c of items) ctx.loaders.channelById.prime(c.channel.id, c.channel);
    return { ...page, nodes: page.nodes.map((c) => c.channel), edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.channel, distanceKm: e.node.distanceKm })) };
  },

  catalogueQualityReport: async (_, args, ctx) => {
    const code = args.institutionCode;
    if (ctx.identity.kind === 'anonymous')
      throw unauthenticated({ en: 'The quality report needs the institution’s or an operator’s token.', lv: 'Kvalitātes pārskatam vajag iestādes vai operatora žetonu (token).', ru: 'Для отчёта о качестве нужен токен учреждения или оператора.' });
    if (!actsFor(ctx.identity, code))
      throw forbidden({ en: `Only ${code} itself and operators may read its quality report.`, lv: `${code} kvalitātes pārskatu drīkst lasīt tikai pati iestāde un operatori.`, ru: `Отчёт о качестве ${code} могут читать только само учреждение и операторы.` });
    const institution = await ctx.loaders.institutionByCode.load(code);
    if (!institution) throw notFound({ en: `No institution has the code "${code}".`, lv: `Nav iestādes ar kodu "${code}".`, ru: `Нет учреждения с кодом "${code}".` });
    return qualityReport(ctx.db, institution);
  },
};
