import { parseId } from '@public-service-graph/subgraph-kit/errors';
import type { ConsentScopeName } from '@public-service-graph/subgraph-kit/scopes';
import type { ClientsContext } from '../context.ts';
import { ensurePerson } from '../data/client-store.ts';
import { findConsent, insertConsent, transition } from '../data/consent-store.ts';
import { requestingApplication } from '../domain/access.ts';
import { checkTerms, mayAnswer, mayRevoke } from '../domain/consent.ts';
import type { AnswerConsentRequestInput, GrantConsentInput, RequestConsentInput, ResolversParentTypes as Payloads } from '../generated/types.ts';
import { dateInput as date, managed } from './managed.ts';

const NOT_FOUND = 'No consent with that id for this client.';

/** The client (or who manages their profile) grants a consent outright. */
export async function grantConsent(ctx: ClientsContext, input: GrantConsentInput): Promise<Payloads['GrantConsentPayload']> {
  const { clientId, actor } = await managed(ctx);
  const terms = checkTerms(
    { recipientKind: input.recipient.kind, recipientId: input.recipient.id, purpose: input.purpose, scopes: input.scopes as ConsentScopeName[], validFrom: date(input.validFrom), validUntil: date(input.validUntil) },
    ctx.now,
    'grant',
  );
  if ('field' in terms) return { consent: null, errors: [{ __typename: 'GrantConsentInvalidInput', code: 'BAD_USER_INPUT', ...terms }] };
  const consent = await insertConsent(ctx.db, clientId, terms, { status: 'GRANTED', decidedAt: ctx.now, decidedBy: actor.clientId }, ctx.now);
  return { consent, errors: [] };
}

/** An application asks the signed-in person for a consent; it holds nothing until they answer. */
export async function requestConsent(ctx: ClientsContext, input: RequestConsentInput): Promise<Payloads['RequestConsentPayload']> {
  const { application, person } = requestingApplication(ctx.identity);
  const terms = checkTerms(
    { recipientKind: 'APPLICATION', recipientId: application, purpose: input.purpose, scopes: input.scopes as ConsentScopeName[], validUntil: date(input.validUntil) },
    ctx.now,
    'request',
  );
  if ('field' in terms) return { consent: null, errors: [{ __typename: 'RequestConsentInvalidInput', code: 'BAD_USER_INPUT', ...terms }] };
  if (!(await ctx.loaders.clientById.load(person.clientId))) await ensurePerson(ctx.db, person);
  const consent = await insertConsent(ctx.db, person.clientId, terms, { status: 'REQUESTED', requestedAt: ctx.now }, ctx.now);
  return { consent, errors: [] };
}

/** The client answers an application's request, while it is pending. */
export async function answerConsentRequest(ctx: ClientsContext, input: AnswerConsentRequestInput): Promise<Payloads['AnswerConsentRequestPayload']> {
  const { clientId, actor } = await managed(ctx);
  const id = parseId(input.id, 'consent');
  const current = await findConsent(ctx.db, clientId, id);
  if (!current) return { consent: null, errors: [{ __typename: 'AnswerConsentRequestNotFound', code: 'NOT_FOUND', message: NOT_FOUND }] };
  const status = input.answer === 'GRANT' ? 'GRANTED' : 'REJECTED';
  const allowed = mayAnswer(current, ctx.now);
  const consent = allowed.ok ? await transition(ctx.db, clientId, id, 'REQUESTED', { status, decidedAt: ctx.now, decidedBy: actor.clientId }, ctx.now) : null;
  if (consent) return { consent, errors: [] };
  const now = allowed.ok ? mayAnswer((await findConsent(ctx.db, clientId, id))!, ctx.now) : allowed;
  const seen = now.ok ? 'REQUESTED' : now.status;
  return { consent: null, errors: [{ __typename: 'AnswerConsentRequestNotPending', code: 'CONFLICT', message: `The request was already answered or has lapsed: it is ${seen}.`, status: seen }] };
}

/** The client revokes a granted consent that still holds. */
export async function revokeConsent(ctx: ClientsContext, id: string): Promise<Payloads['RevokeConsentPayload']> {
  const { clientId } = await managed(ctx);
  const consentId = parseId(id, 'consent');
  const current = await findConsent(ctx.db, clientId, consentId);
  if (!current) return { consent: null, errors: [{ __typename: 'RevokeConsentNotFound', code: 'NOT_FOUND', message: NOT_FOUND }] };
  const allowed = mayRevoke(current, ctx.now);
  const consent = allowed.ok ? await transition(ctx.db, clientId, consentId, 'GRANTED', { status: 'REVOKED', revokedAt: ctx.now }, ctx.now) : null;
  if (consent) return { consent, errors: [] };
  const now = allowed.ok ? mayRevoke((await findConsent(ctx.db, clientId, consentId))!, ctx.now) : allowed;
  const seen = now.ok ? 'GRANTED' : now.status;
  return { consent: null, errors: [{ __typename: 'RevokeConsentNotGranted', code: 'CONFLICT', message: `Only a granted consent that still holds can be revoked; this one is ${seen}.`, status: seen }] };
}
