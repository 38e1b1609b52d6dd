/**
 * The institution's writes to its services: read what is there, let the domain decide, write through the data
 * layer in one transaction. Expected failures come back as typed errors (the payloads' `errors`); missing rights
 * as FORBIDDEN / UNAUTHENTICATED, unknown services as NOT_FOUND.
 */
import { notFound } from '@public-service-graph/subgraph-kit/errors';
import type { ServicesContext } from '../context.ts';
import type { InstitutionRow, ServiceRow } from '../db/tables.ts';
import { channelLinkValues, resolveLinks } from './links.ts';
import { saveService, serviceBySourceId, type LinkValues, type ServiceWrite } from '../data/service-writes.ts';
import { maySeeService, requireActsFor, requireCatalogueWriter, writeRefusal, writerInstitution } from '../domain/access.ts';
import { describeGaps, publishingGaps } from '../domain/publishing.ts';
import { sameValue } from '../domain/equality.ts';
import { searchColumns } from '../domain/search-document.ts';
import {
  crossFieldProblems, invalidFields, NEW_SERVICE_DEFAULTS, parseServiceInput, type FieldProblem, type ServiceFields, type ServicePatch,
} from '../domain/service-input.ts';

type Status = ServiceRow['status'];

export type ServiceError =
  | { __typename: 'Invalid'; code: 'BAD_USER_INPUT'; message: string; problems: FieldProblem[] }
  | { __typename: 'CodeTaken'; code: 'CONFLICT'; message: string }
  | { __typename: 'VersionConflict'; code: 'CONFLICT'; message: string; currentVersion: number }
  | { __typename: 'Incomplete'; code: 'INCOMPLETE'; message: string; missing: string[] }
  | { __typename: 'AlreadyInState'; code: 'CONFLICT'; message: string };

export type Outcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';
export type ServiceResult = { ok: true; service: ServiceRow; outcome: Outcome } | { ok: false; error: ServiceError };

const invalid = (problems: FieldProblem[]): ServiceResult => ({ ok: false, error: invalidFields('The service', problems) });
const codeTaken = (code: string, message = `Another service already has the code "${code}"; choose another.`): ServiceResult => ({ ok: false, error: { __typename: 'CodeTaken', code: 'CONFLICT', message } });
const conflict = (code: string, currentVersion: number): ServiceResult => ({
  ok: false,
  error: { __typename: 'VersionConflict', code: 'CONFLICT', message: `${code} has changed since version you read; it is now version ${currentVersion}. Read it again and reapply your change.`, currentVersion },
});

/** The writable fields of a stored service. */
const fieldsOf = (row: ServiceRow): ServiceFields => {
  const { name, alternativeNames, summary, description, instructions, kind, basis, audiences, providers, costs, processingTime, processingWorkingDays,
    processingTimeLimit, requirements, evidence, outputs, legalBasis, authenticationLevel, executionType, isKeyService, importance, maturityLevel,
    lifecyclePhase, relatedServiceCodes, requiredServiceCodes, keywords, thematicAreas, redress, manager, processDescription, indicators, unitCost,
    validFrom, validTo } = row;
  return { name, alternativeNames, summary, description, instructions, kind, basis, audiences, providers, costs, processingTime, processingWorkingDays,
    processingTimeLimit, requirements, evidence, outputs, legalBasis, authenticationLevel, executionType, isKeyService, importance, maturityLevel,
    lifecyclePhase, relatedServiceCodes, requiredServiceCodes, keywords, thematicAreas, redress, manager, processDescription, indicators, unitCost,
    validFrom, validTo };
};


export interface Plan {
  fields: ServiceFields;
  links?: LinkValues[];
  changedFields: string[];
}

/**
 * The service as it would be after applying a patch to `existing` (or to the defaults), checked: field rules,
 * channel codes, and, when it is or becomes published, what publishing requires.
 */
export async function plan(ctx: ServicesContext, existing: ServiceRow | null, patch: ServicePatch, status: Status): Promise<{ plan: Plan } | { problems: FieldProblem[] }> {
  const before = existing ? fieldsOf(existing) : null;
  const fields = { ...(before ?? { ...NEW_SERVICE_DEFAULTS, name: undefined as never }), ...patch.fields } as ServiceFields;
  const problems: FieldProblem[] = [];
  if (!fields.name) problems.push({ path: 'name', message: 'is required: give at least a Latvian name' });
  problems.push(...crossFieldProblems(fields));
  let links: LinkValues[] | undefined;
  if (patch.channels) {
    const resolved = await resolveLinks(ctx, patch.channels);
    if ('problems' in resolved) problems.push(...resolved.problems);
    else links = resolved.links;
  }
  const current = existing ? await ctx.loaders.channelLinksByServiceId.load(existing.id) : [];
  if (status === 'PUBLISHED' && !problems.length) {
    const gaps = publishingGaps({ ...fields, holderId: 'set' }, (links ?? current).length);
    problems.push(...gaps.map((path) => ({ path, message: 'is required while the service is published' })));
  }
  if (problems.length) return { problems };

  const changedFields = before
    ? (Object.keys(patch.fields) as (keyof ServiceFields)[]).filter((k) => !sameValue(before[k], fields[k]))
    : [...patch.given];
  if (before && links && !sameValue(current.map(channelLinkValues), links.map((l) => ({ ...l, channel: l.channel.code }))))
    changedFields.push('channels');
  return { plan: { fields, links: before && !changedFields.includes('channels') ? undefined : links, changedFields } };
}

