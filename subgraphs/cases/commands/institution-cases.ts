import { badInput, notFound, parseId } from '@public-service-graph/subgraph-kit/errors';
import type { CasesContext } from '../context.ts';
import { calendarOverrides } from '../data/case-store.ts';
import { applyPlan, caseIdByReference, idempotentWrite, insertCase, insertDeliveries, lockCase, reject, type IdempotencyClaim } from '../data/case-writes.ts';
import { eventById } from '../data/events-store.ts';
import { prime } from '../data/loaders.ts';
import type { CaseEventRow, CaseRow } from '../db/tables.ts';
import { writingInstitution } from '../domain/access.ts';
import { clientFromIdentifier } from '../domain/client-ref.ts';
import { isPlan, planDelivery, planInstitutionEvent, planRegistration, planStatusChange, type CasePlan, type Conflict, type Failure, type IllegalTransition } from '../domain/commands.ts';
import { parseIdempotencyKey, requestHash } from '../domain/idempotency.ts';
import { refusalMessage, serviceRefusal, type ServiceNotAvailableReason } from '../domain/service-reference.ts';
import { localizedInput } from '../domain/texts.ts';
import type { AddCaseEventInput, RecordServiceDeliveriesInput, RegisterCaseInput, ResolversParentTypes as Payloads, UpdateCaseStatusInput } from '../generated/types.ts';

const MAX_DELIVERIES = 1000;

/** The idempotency claim of an institution's write. */
export function claimFor(owner: string, operation: string, input: { idempotencyKey: string } & Record<string, unknown>): IdempotencyClaim {
  return { owner, key: parseIdempotencyKey(input.idempotencyKey), operation, hash: requestHash(operation, input) };
}

/** The case after a write, for the payload (read again on a replay). */
async function caseAfterWrite(ctx: CasesContext, id: string, written?: CaseRow): Promise<CaseRow | null> {
  if (written) {
    prime(ctx, [written]);
    return written;
  }
  return ctx.loaders.caseById.clear(id).load(id);
}

const notOwnCase = (id: string) => notFound(`No case ${id} among your institution's cases.`);

/** The services among `codes` the institution may not register cases of, each with why (see domain/service-reference.ts). */
async function unavailableServices(ctx: CasesContext, institution: string, codes: string[]) {
  const projected = await ctx.services.forWrite(codes, (_, service) => !serviceRefusal(service, institution));
  const refused = new Map<string, { reason: ServiceNotAvailableReason; message: string }>();
  for (const code of new Set(codes)) {
    const service = projected.get(code);
    const reason = serviceRefusal(service, institution);
    if (reason) refused.set(code, { reason, message: refusalMessage(code, institution, reason, service?.holderCode) });
  }
  return refused;
}

/**
 * Locks one of the institution's own cases, asks `plan` what to do with it, and writes that, in one idempotent
 * transaction. Another institution's case is NOT_FOUND; an expected failure rolls everything back.
 */
async function writeOwnCase<F extends Failure>(ctx: CasesContext, claim: IdempotencyClaim, institution: string, caseId: string, plan: (row: CaseRow) => CasePlan | F) {
  let written: { row: CaseRow; event: CaseEventRow | null } | undefined;
  const outcome = await idempotentWrite<{ caseId: string; eventId: number | null }, F>(ctx.db, claim, async (tx) => {
    const row = await lockCase(tx, caseId);
    if (!row || row.institutionCode !== institution) throw notOwnCase(caseId);
    const decided = plan(row);
    if (!isPlan(decided)) reject(decided);
    written = await applyPlan(tx, row, decided.patch, decided.event);
    return { caseId, eventId: written.event?.id ?? null };
  });
  return { outcome, written };
}

function statusError(f: Conflict | IllegalTransition) {
  if (f.kind === 'CONFLICT')
    return { __typename: 'UpdateCaseStatusConflict' as const, code: 'CONFLICT', currentVersion: f.currentVersion, message: `The case is at version ${f.currentVersion} now: read it again, then decide.` };
  return {
    __typename: 'UpdateCaseStatusIllegalTransition' as const,
    code: 'ILLEGAL_TRANSITION',
    from: f.from,
    to: f.to,
    allowedNext: [...f.allowedNext],
    message: f.allowedNext.length
      ? `A case cannot go from ${f.from} to ${f.to}; from ${f.from} it may go to ${f.allowedNext.join(', ')}.`
      : `A case in ${f.from} is closed: it cannot change status any more.`,
  };
}

