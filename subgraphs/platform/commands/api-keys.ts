import { badInput, parseId } from '@public-service-graph/subgraph-kit/errors';
import type { PlatformContext } from '../context.ts';
import { insertKey, revokeKey, rotateKey } from '../data/key-store.ts';
import { requireOperator } from '../domain/access.ts';
import { MAX_GRACE_MINUTES, isInvalid, keyStatus, rotationEnd, validGrace, validateNewKey } from '../domain/keys.ts';
import type { CreateApiKeyInput, ResolversParentTypes as Payloads, RevokeApiKeyInput, RotateApiKeyInput } from '../generated/types.ts';

/** An operator issues a key to an institution or application; its secret is shown this once. */
export async function createApiKey(ctx: PlatformContext, input: CreateApiKeyInput): Promise<Payloads['CreateApiKeyPayload']> {
  requireOperator(ctx.identity);
  const values = validateNewKey({ ...input, expiresAt: input.expiresAt == null ? null : new Date(input.expiresAt) });
  if (isInvalid(values))
    return { apiKey: null, secret: null, errors: [{ __typename: 'CreateApiKeyInvalidInput', code: 'BAD_USER_INPUT', ...values }] };
  const { row, secret } = await insertKey(ctx.db, values, ctx.identity.subject);
  ctx.log.info({ keyId: row.id, prefix: row.prefix, owner: `${row.ownerKind}:${row.ownerCode}`, by: ctx.identity.subject }, 'API key created');
  return { apiKey: row, secret, errors: [] };
}

/** An operator replaces an active key; the old one keeps working for the grace minutes. */
export async function rotateApiKey(ctx: PlatformContext, input: RotateApiKeyInput): Promise<Payloads['RotateApiKeyPayload']> {
  requireOperator(ctx.identity);
  if (!validGrace(input.graceMinutes)) throw badInput(`graceMinutes must be 0–${MAX_GRACE_MINUTES}.`, { argument: 'input.graceMinutes' });
  const old = await ctx.loaders.keyById.load(parseId(input.id, 'API key'));
  if (!old) return { apiKey: null, secret: null, previous: null, errors: [{ __typename: 'RotateApiKeyNotFound', code: 'NOT_FOUND', message: 'No API key has this id.' }] };
  const status = keyStatus(old);
  if (status !== 'ACTIVE')
    return {
      apiKey: null, secret: null, previous: old,
      errors: [{ __typename: 'RotateApiKeyNotActive', code: 'CONFLICT', status, message: `The key is ${status.toLowerCase()}: create a new key instead.` }],
    };
  const { row, previous, secret } = await rotateKey(ctx.db, old, rotationEnd(old, input.graceMinutes ?? 0), ctx.identity.subject);
  ctx.log.info({ keyId: row.id, previousId: old.id, prefix: row.prefix, by: ctx.identity.subject }, 'API key rotated');
  return { apiKey: row, secret, previous, errors: [] };
}

/** An operator revokes a key: it stops working at once. */
export async function revokeApiKey(ctx: PlatformContext, input: RevokeApiKeyInput): Promise<Payloads['RevokeApiKeyPayload']> {
  requireOperator(ctx.identity);
  const row = await revokeKey(ctx.db, parseId(input.id, 'API key'), ctx.identity.subject);
  if (!row) return { apiKey: null, errors: [{ __typename: 'RevokeApiKeyNotFound', code: 'NOT_FOUND', message: 'No API key has this id.' }] };
  ctx.log.info({ keyId: row.id, prefix: row.prefix, by: ctx.identity.subject }, 'API key revoked');
  return { apiKey: row, errors: [] };
}
