import { createHash } from 'node:crypto';
import { badInput } from '@public-service-graph/subgraph-kit/errors';

const KEY = /^[A-Za-z0-9._:-]{1,100}$/;

/** The key as given; BAD_USER_INPUT when it is empty, too long or has other characters. */
export function parseIdempotencyKey(key: string): string {
  if (!KEY.test(key)) throw badInput('"idempotencyKey" must be 1–100 characters from A–Z a–z 0–9 . _ : - (a UUID will do).', { argument: 'idempotencyKey' });
  return key;
}

const canonical = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  return value;
};

/** A fingerprint of a write's input without its key: the same key with a different input is refused. */
export function requestHash(operation: string, input: Record<string, unknown>): string {
  const { idempotencyKey: _key, ...rest } = input;
  return createHash('sha256').update(JSON.stringify([operation, canonical(rest)])).digest('hex');
}

export const idempotencyMismatch = () =>
  badInput('This idempotencyKey was used before for a different request: use a new key for a new write.', { argument: 'idempotencyKey' });