/** An institution registers a case of a service it may provide: the case, its first event and its outbox event. */
export async function registerCase(ctx: CasesContext, input: RegisterCaseInput): Promise<Payloads['RegisterCasePayload']> {
  const institution = writingInstitution(ctx.identity);
  const claim = claimFor(`institution:${institution}`, 'registerCase', input);
  const client = clientFromIdentifier(ctx.clientIdSecret, input.client, 'input.client');
  const representative = input.representative ? clientFromIdentifier(ctx.clientIdSecret, input.representative, 'input.representative') : null;
  const plan = planRegistration(
    {
      institution,
      reference: input.reference,
      serviceCode: input.serviceCode,
      client,
      representativeClientId: representative?.clientId ?? null,
      applicationChannel: input.applicationChannel,
      deliveryChannel: input.deliveryChannel ?? null,
      submittedAt: new Date(input.submittedAt),
      status: input.status ?? 'SUBMITTED',
      processingTime: input.processingTime ?? null,
      processingDaysAreWorkingDays: input.processingDaysAreWorkingDays ?? true,
      dueDate: input.dueDate ?? null,
      extendedStatus: localizedInput(input.extendedStatus, 'input.extendedStatus'),
      progress: input.progress ?? null,
      note: localizedInput(input.note, 'input.note'),
    },
    ctx.now,
    input.processingTime != null && input.dueDate == null ? await calendarOverrides(ctx.db) : new Map(),
  );
  const refused = (await unavailableServices(ctx, institution, [input.serviceCode])).get(input.serviceCode);
  if (refused) return { case: null, errors: [{ __typename: 'RegisterCaseServiceNotAvailable', code: 'SERVICE_NOT_AVAILABLE', serviceCode: input.serviceCode, ...refused }] };
  let written: CaseRow | undefined;
  const outcome = await idempotentWrite<{ caseId: string }, { existingCaseId: string }>(ctx.db, claim, async (tx) => {
    const row = await insertCase(tx, plan.row, plan.event);
    if (!row) reject({ existingCaseId: (await caseIdByReference(tx, institution, plan.row.reference))! });
    written = row;
    return { caseId: row.id };
  });
  if (!outcome.ok) {
    const message = `Your institution already has case ${plan.row.reference} (${outcome.failure.existingCaseId}); a retry must use the same idempotencyKey.`;
    return { case: null, errors: [{ __typename: 'RegisterCaseDuplicateReference', code: 'DUPLICATE_REFERENCE', message, existingCaseId: outcome.failure.existingCaseId }] };
  }
  return { case: await caseAfterWrite(ctx, outcome.result.caseId, written), errors: [] };
}

/** The institution moves its case on (a legal transition, at the version it read). */
export async function updateCaseStatus(ctx: CasesContext, input: UpdateCaseStatusInput): Promise<Payloads['UpdateCaseStatusPayload']> {
  const institution = writingInstitution(ctx.identity);
  const claim = claimFor(`institution:${institution}`, 'updateCaseStatus', input);
  const caseId = parseId(input.caseId, 'case');
  const change = {
    expectedVersion: input.expectedVersion,
    status: input.status,
    at: input.at == null ? null : new Date(input.at),
    note: localizedInput(input.note, 'input.note'),
    extendedStatus: localizedInput(input.extendedStatus, 'input.extendedStatus'),
    progress: input.progress ?? null,
    decision: input.decision ?? null,
    result: localizedInput(input.result, 'input.result'),
    deliveryChannel: input.deliveryChannel ?? null,
  };
  const { outcome, written } = await writeOwnCase(ctx, claim, institution, caseId, (row) => planStatusChange(row, change, institution, ctx.now));
  if (!outcome.ok) return { case: null, errors: [statusError(outcome.failure)] };
  return { case: await caseAfterWrite(ctx, caseId, written?.row), errors: [] };
}

