import { matchLanguage, readingLanguages, servedLanguage, translations, type LocalizedText } from '@public-service-graph/subgraph-kit/i18n';
import { decodeCursor, pageSize, toConnection } from '@public-service-graph/subgraph-kit/pagination';
import type { ServicesContext } from '../context.ts';
import { serviceHistory } from '../data/service-writes.ts';
import type { ServiceRow } from '../db/tables.ts';
import { serviceColumns } from '../data/service-columns.ts';
import { actsFor } from '../domain/access.ts';
import { importanceLevel } from '../domain/importance.ts';
import type { Cost, EvidenceData, LegalResourceData, Output, Provider, RedressData, Requirement, ServiceRuleData } from '../domain/model.ts';
import type { IdentificationMeans, PaymentMethod, Resolvers } from '../generated/types.ts';
import { visibleService } from './Query.ts';
import { text, textFields, textList } from './text.ts';

async function servicesByCodes(ctx: ServicesContext, codes: string[]): Promise<ServiceRow[]> {
  const rows = await ctx.loaders.serviceByCode.loadMany(codes);
  const visible = await Promise.all(rows.map((r) => (r instanceof Error ? null : visibleService(ctx, r))));
  return visible.filter((r): r is ServiceRow => r !== null);
}

export const Service: Resolvers['Service'] = {
  __resolveReference: async (ref, ctx, info) => {
    if ('id' in ref && ref.id) return visibleService(ctx, await ctx.loaders.serviceById.load(ref.id));
    const columns = serviceColumns(info);
    const code = (ref as { code: string }).code;
    return visibleService(ctx, await (columns ? ctx.loaders.serviceByCodeWith(columns) : ctx.loaders.serviceByCode).load(code));
  },
  name: (row, args, ctx) => text(row.name, args.language, ctx)!,
  nameTranslations: (row) => translations(row.name),
  contentLanguage: (row, args, ctx) => {
    const wanted = readingLanguages(args.language, ctx.languages);
    const texts: [string, LocalizedText | null][] = [['name', row.name], ['summary', row.summary], ['description', row.description], ['instructions', row.instructions]];
    const served = texts.map(([field, t]) => [field, servedLanguage(t, wanted)] as const);
    const main = served.find(([f]) => f === 'description')?.[1] ?? served[0][1] ?? 'lv';
    const fallbackFields = wanted.length ? served.filter(([, lang]) => lang !== null && matchLanguage([lang], wanted[0]) === null).map(([f]) => f) : [];
    return {
      requested: wanted[0] ?? null,
      served: main,
      isFallback: fallbackFields.includes('name') || fallbackFields.includes('description'),
      fallbackFields,
      available: Object.keys(row.description ?? row.name),
    };
  },
  alternativeNames: (row, args, ctx) => textList(row.alternativeNames, args.language, ctx),
  summary: (row, args, ctx) => text(row.summary, args.language, ctx),
  description: (row, args, ctx) => text(row.description, args.language, ctx),
  descriptionTranslations: (row) => translations(row.description),
  instructions: (row, args, ctx) => text(row.instructions, args.language, ctx),
  holder: async (row, _, ctx) => (await ctx.loaders.institutionById.load(row.holderId))!,
  namedProviders: (row, _, ctx) => ctx.loaders.namedProvidersByServiceId.load(row.id),
  channels: async (row, args, ctx) => {
    const links = await ctx.loaders.channelLinksByServiceId.load(row.id);
    return args.type ? links.filter((l) => l.channel.type === args.type) : links;
  },
  isFree: async (row, _, ctx) =>
    row.costs.every((c) => c.amount === 0) && (await ctx.loaders.channelLinksByServiceId.load(row.id)).every((l) => !l.charge || l.charge.amount === 0),
  processingDaysAreWorkingDays: (row) => row.processingWorkingDays,
  hasNoRequirements: (row) => row.noRequirements && row.requirements.length === 0,
  paymentMethods: (row) => row.paymentMethods as PaymentMethod[],
  identificationMeans: (row) => row.identificationMeans as IdentificationMeans[],
  keywords: (row, args, ctx) => textList(row.keywords, args.language, ctx),
  relatedServices: (row, _, ctx) => servicesByCodes(ctx, row.relatedServiceCodes),
  requiredServices: (row, _, ctx) => servicesByCodes(ctx, row.requiredServiceCodes),
  modifiedAt: (row) => row.updatedAt,
  publishingState: (row) => (row.status === 'PUBLISHED' && row.pendingChanges ? 'MODIFIED' : row.status),
  internal: async (row, _, ctx) => {
    const holder = await ctx.loaders.institutionById.load(row.holderId);
    return holder && actsFor(ctx.identity, holder.code) ? row : null;
  },
};

export const ServiceInternalView: Resolvers['ServiceInternalView'] = {
  manager: (row) => row.manager,
  processDescription: (row) => row.processDescription,
  indicators: (row) => row.indicators,
  unitCost: (row) => row.unitCost,
  sourceId: (row) => row.sourceId,
  pendingChanges: (row) => row.pendingChanges,
  history: async (row, args, ctx) => {
    const size = pageSize(args.first);
    const [before] = (decodeCursor(args.after, 1) ?? [null]) as [number | null];
    const { rows, total } = await serviceHistory(ctx.db, row.id, before, size + 1);
    const page = toConnection(rows, size, (v) => [v.version], total);
    return { nodes: page.nodes, pageInfo: page.pageInfo, totalCount: page.totalCount };
  },
};

export const ServiceProvider: Resolvers['ServiceProvider'] = {
  institution: (p, _, ctx) => (p.institutionCode ? ctx.loaders.institutionByCode.load(p.institutionCode) : null),
  name: async (p: Provider, args, ctx) => {
    if (p.name) return text(p.name, args.language, ctx);
    const institution = p.institutionCode ? await ctx.loaders.institutionByCode.load(p.institutionCode) : null;
    return institution ? text(institution.name, args.language, ctx) : null;
  },
  delivers: (p, args, ctx) => text(p.delivers, args.language, ctx),
};

export const ServiceCost: Resolvers['ServiceCost'] = textFields<Cost, 'description' | 'exemptions'>('description', 'exemptions');
export const ServiceRequirement: Resolvers['ServiceRequirement'] = {
  description: (r: Requirement, args, ctx) => text(r.description, args.language, ctx)!,
};
export const ServiceRule: Resolvers['ServiceRule'] = {
  title: (r: ServiceRuleData, args, ctx) => text(r.title, args.language, ctx)!,
  description: (r, args, ctx) => text(r.description, args.language, ctx),
};
export const Evidence: Resolvers['Evidence'] = {
  name: (e: EvidenceData, args, ctx) => text(e.name, args.language, ctx)!,
  description: (e, args, ctx) => text(e.description, args.language, ctx),
};
export const ServiceOutput: Resolvers['ServiceOutput'] = { name: (o: Output, args, ctx) => text(o.name, args.language, ctx)! };
export const LegalResource: Resolvers['LegalResource'] = { title: (l: LegalResourceData, args, ctx) => text(l.title, args.language, ctx)! };
export const ServiceImportance: Resolvers['ServiceImportance'] = { level: (i) => importanceLevel(i) };
export const Redress: Resolvers['Redress'] = {
  ...textFields<RedressData, 'howToAppeal' | 'silenceNote'>('howToAppeal', 'silenceNote'),
  appealTo: (r, _, ctx) => (r.appealToCode ? ctx.loaders.institutionByCode.load(r.appealToCode) : null),
};
