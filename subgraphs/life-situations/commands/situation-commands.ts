/**
 * The holder's writes to its life situations, as subgraphs/services/commands/service-commands.ts does them for
 * services: read what is there, let the domain decide, write in one transaction with a version. Expected failures
 * come back as typed errors; missing rights as FORBIDDEN / UNAUTHENTICATED, unknown (or unseen) situations NOT_FOUND.
 */
import { notFound } from '@public-service-graph/subgraph-kit/errors';
import type { LifeSituationsContext } from '../context.ts';
import type { LifeSituationRow } from '../db/tables.ts';
import { definitionOf, saveSituation, situationIds } from '../data/situation-writes.ts';
import type { SituationDefinition } from '../data/situation-store.ts';
import { maySeeSituation, requireActsFor, requireSituationWriter, writerInstitution } from '../domain/access.ts';
import type { SituationStatus } from '../domain/model.ts';
import { parseSituationInput, publishingGaps, type FieldProblem, type SituationInput, type SituationPatch } from '../domain/situation-input.ts';

export type SituationError =
  | { __typename: 'LifeSituationInvalid'; code: 'BAD_USER_INPUT'; message: string; problems: FieldProblem[] }
  | { __typename: 'LifeSituationCodeTaken'; code: 'CONFLICT'; message: string }
  | { __typename: 'LifeSituationVersionConflict'; code: 'CONFLICT'; message: string; currentVersion: number }
  | { __typename: 'LifeSituationIncomplete'; code: 'INCOMPLETE'; message: string; missing: string[] }
  | { __typename: 'LifeSituationAlreadyInState'; code: 'CONFLICT'; message: string };
export type SituationResult = { lifeSituation: LifeSituationRow | null; errors: SituationError[] };

const ok = (row: LifeSituationRow): SituationResult => ({ lifeSituation: row, errors: [] });
const fail = (error: SituationError): SituationResult => ({ lifeSituation: null, errors: [error] });
export const invalid = (problems: FieldProblem[]): SituationResult =>
  fail({ __typename: 'LifeSituationInvalid', code: 'BAD_USER_INPUT', message: `The life situation has ${problems.length} problem(s): ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}.`, problems });
const conflict = (code: string, currentVersion: number) =>
  fail({ __typename: 'LifeSituationVersionConflict', code: 'CONFLICT', message: `${code} has changed since the version you read; it is now version ${currentVersion}. Read it again and reapply your change.`, currentVersion });

/** JSON with object keys sorted: stored jsonb comes back with its keys in another order than the input gave them. */
const canonical = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(canonical).join(',')}]`
  : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`
  : JSON.stringify(v ?? null);
const sameValue = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** The situation with a code, when the caller may see and change it; NOT_FOUND / FORBIDDEN otherwise. */
async function loadForWrite(ctx: LifeSituationsContext, code: string): Promise<LifeSituationRow> {
  requireSituationWriter(ctx.identity);
  const row = await ctx.loaders.byCode.load(code);
  if (!row || !maySeeSituation(ctx.identity, row)) throw notFound(`No life situation has the code "${code}".`);
  requireActsFor(ctx.identity, row.holderCode, `Life situation ${code}`);
  return row;
}

/** Problems with the related codes (unknown ones), and their ids in order. */
async function relatedIdsOf(ctx: LifeSituationsContext, related: string[]): Promise<{ ids: string[] } | { problems: FieldProblem[] }> {
  const ids = await situationIds(ctx.db, related);
  const problems = related.flatMap((c, i) => (ids.has(c) ? [] : [{ path: `related[${i}]`, message: `no life situation has the code "${c}"` }]));
  return problems.length ? { problems } : { ids: related.map((c) => ids.get(c)!) };
}

