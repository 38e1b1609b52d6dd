import { asc, count, gt } from 'drizzle-orm';
import { badInput, parseId } from '../../common/errors.ts';
import { pickText, readingLanguages, translations } from '../../common/i18n.ts';
import { decodeCursor, pageSize, toConnection } from '../../common/pagination.ts';
import { lifeSituations } from './db/tables.ts';
import type { Resolvers } from './generated/types.ts';

export const resolvers: Resolvers = {
  Query: {
    lifeSituation: async (_, args, ctx) => {
      if ((args.id == null) === (args.code == null)) throw badInput('Give exactly one of "id" or "code" to find a life situation.');
      return args.id ? ctx.loaders.byId.load(parseId(args.id, 'life situation')) : ctx.loaders.byCode.load(args.code!);
    },
    lifeSituations: async (_, args, ctx) => {
      const size = pageSize(args.first);
      const [afterCode] = (decodeCursor(args.after, 1) ?? [null]) as [string | null];
      const [rows, [{ total }]] = await Promise.all([
        ctx.db.select().from(lifeSituations).where(afterCode ? gt(lifeSituations.code, afterCode) : undefined).orderBy(asc(lifeSituations.code)).limit(size + 1),
        ctx.db.select({ total: count() }).from(lifeSituations),
      ]);
      return toConnection(rows, size, (r) => [r.code], total);
    },
  },
  LifeSituation: {
    __resolveReference: (ref, ctx) => ctx.loaders.byId.load(ref.id),
    title: (row, args, ctx) => pickText(row.title, readingLanguages(args.language, ctx.languages))!,
    titleTranslations: (row) => translations(row.title),
    description: (row, args, ctx) => pickText(row.description, readingLanguages(args.language, ctx.languages)),
    steps: (row, _, ctx) => ctx.loaders.stepsBySituation.load(row.id),
  },
  LifeSituationStep: {
    title: (row, args, ctx) => pickText(row.title, readingLanguages(args.language, ctx.languages))!,
    services: async (row, _, ctx) => (await ctx.loaders.serviceCodesByStep.load(row.id)).map((code) => ({ code })),
  },
  Service: {
    __resolveReference: (ref) => ({ code: ref.code }),
    lifeSituations: (service, _, ctx) => ctx.loaders.situationsByService.load(service.code),
  },
};
