import { forbidden, unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import type { Identity, PersonRef } from '@public-service-graph/subgraph-kit/identity';
import { CONSENT_SCOPES, REPRESENT_SCOPES, hasScope, isGatewayService } from '@public-service-graph/subgraph-kit/scopes';

/** Parts of a profile that are shown or withheld together. */
export type ProfilePart = 'basic' | 'personalCode' | 'contacts' | 'preferences' | 'consents' | 'representations' | 'accessLog' | 'proactiveConsent';

const EVERYTHING: readonly ProfilePart[] = ['basic', 'personalCode', 'contacts', 'preferences', 'consents', 'representations', 'accessLog', 'proactiveConsent'];
/**
 * What a representative with PROFILE_READ sees: the profile, including whether the party consents to proactive
 * offers (a company never signs in itself: its offers reach it only through its representatives).
 */
const REPRESENTATIVE: readonly ProfilePart[] = ['basic', 'personalCode', 'contacts', 'preferences', 'consents', 'representations', 'accessLog', 'proactiveConsent'];
/** What an institution or an operator sees, for a stated purpose. */
const INSTITUTION: readonly ProfilePart[] = ['basic', 'personalCode', 'contacts', 'preferences'];

/** How a read is recorded in the client's access log; null when the client reads their own data. */
export type Audit =
  | { actorKind: 'PERSON'; representative: PersonRef; purpose: null }
  | { actorKind: 'APPLICATION'; actor: string; purpose: null }
  | { actorKind: 'INSTITUTION' | 'OPERATOR'; actor: string; purpose: string };

/** What the caller may see of one client in this request, and how their reads are logged. */
export interface ClientView {
  parts: ReadonlySet<ProfilePart>;
  audit: Audit | null;
}

/** Whether the caller is the client themself, signed in directly. */
export const isSelf = (identity: Identity, clientId: string): boolean => identity.kind === 'person' && identity.person?.clientId === clientId;

/**
 * The one rule of who sees what of a client:
 * - the client themself: everything;
 * - a person acting for the client (X-Act-For, checked by the gateway): the profile with represent:profile:read,
 *   else the name only; logged;
 * - an application holding the client's token: the client's id with any consent (so `me { cases }` works
 *   with CASES_READ alone), the name with any profile consent, the personal code with PERSONAL_CODE_READ,
 *   contacts with CONTACTS_READ; nothing without consent; logged;
 * - an institution or an operator, only when it states a purpose (the `client` lookup): basic data, contacts and
 *   preferences; logged with the purpose;
 * - anyone else: nothing (null), whatever id they pass.
 */
export function viewOf(identity: Identity, clientId: string, purpose: string | null = null): ClientView | null {
  if (isSelf(identity, clientId)) return { parts: new Set(EVERYTHING), audit: null };
  if (identity.kind === 'person' && identity.person && identity.onBehalfOf?.clientId === clientId) {
    const parts = hasScope(identity, REPRESENT_SCOPES.PROFILE_READ) ? REPRESENTATIVE : (['basic'] as const);
    return { parts: new Set(parts), audit: { actorKind: 'PERSON', representative: identity.person, purpose: null } };
  }
  if (identity.kind === 'application' && identity.application && identity.person?.clientId === clientId) {
    // Any consent lets the application reach the client (e.g. `me { cases }` with CASES_READ only); the profile
    // itself needs a profile scope.
    if (!identity.scopes.some((s) => s.startsWith('consent:'))) return null;
    const parts = new Set<ProfilePart>();
    if (hasScope(identity, CONSENT_SCOPES.PERSONAL_CODE_READ)) parts.add('personalCode');
    if (hasScope(identity, CONSENT_SCOPES.CONTACTS_READ)) parts.add('contacts');
    if (parts.size || hasScope(identity, CONSENT_SCOPES.PROFILE_READ)) parts.add('basic');
    return { parts, audit: { actorKind: 'APPLICATION', actor: identity.application, purpose: null } };
  }
  if (purpose && mayLookUpClients(identity)) {
    const audit: Audit = identity.kind === 'institution'
      ? { actorKind: 'INSTITUTION', actor: identity.institution!, purpose }
      : { actorKind: 'OPERATOR', actor: identity.operator!, purpose };
    return { parts: new Set(INSTITUTION), audit };
  }
  return null;
}

/**
 * What a caller who may see nothing of a client gets when another subgraph's answer names the client (an
 * institution's `case { client }`, a parent's `lifeEvents { relatedClient }`): the id it already holds, and
 * FORBIDDEN on each field it selects, so the refusal costs those fields only.
 */
export const NOTHING: ClientView = { parts: new Set(), audit: null };

/** Which part each Client field of this subgraph belongs to. */
const FIELD_PART: Record<string, ProfilePart> = {
  kind: 'basic', displayName: 'basic', registrationNumber: 'basic', linkedRegisters: 'basic', personalCode: 'personalCode',
  contacts: 'contacts', eAddress: 'contacts', preferences: 'preferences', consents: 'consents', consentsToProactiveOffers: 'proactiveConsent',
  representing: 'representations', representedBy: 'representations', accessLog: 'accessLog',
};

/** Of the fields a request selects, those the view lets it read: what goes into the access log as read. */
export const readableFields = (view: ClientView, fields: readonly string[]): string[] =>
  fields.filter((f) => FIELD_PART[f] !== undefined && view.parts.has(FIELD_PART[f]));

const PART_NAMES: Record<ProfilePart, string> = {
  basic: 'the profile',
  personalCode: 'the personal code',
  contacts: 'contacts',
  preferences: 'preferences',
  consents: 'consents',
  representations: 'representations',
  accessLog: 'the access log',
  proactiveConsent: 'the proactive-offers consent',
};

/** Throws FORBIDDEN unless the view includes the part. */
export function requirePart(view: ClientView, part: ProfilePart): void {
  if (view.parts.has(part)) return;
  const hint = view.audit?.actorKind === 'APPLICATION'
    ? ' without the person\'s consent to it (requestConsent)'
    : view.audit?.actorKind === 'PERSON' ? ' without the PROFILE_READ scope of the representation' : '';
  throw forbidden(`You may not read ${PART_NAMES[part]} of this client${hint}${part === 'proactiveConsent' ? '; only the client and their representatives may' : ''}.`);
}

/** Institutions and human operators may look clients up for a stated purpose; the gateway's service identity may not. */
export const mayLookUpClients = (identity: Identity): boolean =>
  (identity.kind === 'institution' && !!identity.institution) || (identity.kind === 'operator' && !!identity.operator && !isGatewayService(identity));

/** The signed-in person behind `me`: a person, or an application holding a person's token (its view decides the rest). */
export function signedInPerson(identity: Identity): PersonRef {
  if ((identity.kind === 'person' || identity.kind === 'application') && identity.person) return identity.person;
  if (identity.kind === 'anonymous') throw unauthenticated("`me` needs a signed-in person: send the person's bearer token.");
  throw forbidden("`me` is a signed-in person's own profile: an application needs the person's token; institutions and operators use `client(personalCode | registrationNumber, purpose)`.");
}

/** The client whose profile, consents or powers of attorney a mutation changes, and who is changing them. */
export interface Managed { clientId: string; actor: PersonRef }

/**
 * Who may change a profile: the person themself, or a person acting for the party with represent:profile:manage
 * (`powers`: represent:powers:manage). Applications, institutions and operators change no one's profile.
 */
export function managedClient(identity: Identity, what: 'profile' | 'powers' = 'profile'): Managed {
  if (identity.kind === 'anonymous') throw unauthenticated();
  if (identity.kind === 'application') throw forbidden("An application cannot change a person's profile, consents or representation; it may only ask for consent (requestConsent).");
  if (identity.kind !== 'person' || !identity.person) throw forbidden('Only the client themself, or a person acting for them, may change their profile.');
  if (!identity.onBehalfOf) return { clientId: identity.person.clientId, actor: identity.person };
  const scope = what === 'profile' ? REPRESENT_SCOPES.PROFILE_MANAGE : REPRESENT_SCOPES.POWERS_MANAGE;
  if (!hasScope(identity, scope))
    throw forbidden(`Your representation of this party does not include ${what === 'profile' ? 'PROFILE_MANAGE' : 'POWERS_MANAGE'}.`);
  return { clientId: identity.onBehalfOf.clientId, actor: identity.person };
}

/** An application holding a person's token, asking that person for consent. */
export function requestingApplication(identity: Identity): { application: string; person: PersonRef } {
  if (identity.kind === 'application' && identity.application && identity.person) return { application: identity.application, person: identity.person };
  if (identity.kind === 'anonymous') throw unauthenticated();
  throw forbidden("Only an application holding a person's token can ask that person for consent.");
}

/** The gateway's internal question may come from the gateway's service identity only. */
export function requireGateway(identity: Identity): void {
  if (!isGatewayService(identity)) throw forbidden('Only the gateway may ask this.');
}
