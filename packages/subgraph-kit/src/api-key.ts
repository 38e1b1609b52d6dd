import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys: `psg_<prefix>_<secret>`, e.g. `psg_k3x9q2mfa7wd_Vq1…` (60 characters).
 *
 * - `prefix`: 12 characters of lowercase base32, public. It names the key in listings, logs and usage, and is how
 *   the gateway finds the key's row. The `psg_` start lets secret scanners recognise a leaked key.
 * - `secret`: 32 random bytes, base64url (43 characters). Shown once, when the key is created or rotated.
 *
 * Only SHA-256 of the whole key is stored. A slow password hash (bcrypt, scrypt, argon2) protects guessable
 * passwords against offline guessing; a 256-bit random secret cannot be guessed, so a slow hash would add only
 * CPU to every request that presents a key. The stored hash is compared in constant time.
 *
 * Shared by the platform subgraph (which creates keys), the gateway (which verifies them) and `npm run apikey`.
 */
export const API_KEY_PATTERN = /^psg_([a-z2-7]{12})_([A-Za-z0-9_-]{43})$/;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

export interface NewApiKey {
  /** The whole key, to show once. */
  key: string;
  prefix: string;
  /** Hex SHA-256 of the whole key: the only form that is stored. */
  hash: string;
}

export function generateApiKey(): NewApiKey {
  const bytes = randomBytes(12);
  let prefix = '';
  for (const b of bytes) prefix += BASE32[b & 31];
  const key = `psg_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** The prefix of a well-formed key, or null: a malformed key is rejected before any database lookup. */
export function apiKeyPrefix(key: string): string | null {
  return API_KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** Whether `key` hashes to `storedHash`, compared in constant time. */
export function apiKeyMatches(key: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, 'hex');
  const actual = createHash('sha256').update(key).digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The Postgres NOTIFY channel on which a changed key's prefix is announced (revoked, rotated, expiry moved). */
export const API_KEY_CHANNEL = 'psg_api_key_changed';
