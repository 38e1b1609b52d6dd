import { parseId } from '@public-service-graph/subgraph-kit/errors';
import type { PlatformContext } from '../context.ts';
import * as store from '../data/application-store.ts';
import { insertKey, revokeKey, rotateKey } from '../data/key-store.ts';
import { requireOperator } from '../domain/access.ts';
import { clientIdFor, currentTerms, MAX_ACTIVE_KEYS, requireDeveloper, validateAccessRequest, validateApplication } from '../domain/applications.ts';
import { isInvalid, keyStatus, validateNewKey } from '../domain/keys.ts';
import type { ApplicationRow } from '../db/tables.ts';
import type { MutationAcceptTermsOfUseArgs, MutationCreateApplicationKeyArgs, MutationDecideApplicationAccessArgs, MutationRegisterApplicationArgs, MutationRequestApplicationAccessArgs, MutationRevokeApplicationKeyArgs, MutationRotateApplicationKeyArgs } from '../generated/types.ts';

/** Self-service for applications (the developer portal) and the operator's decisions on access requests: the writes. */

type Problem = { code: string; message: string; field?: string | null };
const problem = (code: string, message: string, field: string | null = null): Problem[] => [{ code, message, field }];

/** The developer's own application by id, or null (someone else's looks the same as none). */
async function ownApplication(ctx: PlatformContext, id: string): Promise<ApplicationRow | null> {
  const developer = requireDeveloper(ctx.identity);
  const app = await store.applicationById(ctx.db, parseId(id, 'application'));
  return app && app.developer === developer ? app : null;
}

/** The developer's own application's key by id, with the application, or null. */
async function ownKey(ctx: PlatformContext, keyId: string) {
  const developer = requireDeveloper(ctx.identity);
  const key = await ctx.loaders.keyById.load(parseId(keyId, 'API key'));
  if (!key || key.ownerKind !== 'APPLICATION') return null;
  const app = await store.applicationByClientId(ctx.db, key.ownerCode);
  return app && app.developer === developer ? { key, app } : null;
}

/** A key is made (or rotated) only under the terms in force; revoking is never held back. */
async function termsMissing(ctx: PlatformContext, app: ApplicationRow): Promise<Problem[] | null> {
  const accepted = await store.latestAcceptance(ctx.db, app.id);
  return !accepted || accepted.version < currentTerms().version
    ? problem('TERMS_NOT_ACCEPTED', `Accept the terms of use (version ${currentTerms().version}) before making a key.`)
    : null;
}

const NO_APP = problem('NOT_FOUND', 'You have no application with this id.', 'applicationId');
const NO_KEY = problem('NOT_FOUND', 'None of your applications has a key with this id.', 'keyId');

export async function registerApplication(ctx: PlatformContext, input: MutationRegisterApplicationArgs['input']) {
  const developer = requireDeveloper(ctx.identity);
  const invalid = validateApplication(input);
  if (invalid) return { application: null, errors: problem('BAD_USER_INPUT', invalid.message, invalid.field) };
  const application = await store.insertApplication(ctx.db, {
    clientId: clientIdFor(input.name), name: input.name.trim(), purpose: input.purpose.trim(), contact: input.contact.trim(), redirectUris: [...input.redirectUris], developer,
  });
  ctx.log.info({ application: application.clientId, by: ctx.identity.subject }, 'application registered');
  return { application, errors: [] };
}

export async function acceptTermsOfUse(ctx: PlatformContext, input: MutationAcceptTermsOfUseArgs['input']) {
  const app = await ownApplication(ctx, input.applicationId);
  if (!app) return { application: null, errors: NO_APP };
  if (input.version !== currentTerms().version)
    return { application: null, errors: problem('CONFLICT', `Version ${input.version} is not the terms in force: read and accept version ${currentTerms().version}.`, 'version') };
  await store.acceptTerms(ctx.db, app.id, input.version, ctx.identity.subject);
  return { application: app, errors: [] };
}

