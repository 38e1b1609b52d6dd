/**
 * Writes to the search index: a life situation's entry (its holder institution or an operator, with an expected
 * version like every other register write) and demand figures (operators). Unknown institutions and services are
 * typed errors; missing rights FORBIDDEN / UNAUTHENTICATED.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { forbidden, unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import type { ServicesContext } from '../context.ts';
import { searchSituations, serviceDemand, services, type SearchSituationRow } from '../db/tables.ts';
import { requireActsFor, requireCatalogueWriter } from '../domain/access.ts';
import { demandProblems, parseSituationEntry, type DemandValues } from '../domain/search-entry-input.ts';
import { situationSearchColumns } from '../domain/search-document.ts';
import type { FieldProblem } from '../domain/service-input.ts';
import type { LifeSituationSearchEntryInput } from '../generated/types.ts';

export type EntryResult =
  | { ok: true; entry: SearchSituationRow }
  | { ok: false; error: { __typename: 'SetLifeSituationSearchEntryInvalid'; code: 'BAD_USER_INPUT'; message: string; problems: FieldProblem[] } | { __typename: 'SetLifeSituationSearchEntryVersionConflict'; code: 'CONFLICT'; message: string; currentVersion: number } };

const invalid = (problems: FieldProblem[]): EntryResult => ({
  ok: false,
  error: { __typename: 'SetLifeSituationSearchEntryInvalid', code: 'BAD_USER_INPUT', message: `The entry is invalid: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}.`, problems },
});

export async function setLifeSituationSearchEntry(ctx: ServicesContext, input: LifeSituationSearchEntryInput, expectedVersion: number | null | undefined): Promise<EntryResult> {
  requireCatalogueWriter(ctx.identity);
  requireActsFor(ctx.identity, input.holderCode, `The life situation ${input.code}`);
  const [existing] = await ctx.db.select().from(searchSituations).where(eq(searchSituations.code, input.code));
  // Moving an entry to another holder needs the right to both.
  if (existing) requireActsFor(ctx.identity, existing.holderCode, `The life situation ${input.code}`);
  const parsed = parseSituationEntry(input);
  if ('problems' in parsed) return invalid(parsed.problems);
  if (!(await ctx.loaders.institutionByCode.load(input.holderCode))) return invalid([{ path: 'holderCode', message: `names no institution ("${input.holderCode}")` }]);
  const current = existing?.version ?? 0;
  if (expectedVersion != null && expectedVersion !== current)
    return { ok: false, error: { __typename: 'SetLifeSituationSearchEntryVersionConflict', code: 'CONFLICT', message: `The entry for ${input.code} is at version ${current}, not ${expectedVersion}: read it again and reapply your change.`, currentVersion: current } };
  const values = { ...parsed.values, ...situationSearchColumns(parsed.values), updatedBy: ctx.identity.subject };
  const [entry] = existing
    ? await ctx.db.update(searchSituations).set({ ...values, version: sql`${searchSituations.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(searchSituations.code, input.code), eq(searchSituations.version, current))).returning()
    : await ctx.db.insert(searchSituations).values(values).onConflictDoNothing().returning();
  if (!entry) {
    const [now] = await ctx.db.select({ version: searchSituations.version }).from(searchSituations).where(eq(searchSituations.code, input.code));
    return { ok: false, error: { __typename: 'SetLifeSituationSearchEntryVersionConflict', code: 'CONFLICT', message: `The entry for ${input.code} changed meanwhile: read it again.`, currentVersion: now?.version ?? 0 } };
  }
  return { ok: true, entry };
}

export async function recordServiceDemand(ctx: ServicesContext, input: DemandValues[]): Promise<{ recorded: number; problems: FieldProblem[] }> {
  if (ctx.identity.kind === 'anonymous') throw unauthenticated('Recording demand needs an operator’s token.');
  if (ctx.identity.kind !== 'operator') throw forbidden('Only operators record service demand.');
  const problems = demandProblems(input);
  if (problems.length) return { recorded: 0, problems };
  const codes = [...new Set(input.map((d) => d.serviceCode))];
  const known = new Set((await ctx.db.select({ code: services.code }).from(services).where(inArray(services.code, codes))).map((r) => r.code));
  const unknown = input.flatMap((d, i) => (known.has(d.serviceCode) ? [] : [{ path: `input.${i}.serviceCode`, message: `names no service ("${d.serviceCode}")` }]));
  if (unknown.length) return { recorded: 0, problems: unknown };
  const last = new Map(input.map((d) => [d.serviceCode, d]));
  await ctx.db.insert(serviceDemand).values([...last.values()].map((d) => ({ ...d, period: d.period.trim() })))
    .onConflictDoUpdate({ target: serviceDemand.serviceCode, set: { caseCount: sql`excluded.case_count`, period: sql`excluded.period`, recordedAt: sql`now()` } });
  return { recorded: last.size, problems: [] };
}