/** The write that turns `existing` (null: nothing yet) into the planned service, or null when nothing changes. */
export function serviceWrite(ctx: ServicesContext, existing: ServiceRow | null, holder: InstitutionRow, code: string, p: Plan, status: Status, sourceId?: string | null): ServiceWrite | null {
  const statusChanged = existing ? existing.status !== status : false;
  const changedFields = [...p.changedFields, ...(statusChanged ? ['status'] : []), ...(existing && sourceId !== undefined && existing.sourceId !== sourceId ? ['sourceId'] : [])];
  if (existing && !changedFields.length) return null;
  return {
    existing,
    holderId: holder.id,
    code,
    sourceId,
    fields: p.fields,
    links: p.links,
    status,
    search: searchColumns({ code, ...p.fields }, holder),
    change: !existing ? 'CREATED' : statusChanged && status === 'PUBLISHED' ? 'PUBLISHED' : statusChanged && status === 'ARCHIVED' ? 'ARCHIVED' : 'UPDATED',
    changedFields,
    actor: ctx.identity.subject,
  };
}

async function write(ctx: ServicesContext, existing: ServiceRow | null, holder: InstitutionRow, code: string, p: Plan, status: Status, sourceId?: string | null): Promise<ServiceResult> {
  const w = serviceWrite(ctx, existing, holder, code, p, status, sourceId);
  if (!w) return { ok: true, service: existing!, outcome: 'UNCHANGED' };
  const row = await saveService(ctx.db, w);
  if (!row) {
    const now = await ctx.loaders.serviceById.clear(existing!.id).load(existing!.id);
    return conflict(code, now?.version ?? existing!.version);
  }
  ctx.loaders.serviceById.clear(row.id).prime(row.id, row);
  ctx.loaders.serviceByCode.clear(row.code).prime(row.code, row);
  ctx.loaders.channelLinksByServiceId.clear(row.id);
  return { ok: true, service: row, outcome: existing ? 'UPDATED' : 'CREATED' };
}

/** The service with a code and its holder, when the caller may see it; NOT_FOUND otherwise. */
export async function loadForWrite(ctx: ServicesContext, code: string): Promise<{ row: ServiceRow; holder: InstitutionRow }> {
  const row = await ctx.loaders.serviceByCode.load(code);
  const holder = row ? await ctx.loaders.institutionById.load(row.holderId) : null;
  if (!row || !holder || !maySeeService(ctx.identity, row, holder.code)) throw notFound(`No service has the code "${code}".`);
  requireActsFor(ctx.identity, holder.code, `Service ${code}`);
  return { row, holder };
}

async function holderFor(ctx: ServicesContext, patch: ServicePatch): Promise<InstitutionRow | FieldProblem> {
  const code = writerInstitution(ctx.identity, patch.holderCode);
  if (!code) return { path: 'holderCode', message: 'is required: operators name the holder institution' };
  requireActsFor(ctx.identity, code, 'The service');
  return (await ctx.loaders.institutionByCode.load(code)) ?? { path: 'holderCode', message: `no institution has the code "${code}"` };
}

export async function createService(ctx: ServicesContext, input: unknown): Promise<ServiceResult> {
  requireCatalogueWriter(ctx.identity);
  const parsed = parseServiceInput(input);
  if ('problems' in parsed) return invalid(parsed.problems);
  const { patch } = parsed;
  const holder = await holderFor(ctx, patch);
  if ('path' in holder) return invalid([holder]);
  if (!patch.code) return invalid([{ path: 'code', message: 'is required to create a service, e.g. "PMLP-PASE"' }]);
  if (await ctx.loaders.serviceByCode.load(patch.code)) return codeTaken(patch.code);
  const planned = await plan(ctx, null, patch, 'DRAFT');
  if ('problems' in planned) return invalid(planned.problems);
  return write(ctx, null, holder, patch.code, planned.plan, 'DRAFT');
}

export async function updateService(ctx: ServicesContext, code: string, input: unknown, expectedVersion: number | null | undefined): Promise<ServiceResult> {
  requireCatalogueWriter(ctx.identity);
  const { row, holder } = await loadForWrite(ctx, code);
  const parsed = parseServiceInput(input);
  if ('problems' in parsed) return invalid(parsed.problems);
  const { patch } = parsed;
  const fixed = [
    ...(patch.code && patch.code !== row.code ? [{ path: 'code', message: 'cannot change; a service keeps its code for good' }] : []),
    ...(patch.holderCode && patch.holderCode !== holder.code ? [{ path: 'holderCode', message: 'cannot change; archive the service and let the new holder create its own' }] : []),
  ];
  if (fixed.length) return invalid(fixed);
  if (expectedVersion != null && expectedVersion !== row.version) return conflict(code, row.version);
  const planned = await plan(ctx, row, patch, row.status);
  if ('problems' in planned) return invalid(planned.problems);
  return write(ctx, row, holder, row.code, planned.plan, row.status);
}

