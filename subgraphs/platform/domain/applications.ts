import { randomBytes } from 'node:crypto';
import { forbidden, unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';

/**
 * Self-service for applications: a developer (a person signed in to the developer portal) registers applications,
 * accepts the terms of use, and manages the applications' keys; more than FREE is an operator's decision.
 */

/** The terms of use, oldest first; the last is in force. A new entry makes every application accept again. */
export const TERMS_OF_USE = [
  {
    version: 1,
    publishedAt: '2026-11-01',
    text: [
      'Lietotne izmanto Publisko pakalpojumu grafu tikai reģistrācijā norādītajam mērķim.',
      'Personas datus lietotne lasa tikai ar personas derīgu piekrišanu un tikai tās tvērumā; katrs lasījums tiek reģistrēts personas piekļuves žurnālā.',
      'Atslēgas glabā slepenībā; noplūdušu atslēgu nekavējoties atsauc vai nomaina izstrādātāju portālā.',
      'Pieprasījumu limitus nepārsniedz un neapiet; operators var atsaukt atslēgas, ja noteikumi tiek pārkāpti.',
    ].join('\n\n'),
  },
] as const;
export const currentTerms = () => TERMS_OF_USE[TERMS_OF_USE.length - 1];

export const MAX_ACTIVE_KEYS = 5;

/** The developer: a person speaking for themself (the developer portal is a first-party client). */
export function requireDeveloper(identity: Identity): string {
  if (identity.kind === 'anonymous') throw unauthenticated('Sign in to the developer portal to manage applications.');
  if (identity.kind !== 'person' || !identity.person || identity.onBehalfOf) throw forbidden('Applications are registered and managed by developers signed in as themselves.');
  return identity.person.clientId;
}

export interface Invalid { field: string; message: string }

const REDIRECT = (u: string) => {
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname)) ? !url.hash : false;
  } catch {
    return false;
  }
};

export function validateApplication(input: { name: string; purpose: string; contact: string; redirectUris: readonly string[] }): Invalid | null {
  const name = input.name.trim();
  if (name.length < 2 || name.length > 80) return { field: 'name', message: 'The name must be 2–80 characters.' };
  if (input.purpose.trim().length < 10 || input.purpose.trim().length > 500) return { field: 'purpose', message: 'Say what the application does with the graph in 10–500 characters.' };
  if (input.contact.trim().length < 3 || input.contact.trim().length > 200) return { field: 'contact', message: 'Give an e-mail address or phone number (3–200 characters).' };
  if (input.redirectUris.length > 5) return { field: 'redirectUris', message: 'At most 5 redirect URIs.' };
  const bad = input.redirectUris.find((u) => !REDIRECT(u));
  if (bad !== undefined) return { field: 'redirectUris', message: `"${bad.slice(0, 100)}" is not a redirect URI: an https URL (or http on localhost/127.0.0.1) without a #fragment.` };
  return null;
}

/** "Pasts lietotne" → "pasts-lietotne-k3x9": the OIDC client id, lowercase, unique by its random tail. */
export function clientIdFor(name: string): string {
  const slug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'app';
  return `${/^[a-z0-9]/.test(slug) ? slug : `a${slug}`}-${randomBytes(3).toString('hex')}`;
}

export const ACCESS_TIERS = ['STANDARD', 'PARTNER'] as const;
const SCOPE = /^[a-z][a-z0-9:_-]{0,63}$/;

export function validateAccessRequest(input: { tier: string; scopes: readonly string[]; reason: string }): Invalid | null {
  if (!(ACCESS_TIERS as readonly string[]).includes(input.tier)) return { field: 'tier', message: 'Ask for STANDARD or PARTNER.' };
  if (input.scopes.length > 20) return { field: 'scopes', message: 'At most 20 scopes.' };
  const bad = input.scopes.find((s) => !SCOPE.test(s) || s.startsWith('role:'));
  if (bad !== undefined) return { field: 'scopes', message: `"${bad.slice(0, 64)}" is not a scope an application may hold.` };
  if (input.reason.trim().length < 10 || input.reason.trim().length > 500) return { field: 'reason', message: 'Say why in 10–500 characters.' };
  return null;
}
