import { ANONYMOUS, type Identity } from './identity.ts';

/**
 * Scopes the gateway adds to a request's identity after asking the clients subgraph (gateway/enrich-identity.ts).
 * Subgraphs enforce them where the data lives:
 * - `consent:*`: an application holding a person's token, for what that person consented to it.
 * - `represent:*`: a person acting for a party (`identity.onBehalfOf`), for what the representation allows.
 * Scopes with these prefixes in a caller's own token are dropped: only the clients subgraph's answer grants them.
 */
export const CONSENT_SCOPES = {
  PROFILE_READ: 'consent:profile:read',
  PERSONAL_CODE_READ: 'consent:profile:personal-code',
  CONTACTS_READ: 'consent:contacts:read',
  CASES_READ: 'consent:cases:read',
  PROACTIVE_OFFERS: 'consent:proactive-offers',
} as const;

export const REPRESENT_SCOPES = {
  PROFILE_READ: 'represent:profile:read',
  PROFILE_MANAGE: 'represent:profile:manage',
  CASES_READ: 'represent:cases:read',
  CASES_SUBMIT: 'represent:cases:submit',
  POWERS_MANAGE: 'represent:powers:manage',
} as const;

export type ConsentScopeName = keyof typeof CONSENT_SCOPES;
export type RepresentScopeName = keyof typeof REPRESENT_SCOPES;

/** Scopes only the gateway's enrichment may grant. */
export const isDelegatedScope = (scope: string): boolean => scope.startsWith('consent:') || scope.startsWith('represent:');

export const hasScope = (identity: Identity, scope: string): boolean => identity.scopes.includes(scope);

/**
 * The gateway's own identity for its internal calls to the clients subgraph. No caller can be given it: the
 * authenticator makes subjects "person:…", "institution:…", "application:…" or "operator:…", never "service:…".
 */
export const GATEWAY_SERVICE: Identity = Object.freeze({
  ...ANONYMOUS,
  kind: 'operator',
  subject: 'service:gateway',
  operator: 'service:gateway',
  roles: ['gateway'],
}) as Identity;

export const isGatewayService = (identity: Identity): boolean => identity.kind === 'operator' && identity.subject === GATEWAY_SERVICE.subject;