/** The institution adds an event to its case's timeline (at the version it read). */
export async function addCaseEvent(ctx: CasesContext, input: AddCaseEventInput): Promise<Payloads['AddCaseEventPayload']> {
  const institution = writingInstitution(ctx.identity);
  const claim = claimFor(`institution:${institution}`, 'addCaseEvent', input);
  const caseId = parseId(input.caseId, 'case');
  const event = {
    expectedVersion: input.expectedVersion,
    type: input.type,
    at: input.at == null ? null : new Date(input.at),
    note: localizedInput(input.note, 'input.note'),
    extendedStatus: localizedInput(input.extendedStatus, 'input.extendedStatus'),
    progress: input.progress ?? null,
  };
  const { outcome, written } = await writeOwnCase(ctx, claim, institution, caseId, (row) => planInstitutionEvent(row, event, institution, ctx.now));
  if (!outcome.ok) {
    const { currentVersion } = outcome.failure;
    return { case: null, event: null, errors: [{ __typename: 'AddCaseEventConflict', code: 'CONFLICT', currentVersion, message: `The case is at version ${currentVersion} now: read it again, then decide.` }] };
  }
  const eventId = outcome.result.eventId!;
  return { case: await caseAfterWrite(ctx, caseId, written?.row), event: written?.event ?? (await eventById(ctx.db, eventId)), errors: [] };
}

/** The institution records services delivered on the spot (event-only cases), all in one transaction. */
export async function recordServiceDeliveries(ctx: CasesContext, input: RecordServiceDeliveriesInput): Promise<Payloads['RecordServiceDeliveriesPayload']> {
  const institution = writingInstitution(ctx.identity);
  const claim = claimFor(`institution:${institution}`, 'recordServiceDeliveries', input);
  const { deliveries } = input;
  if (deliveries.length < 1 || deliveries.length > MAX_DELIVERIES)
    throw badInput(`input.deliveries must hold 1–${MAX_DELIVERIES} items; got ${deliveries.length}.`, { argument: 'input.deliveries' });
  const seen = new Set<string>();
  const planned = deliveries.map((d, i) => {
    const argument = `input.deliveries[${i}]`;
    const representative = d.representative ? clientFromIdentifier(ctx.clientIdSecret, d.representative, `${argument}.representative`) : null;
    const plan = planDelivery(
      {
        institution,
        reference: d.reference,
        serviceCode: d.serviceCode,
        client: clientFromIdentifier(ctx.clientIdSecret, d.client, `${argument}.client`),
        representativeClientId: representative?.clientId ?? null,
        channel: d.channel,
        deliveryChannel: d.deliveryChannel ?? null,
        deliveredAt: new Date(d.deliveredAt),
      },
      ctx.now,
      argument,
    );
    if (seen.has(plan.row.reference)) throw badInput(`${argument}.reference "${plan.row.reference}" appears twice in this call.`, { argument: `${argument}.reference` });
    seen.add(plan.row.reference);
    return plan;
  });
  const refused = await unavailableServices(ctx, institution, deliveries.map((d) => d.serviceCode));
  if (refused.size) {
    const errors = deliveries.flatMap((d, index) => {
      const r = refused.get(d.serviceCode);
      return r ? [{ __typename: 'RecordServiceDeliveriesServiceNotAvailable' as const, code: 'SERVICE_NOT_AVAILABLE', index, serviceCode: d.serviceCode, ...r }] : [];
    });
    return { recorded: 0, alreadyRecorded: [], errors };
  }
  const outcome = await idempotentWrite<{ recorded: number; alreadyRecorded: string[] }, never>(ctx.db, claim, async (tx) => {
    const inserted = new Set(await insertDeliveries(tx, planned));
    return { recorded: inserted.size, alreadyRecorded: planned.map((p) => p.row.reference).filter((r) => !inserted.has(r)) };
  });
  if (!outcome.ok) throw new Error('recordServiceDeliveries has no expected failures');
  return { ...outcome.result, errors: [] };
}
