import { GraphQLError } from 'graphql';
import { farmHolderFor, LAD, mayReadDeclaration, mayReadSomeDeclaration } from './access.ts';
import type { LadContext } from './context.ts';
import type { FarmRow, FieldAreaRow } from './store.ts';

/** Resolvers stay thin: the rules are in access.ts, the SQL in store.ts. */

interface ClientRef { id: string }
interface CaseRef { id: string; reference?: string; institutionCode?: string }

function declarationYear(year: number | null | undefined, latest: number | null): number | null {
  if (year === null || year === undefined) return latest;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new GraphQLError(`year must be between 2000 and 2100; got ${year}.`, { extensions: { code: 'BAD_USER_INPUT', argument: 'year' } });
  return year;
}

const fieldsOf = (farm: FarmRow, year: number | null | undefined, ctx: LadContext): Promise<FieldAreaRow[]> => {
  const y = declarationYear(year, farm.latestDeclarationYear);
  if (y === null) return Promise.resolve([]);
  return ctx.loaders.fieldAreasByFarmYear.load({ farm: farm.registrationNumber, year: y });
};

/** The reader's language among those crop names are kept in: the argument, else Accept-Language, else Latvian. */
function cropLanguage(language: string | null | undefined, ctx: LadContext): 'lv' | 'en' {
  for (const tag of language ? [language.toLowerCase()] : ctx.languages) {
    const primary = tag.split('-')[0];
    if (primary === 'lv' || primary === 'en') return primary;
  }
  return 'lv';
}

export const resolvers = {
  Client: {
    __resolveReference: (ref: ClientRef): ClientRef => ({ id: ref.id }),
    ladFarm: (client: ClientRef, _args: unknown, ctx: LadContext): Promise<FarmRow | null> | null => {
      const holder = farmHolderFor(ctx.identity, client.id);
      return holder === null ? null : ctx.loaders.farmByHolder.load(holder);
    },
  },
  Case: {
    __resolveReference: (ref: CaseRef): CaseRef => ref,
    ladDeclaredFieldAreas: async (c: CaseRef, _args: unknown, ctx: LadContext): Promise<FieldAreaRow[] | null> => {
      if (c.institutionCode !== LAD || !c.reference || !mayReadSomeDeclaration(ctx.identity)) return null;
      const declaration = await ctx.loaders.declarationByReference.load(c.reference);
      if (!declaration || !mayReadDeclaration(ctx.identity, declaration.applicantCode)) return null;
      return declaration.fields;
    },
  },
  LadFarm: {
    totalDeclaredHectares: async (farm: FarmRow, args: { year?: number | null }, ctx: LadContext): Promise<number> => {
      const fields = await fieldsOf(farm, args.year, ctx);
      // Sum in hundredths: the areas have two decimals, and floating-point sums would not.
      return fields.reduce((sum, f) => sum + Math.round(f.areaHectares * 100), 0) / 100;
    },
    fields: (farm: FarmRow, args: { year?: number | null }, ctx: LadContext): Promise<FieldAreaRow[]> => fieldsOf(farm, args.year, ctx),
  },
  LadFieldArea: {
    cropName: (field: FieldAreaRow, args: { language?: string | null }, ctx: LadContext): string =>
      cropLanguage(args.language, ctx) === 'en' ? field.cropNameEn : field.cropNameLv,
  },
};
