import { badInput, parseId } from '../../common/errors.ts';
import { pickText, readingLanguages, translations } from '../../common/i18n.ts';
import { decodeCursor, pageSize, toConnection } from '../../common/pagination.ts';
import type { ServicesContext } from './context.ts';
import { listInstitutions, listPublishedServices } from './data/service-store.ts';
import type { Resolvers } from './generated/types.ts';

const exactlyOne = (args: { id?: string | null; code?: string | null }, what: string) => {
  if ((args.id == null) === (args.code == null)) throw badInput(`Give exactly one of "id" or "code" to find ${what}.`);
};

const published = <T extends { status: string }>(row: T | null) => (row?.status === 'PUBLISHED' ? row : null);

async function servicePage(ctx: ServicesContext, args: { first?: number | null; after?: string | null }, filter: { holderId?: string; audience?: 'PERSON' | 'BUSINESS' | 'INSTITUTION' }) {
  const size = pageSize(args.first);
  const [afterCode] = (decodeCursor(args.after, 1) ?? [null]) as [string | null];
  const { rows, total } = await listPublishedServices(ctx.db, filter, afterCode, size + 1);
  for (const row of rows) ctx.loaders.serviceById.prime(row.id, row);
  return toConnection(rows, size, (r) => [r.code], total);
}

export const resolvers: Resolvers = {
  Query: {
    service: async (_, args, ctx) => {
      exactlyOne(args, 'a service');
      return published(args.id ? await ctx.loaders.serviceById.load(parseId(args.id, 'service')) : await ctx.loaders.serviceByCode.load(args.code!));
    },
    services: async (_, args, ctx) => {
      let holderId: string | undefined;
      if (args.filter?.holderCode) {
        const holder = await ctx.loaders.institutionByCode.load(args.filter.holderCode);
        if (!holder) throw badInput(`No institution has the code "${args.filter.holderCode}".`, { argument: 'filter.holderCode' });
        holderId = holder.id;
      }
      return servicePage(ctx, args, { holderId, audience: args.filter?.audience ?? undefined });
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
  },
  Institution: {
    __resolveReference: (ref, ctx) => ('id' in ref && ref.id ? ctx.loaders.institutionById.load(ref.id) : ctx.loaders.institutionByCode.load((ref as { code: string }).code)),
    name: (row, args, ctx) => pickText(row.name, readingLanguages(args.language, ctx.languages))!,
    nameTranslations: (row) => translations(row.name),
    services: (row, args, ctx) => servicePage(ctx, args, { holderId: row.id }),
  },
  Service: {
    __resolveReference: async (ref, ctx) =>
      published('id' in ref && ref.id ? await ctx.loaders.serviceById.load(ref.id) : await ctx.loaders.serviceByCode.load((ref as { code: string }).code)),
    name: (row, args, ctx) => pickText(row.name, readingLanguages(args.language, ctx.languages))!,
    nameTranslations: (row) => translations(row.name),
    description: (row, args, ctx) => pickText(row.description, readingLanguages(args.language, ctx.languages)),
    holder: async (row, _, ctx) => (await ctx.loaders.institutionById.load(row.holderId))!,
    processingDaysAreWorkingDays: (row) => row.processingWorkingDays,
  },
};
