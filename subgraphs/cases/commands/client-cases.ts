import { forbidden, notFound, parseId } from '@public-service-graph/subgraph-kit/errors';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import type { CasesContext } from '../context.ts';
import { prime } from '../data/loaders.ts';
import { applyPlan, idempotentWrite, lockCase, reject, transactionalWrite, type Tx } from '../data/case-writes.ts';
import type { CaseRow } from '../db/tables.ts';
import { clientSideActor } from '../domain/access.ts';
import { isPlan, planComplaint, planRating, type RatingFailure } from '../domain/commands.ts';
import { writtenText } from '../domain/texts.ts';
import type { RateCaseInput, ResolversParentTypes as Payloads, SubmitCaseComplaintInput } from '../generated/types.ts';
import { claimFor } from './institution-cases.ts';

/** The signed-in person (the client or someone acting for them); institutions, operators and applications may not. */
function clientSide(identity: Identity): string {
  if (identity.kind !== 'person' || !identity.person) throw forbidden('Only the client, or a person acting for them, may rate a case or complain about it.');
  return identity.person.clientId;
}

/** The case locked for the client side's write; a case the caller cannot see is NOT_FOUND, whoever has it. */
async function lockClientCase(tx: Tx, identity: Identity, caseId: string) {
  const row = await lockCase(tx, caseId);
  const actor = row && clientSideActor(identity, row);
  if (!row || !actor) throw notFound(`No case ${caseId} among your cases.`);
  return { row, actor };
}

function ratingError(f: RatingFailure) {
  if (f.kind === 'NOT_COMPLETED')
    return { __typename: 'RateCaseNotCompleted' as const, code: 'NOT_COMPLETED', status: f.status, message: `Only a completed case can be rated; this one is ${f.status}.` };
  return { __typename: 'RateCaseAlreadyRated' as const, code: 'ALREADY_RATED', feedback: { rating: f.rating, comment: f.comment, at: f.at }, message: 'This case has been rated already; a case is rated once.' };
}

/** The client side rates a completed case, once. */
export async function rateCase(ctx: CasesContext, input: RateCaseInput): Promise<Payloads['RateCasePayload']> {
  clientSide(ctx.identity);
  const caseId = parseId(input.caseId, 'case');
  const outcome = await transactionalWrite<CaseRow, RatingFailure>(ctx.db, async (tx) => {
    const { row } = await lockClientCase(tx, ctx.identity, caseId);
    const plan = planRating(row, input.rating, input.comment ?? null, ctx.now);
    if (plan === null) return { ok: true, result: row, replayed: true };
    if (!isPlan(plan)) reject(plan);
    return { ok: true, result: (await applyPlan(tx, row, plan.patch, null)).row, replayed: false };
  });
  if (!outcome.ok) return { case: null, errors: [ratingError(outcome.failure)] };
  prime(ctx, [outcome.result]);
  return { case: outcome.result, errors: [] };
}

/** The client side complains about a case: an event on its timeline (and in the outbox) for the institution. */
export async function submitCaseComplaint(ctx: CasesContext, input: SubmitCaseComplaintInput): Promise<Payloads['SubmitCaseComplaintPayload']> {
  const clientId = clientSide(ctx.identity);
  const claim = claimFor(`client:${clientId}`, 'submitCaseComplaint', input);
  const caseId = parseId(input.caseId, 'case');
  const note = writtenText(input.text, input.language ?? 'lv', 'input.text');
  const outcome = await idempotentWrite<{ caseId: string }, never>(ctx.db, claim, async (tx) => {
    const { row, actor } = await lockClientCase(tx, ctx.identity, caseId);
    const plan = planComplaint(row, note, actor, ctx.now);
    await applyPlan(tx, row, plan.patch, plan.event);
    return { caseId };
  });
  if (!outcome.ok) throw new Error('submitCaseComplaint has no expected failures');
  const row = await ctx.loaders.caseById.clear(caseId).load(caseId);
  return { case: row! };
}
