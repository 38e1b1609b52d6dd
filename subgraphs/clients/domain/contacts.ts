import type { ContactRow } from '../db/tables.ts';

export type ContactKind = ContactRow['kind'];
export const MAX_CONTACTS = 10;

const EMAIL = /^[^\s@"(),:;<>[\\\]]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,63}$/;
const E164 = /^\+[1-9]\d{7,14}$/;

/**
 * The contact value as stored, or why it is not acceptable. E-mail: a practical subset of RFC 5322 (no quoted
 * local parts, a domain with a top-level part), lower-cased, at most 254 characters. Phone: E.164 after removing
 * spaces, dashes, dots and brackets; "00" becomes "+", and an 8-digit Latvian number (starting 2 or 6) gets +371.
 */
export function normalizeContact(kind: ContactKind, input: string): { value: string } | { message: string } {
  const raw = input.trim();
  if (kind === 'EMAIL') {
    const value = raw.toLowerCase();
    if (value.length <= 254 && EMAIL.test(value)) return { value };
    return { message: `"${input}" is not an e-mail address we can send to, e.g. "anna@example.lv".` };
  }
  let value = raw.replace(/[\s\-.()]/g, '');
  if (value.startsWith('00')) value = `+${value.slice(2)}`;
  if (/^[26]\d{7}$/.test(value)) value = `+371${value}`;
  if (E164.test(value)) return { value };
  return { message: `"${input}" is not a phone number in international form, e.g. "+371 2000 0000".` };
}