async function write(
  ctx: LifeSituationsContext, existing: LifeSituationRow | null, def: SituationDefinition, status: SituationStatus, changedFields: string[],
  opts: { change?: 'PUBLISHED' | 'DRAFT_SAVED'; pending?: Record<string, unknown> | null } = {},
): Promise<SituationResult> {
  let relatedIds: string[] | undefined;
  if (!existing || changedFields.includes('related')) {
    const resolved = await relatedIdsOf(ctx, def.related);
    if ('problems' in resolved) return invalid(resolved.problems);
    relatedIds = resolved.ids;
  }
  const change = opts.change ?? (!existing ? 'CREATED' : existing.status !== status ? (status === 'PUBLISHED' ? 'PUBLISHED' : 'ARCHIVED') : 'UPDATED');
  const fields = existing && existing.status !== status ? [...changedFields, 'status'] : changedFields;
  const row = await saveSituation(ctx.db, { existing, def, status, change, changedFields: fields, actor: ctx.identity.subject, relatedIds, pending: opts.pending });
  if (!row) {
    const now = await ctx.loaders.byCode.clear(def.code).load(def.code);
    return conflict(def.code, now?.version ?? existing!.version);
  }
  ctx.loaders.byCode.clear(row.code).prime(row.code, row);
  ctx.loaders.byId.clear(row.id).prime(row.id, row);
  ctx.loaders.stepsBySituation.clear(row.id);
  ctx.loaders.triggersBySituation.clear(row.id);
  ctx.loaders.relatedBySituation.clear(row.id);
  return ok(row);
}

export async function createLifeSituation(ctx: LifeSituationsContext, input: SituationInput): Promise<SituationResult> {
  requireSituationWriter(ctx.identity);
  const parsed = parseSituationInput(input);
  if ('problems' in parsed) return invalid(parsed.problems);
  const { patch } = parsed;
  const holderCode = writerInstitution(ctx.identity, patch.holderCode);
  if (!holderCode) return invalid([{ path: 'holderCode', message: 'is required: operators name the holder institution' }]);
  requireActsFor(ctx.identity, holderCode, 'The life situation');
  const missing = [
    ...(!patch.code ? [{ path: 'code', message: 'is required to create a life situation, e.g. "BERNA-PIEDZIMSANA"' }] : []),
    ...(!patch.fields.audience ? [{ path: 'audience', message: 'is required to create a life situation: PERSON or BUSINESS' }] : []),
    ...(!patch.fields.title ? [{ path: 'title', message: 'is required: give at least a Latvian title' }] : []),
  ];
  if (missing.length) return invalid(missing);
  if (await ctx.loaders.byCode.load(patch.code!))
    return fail({ __typename: 'LifeSituationCodeTaken', code: 'CONFLICT', message: `Another life situation already has the code "${patch.code}"; choose another.` });
  const f = patch.fields;
  const def: SituationDefinition = {
    code: patch.code!, holderCode, audience: f.audience!, title: f.title!, description: f.description ?? (null as never), offerText: f.offerText ?? null,
    euEvents: f.euEvents ?? [], goals: f.goals ?? [], keywords: f.keywords ?? [], triggeredBy: f.triggeredBy ?? [], steps: f.steps ?? [], related: f.related ?? [],
  };
  return write(ctx, null, def, 'DRAFT', []);
}

function fixedFields(row: LifeSituationRow, patch: SituationPatch): FieldProblem[] {
  return [
    ...(patch.code && patch.code !== row.code ? [{ path: 'code', message: 'cannot change; a life situation keeps its code for good' }] : []),
    ...(patch.holderCode && patch.holderCode !== row.holderCode ? [{ path: 'holderCode', message: 'cannot change; archive the situation and let the new holder create its own' }] : []),
  ];
}

export async function updateLifeSituation(
  ctx: LifeSituationsContext, code: string, input: SituationInput, expectedVersion: number | null | undefined, asDraft = false,
): Promise<SituationResult> {
  const row = await loadForWrite(ctx, code);
  const parsed = parseSituationInput(input);
  if ('problems' in parsed) return invalid(parsed.problems);
  const fixed = fixedFields(row, parsed.patch);
  if (fixed.length) return invalid(fixed);
  if (parsed.patch.fields.related?.includes(row.code)) return invalid([{ path: 'related', message: 'cannot name the situation itself' }]);
  if (expectedVersion != null && expectedVersion !== row.version) return conflict(code, row.version);
  if (asDraft && row.status === 'PUBLISHED') return saveDraft(ctx, row, input);
  const before = await definitionOf(ctx.db, row);
  const def = { ...before, ...parsed.patch.fields };
  const changed = (Object.keys(parsed.patch.fields) as (keyof typeof before)[]).filter((k) => !sameValue(before[k], def[k]));
  if (!changed.length) return ok(row);
  if (row.status === 'PUBLISHED') {
    const gaps = publishingGaps(def);
    if (gaps.length) return invalid(gaps.map((path) => ({ path, message: 'is required while the life situation is published' })));
  }
  return write(ctx, row, def, row.status, changed);
}