export async function publishService(ctx: ServicesContext, code: string): Promise<ServiceResult> {
  requireCatalogueWriter(ctx.identity);
  const { row, holder } = await loadForWrite(ctx, code);
  if (row.status === 'PUBLISHED') return { ok: false, error: { __typename: 'AlreadyInState', code: 'CONFLICT', message: `${code} is already published.` } };
  const links = await ctx.loaders.channelLinksByServiceId.load(row.id);
  const gaps = publishingGaps(row, links.length);
  if (gaps.length) return { ok: false, error: { __typename: 'Incomplete', code: 'INCOMPLETE', message: describeGaps(code, gaps), missing: gaps } };
  return write(ctx, row, holder, code, { fields: fieldsOf(row), changedFields: [] }, 'PUBLISHED');
}

export async function archiveService(ctx: ServicesContext, code: string): Promise<ServiceResult> {
  requireCatalogueWriter(ctx.identity);
  const { row, holder } = await loadForWrite(ctx, code);
  if (row.status === 'ARCHIVED') return { ok: false, error: { __typename: 'AlreadyInState', code: 'CONFLICT', message: `${code} is already archived.` } };
  return write(ctx, row, holder, code, { fields: fieldsOf(row), changedFields: [] }, 'ARCHIVED');
}

export interface UpsertOptions {
  /** The status the record should end in (imports); undefined keeps the current one (a new record is a draft). */
  status?: Status;
  /** Check everything, write nothing. */
  dryRun?: boolean;
  /** How a refusal is reported: thrown as FORBIDDEN (a mutation) or returned as a problem (an import item). */
  refusal: 'throw' | 'problem';
}

/**
 * Creates or updates the holder's record with this source id. Idempotent: the same input twice writes once. An
 * existing service of the same holder with the input's code and no source id is adopted (first import of a
 * catalogue that was typed in by hand).
 */
export async function upsertService(ctx: ServicesContext, sourceId: string, input: unknown, opts: UpsertOptions): Promise<ServiceResult> {
  requireCatalogueWriter(ctx.identity);
  const parsed = parseServiceInput(input);
  if ('problems' in parsed) return invalid(parsed.problems);
  const { patch } = parsed;
  if (!sourceId || sourceId.length > 200) return invalid([{ path: 'sourceId', message: 'must be 1–200 characters' }]);
  const holderCode = writerInstitution(ctx.identity, patch.holderCode);
  if (!holderCode) return invalid([{ path: 'holderCode', message: 'is required: operators name the holder institution' }]);
  const refusal = writeRefusal(ctx.identity, holderCode, 'The service');
  if (refusal && opts.refusal === 'throw') requireActsFor(ctx.identity, holderCode, 'The service');
  if (refusal) return invalid([{ path: 'holderCode', message: refusal }]);
  const holder = await ctx.loaders.institutionByCode.load(holderCode);
  if (!holder) return invalid([{ path: 'holderCode', message: `no institution has the code "${holderCode}"` }]);

  let existing = await serviceBySourceId(ctx.db, holder.id, sourceId);
  if (!existing && patch.code) {
    const byCode = await ctx.loaders.serviceByCode.load(patch.code);
    if (byCode && (byCode.holderId !== holder.id || (byCode.sourceId && byCode.sourceId !== sourceId)))
      return codeTaken(patch.code, `The code "${patch.code}" belongs to another service${byCode.holderId !== holder.id ? ' of another institution' : ` (source id "${byCode.sourceId}")`}.`);
    existing = byCode;
  }
  if (!existing && !patch.code) return invalid([{ path: 'code', message: 'is required for a new service, e.g. "PMLP-PASE"' }]);
  if (existing && patch.code && patch.code !== existing.code) return invalid([{ path: 'code', message: `cannot change; source id "${sourceId}" is the service ${existing.code}` }]);
  const status = opts.status ?? existing?.status ?? 'DRAFT';
  const planned = await plan(ctx, existing, patch, status);
  if ('problems' in planned) return invalid(planned.problems);
  const code = existing?.code ?? patch.code!;
  if (opts.dryRun) {
    const changes = !existing || planned.plan.changedFields.length > 0 || existing.status !== status || existing.sourceId !== sourceId;
    return { ok: true, service: existing ?? ({ code } as ServiceRow), outcome: !existing ? 'CREATED' : changes ? 'UPDATED' : 'UNCHANGED' };
  }
  return write(ctx, existing, holder, code, planned.plan, status, sourceId);
}