export async function createApplicationKey(ctx: PlatformContext, input: MutationCreateApplicationKeyArgs['input']) {
  const app = await ownApplication(ctx, input.applicationId);
  if (!app) return { apiKey: null, secret: null, errors: NO_APP };
  const terms = await termsMissing(ctx, app);
  if (terms) return { apiKey: null, secret: null, errors: terms };
  if ((await store.activeKeyCount(ctx.db, app.clientId)) >= MAX_ACTIVE_KEYS)
    return { apiKey: null, secret: null, errors: problem('LIMIT_REACHED', `An application has at most ${MAX_ACTIVE_KEYS} active keys: revoke one first.`) };
  const values = validateNewKey({ name: `${app.name} (FREE)`, ownerKind: 'APPLICATION', ownerCode: app.clientId, tier: 'FREE' });
  if (isInvalid(values)) throw new Error(values.message);
  const { row, secret } = await insertKey(ctx.db, values, ctx.identity.subject);
  ctx.log.info({ keyId: row.id, prefix: row.prefix, application: app.clientId, by: ctx.identity.subject }, 'application key created');
  return { apiKey: row, secret, errors: [] };
}

export async function rotateApplicationKey(ctx: PlatformContext, input: MutationRotateApplicationKeyArgs['input']) {
  const own = await ownKey(ctx, input.keyId);
  if (!own) return { apiKey: null, secret: null, errors: NO_KEY };
  const { key, app } = own;
  const terms = await termsMissing(ctx, app);
  if (terms) return { apiKey: null, secret: null, errors: terms };
  if (keyStatus(key) !== 'ACTIVE') return { apiKey: null, secret: null, errors: problem('CONFLICT', 'The key no longer works: make a new one instead.', 'keyId') };
  const { row, secret } = await rotateKey(ctx.db, key, { revokedAt: new Date(), expiresAt: key.expiresAt }, ctx.identity.subject);
  return { apiKey: row, secret, errors: [] };
}

export async function revokeApplicationKey(ctx: PlatformContext, input: MutationRevokeApplicationKeyArgs['input']) {
  const own = await ownKey(ctx, input.keyId);
  if (!own) return { apiKey: null, secret: null, errors: NO_KEY };
  return { apiKey: await revokeKey(ctx.db, own.key.id, ctx.identity.subject), secret: null, errors: [] };
}

export async function requestApplicationAccess(ctx: PlatformContext, input: MutationRequestApplicationAccessArgs['input']) {
  const app = await ownApplication(ctx, input.applicationId);
  if (!app) return { request: null, errors: NO_APP };
  const invalid = validateAccessRequest(input);
  if (invalid) return { request: null, errors: problem('BAD_USER_INPUT', invalid.message, invalid.field) };
  const request = await store.insertRequest(ctx.db, { applicationId: app.id, tier: input.tier, scopes: [...new Set(input.scopes)], reason: input.reason.trim() });
  if (!request) return { request: null, errors: problem('CONFLICT', 'A request of this application is waiting for an operator already.') };
  return { request, errors: [] };
}

export async function decideApplicationAccess(ctx: PlatformContext, input: MutationDecideApplicationAccessArgs['input']) {
  requireOperator(ctx.identity);
  const note = input.note.trim();
  if (note.length < 3 || note.length > 500) return { request: null, errors: problem('BAD_USER_INPUT', 'Say why in 3–500 characters.', 'note') };
  const request = await store.decideRequest(ctx.db, parseId(input.requestId, 'access request'), input.approve, note, ctx.identity.subject);
  if (!request) return { request: null, errors: problem('NOT_FOUND', 'No pending request has this id.', 'requestId') };
  ctx.log.info({ request: request.id, approve: input.approve, by: ctx.identity.subject }, 'application access decided');
  return { request, errors: [] };
}