/** The input fields of an unpublished change, without the identity fields (which cannot change anyway). */
const draftFields = (input: SituationInput): Record<string, unknown> => {
  const { code: _c, holderCode: _h, ...fields } = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  return fields;
};

/** The published definition with the pending changes applied, the fields they change, or why they do not fit. */
async function withPending(ctx: LifeSituationsContext, row: LifeSituationRow, pending: Record<string, unknown>) {
  const parsed = parseSituationInput(pending as SituationInput);
  if ('problems' in parsed) return { problems: parsed.problems };
  const before = await definitionOf(ctx.db, row);
  const def = { ...before, ...parsed.patch.fields };
  const changed = (Object.keys(parsed.patch.fields) as (keyof typeof before)[]).filter((k) => !sameValue(before[k], def[k]));
  const gaps = publishingGaps(def).map((path) => ({ path, message: 'is required while the life situation is published' }));
  const related = changed.includes('related') ? await relatedIdsOf(ctx, def.related) : { ids: [] };
  const problems = [...gaps, ...('problems' in related ? related.problems : [])];
  return problems.length ? { problems } : { def, before, changed };
}

/**
 * Saves a change of a published situation without publishing it (MODIFIED): checked as if published now, kept in
 * `pending_changes` with the earlier unpublished changes; what the public reads stays as it is.
 */
async function saveDraft(ctx: LifeSituationsContext, row: LifeSituationRow, input: SituationInput): Promise<SituationResult> {
  const fields = draftFields(input);
  const pending = { ...(row.pendingChanges ?? {}), ...fields };
  if (!Object.keys(fields).length || sameValue(row.pendingChanges, pending)) return ok(row);
  const planned = await withPending(ctx, row, pending);
  if ('problems' in planned) return invalid(planned.problems!);
  return write(ctx, row, planned.before, row.status, planned.changed, { change: 'DRAFT_SAVED', pending });
}

export async function publishLifeSituation(ctx: LifeSituationsContext, code: string): Promise<SituationResult> {
  const row = await loadForWrite(ctx, code);
  if (row.status === 'PUBLISHED' && row.pendingChanges) {
    const planned = await withPending(ctx, row, row.pendingChanges);
    if ('problems' in planned) {
      const missing = planned.problems!.map((p) => p.path);
      return fail({ __typename: 'LifeSituationIncomplete', code: 'INCOMPLETE', message: `${code}'s unpublished changes no longer fit: ${missing.join(', ')}. Save them again with updateLifeSituation(asDraft: true).`, missing });
    }
    return write(ctx, row, planned.def, 'PUBLISHED', planned.changed, { change: 'PUBLISHED', pending: null });
  }
  if (row.status === 'PUBLISHED') return fail({ __typename: 'LifeSituationAlreadyInState', code: 'CONFLICT', message: `${code} is already published.` });
  const def = await definitionOf(ctx.db, row);
  const gaps = publishingGaps(def);
  if (gaps.length) return fail({ __typename: 'LifeSituationIncomplete', code: 'INCOMPLETE', message: `${code} cannot be published without: ${gaps.join(', ')}.`, missing: gaps });
  return write(ctx, row, def, 'PUBLISHED', []);
}

export async function archiveLifeSituation(ctx: LifeSituationsContext, code: string): Promise<SituationResult> {
  const row = await loadForWrite(ctx, code);
  if (row.status === 'ARCHIVED') return fail({ __typename: 'LifeSituationAlreadyInState', code: 'CONFLICT', message: `${code} is already archived.` });
  return write(ctx, row, await definitionOf(ctx.db, row), 'ARCHIVED', [], { pending: null });
}
