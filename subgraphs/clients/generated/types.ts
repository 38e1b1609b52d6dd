import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClientParent, ClientsContext } from '../context.ts';
import type { ClientRow, ContactRow, ConsentRow, ConsentUseRow, RepresentationRow, NotificationRow } from '../db/tables.ts';
import type { AccessEventView } from '../domain/access-log.ts';
import type { PreferencesView } from '../domain/preferences.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 8601 date-time, e.g. "2026-03-01T09:30:00Z". Output is always UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Why acceptPowerOfAttorney failed. */
export type AcceptPowerOfAttorneyError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** No power of attorney with that id awaits this person's acceptance (revoked, expired, already accepted, or another's). Code NOT_FOUND. */
export type AcceptPowerOfAttorneyNotFound = AcceptPowerOfAttorneyError & {
  __typename?: 'AcceptPowerOfAttorneyNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Result of acceptPowerOfAttorney. */
export type AcceptPowerOfAttorneyPayload = {
  __typename?: 'AcceptPowerOfAttorneyPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<AcceptPowerOfAttorneyError>;
  /** The power of attorney, accepted; null when `errors` is not empty. */
  representation?: Maybe<Representation>;
};

/** Kinds of actors in the access log. */
export type AccessActorKind =
  /** A third-party application, with the client's consent. */
  | 'APPLICATION'
  /** An institution's system or staff. */
  | 'INSTITUTION'
  /** A platform operator. */
  | 'OPERATOR'
  /** A person acting for the client: a parent, a board member, a holder of a power of attorney. */
  | 'PERSON';

/** One read of a client's data by someone other than the client. */
export type AccessEvent = {
  __typename?: 'AccessEvent';
  /**
   * Who exactly, as a person recognises them: a representative's display name, an institution's code, an application's
   * client id, an operator's id. (In `Client.accessLog`; the per-subgraph lists record a representative by client id.)
   */
  actor: Scalars['String']['output'];
  /** Who read it: PERSON (a representative), INSTITUTION, APPLICATION or OPERATOR. */
  actorKind: AccessActorKind;
  /** When the data was read. */
  at: Scalars['DateTime']['output'];
  /** The stated purpose of the read; in `Client.accessLog`, an application's read without one shows the purpose of the person's consent to it ("consent: …"). */
  purpose?: Maybe<Scalars['String']['output']>;
  /** What was read, e.g. "case PMLP-2026/004211". */
  resource: Scalars['String']['output'];
};

/** A page of the access log. */
export type AccessEventConnection = {
  __typename?: 'AccessEventConnection';
  edges: Array<AccessEventEdge>;
  nodes: Array<AccessEvent>;
  pageInfo: PageInfo;
  /** How many reads are logged, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An access event and its cursor. */
export type AccessEventEdge = {
  __typename?: 'AccessEventEdge';
  cursor: Scalars['String']['output'];
  node: AccessEvent;
};

/** The client already has this contact. Code CONFLICT. */
export type AddContactDuplicate = AddContactError & {
  __typename?: 'AddContactDuplicate';
  code: Scalars['String']['output'];
  /** The existing contact's id. */
  existingId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

/** Why addContact failed. */
export type AddContactError = {
  /** BAD_USER_INPUT, CONFLICT… */
  code: Scalars['String']['output'];
  /** What to do about it. */
  message: Scalars['String']['output'];
};

/** A new contact. */
export type AddContactInput = {
  /** EMAIL or PHONE. */
  kind: ContactKind;
  /** Topics this contact becomes the preferred one (of its kind) for; default none. */
  preferredFor?: InputMaybe<Array<NotificationTopic>>;
  /** An e-mail address ("anna@example.lv", at most 254 characters) or a phone number in international form ("+371 2000 0000"; 8-digit Latvian numbers get +371). */
  value: Scalars['String']['input'];
};

/** The value is not a valid e-mail address or phone number. Code BAD_USER_INPUT. */
export type AddContactInvalidValue = AddContactError & {
  __typename?: 'AddContactInvalidValue';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The client already has the most contacts allowed (10). Code CONFLICT. */
export type AddContactLimitReached = AddContactError & {
  __typename?: 'AddContactLimitReached';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Result of addContact. */
export type AddContactPayload = {
  __typename?: 'AddContactPayload';
  /** The contact added; null when `errors` is not empty. */
  contact?: Maybe<Contact>;
  /** Why nothing was added; empty on success. */
  errors: Array<AddContactError>;
};

/** Why answerConsentRequest failed. */
export type AnswerConsentRequestError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** An answer to a consent request. */
export type AnswerConsentRequestInput = {
  /** GRANT or REJECT. */
  answer: ConsentAnswer;
  /** The consent's id, from `Client.consents(status: [REQUESTED])`. */
  id: Scalars['ID']['input'];
};

/** No consent with that id for this client. Code NOT_FOUND. */
export type AnswerConsentRequestNotFound = AnswerConsentRequestError & {
  __typename?: 'AnswerConsentRequestNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The consent is not a pending request any more. Code CONFLICT. */
export type AnswerConsentRequestNotPending = AnswerConsentRequestError & {
  __typename?: 'AnswerConsentRequestNotPending';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Its status now. */
  status: ConsentStatus;
};

/** Result of answerConsentRequest. */
export type AnswerConsentRequestPayload = {
  __typename?: 'AnswerConsentRequestPayload';
  /** The consent as answered; null when `errors` is not empty. */
  consent?: Maybe<Consent>;
  /** Why nothing changed; empty on success. */
  errors: Array<AnswerConsentRequestError>;
};

/** State registers of basic data. */
export type BasicDataRegister =
  /** Enterprise Register (Uzņēmumu reģistrs), kept by UR: company names, registration numbers, board members. */
  | 'ENTERPRISE_REGISTER'
  /** Natural Persons Register (Fizisko personu reģistrs), kept by PMLP: names, personal codes, birth dates, parents. */
  | 'NATURAL_PERSONS_REGISTER';

/**
 * A client of public services: a natural person or a legal person (company). Basic data is linked from the
 * state registers (Natural Persons Register, Enterprise Register), not copied. Who sees which field: the client
 * sees everything; a representative acting for the client (X-Act-For) what the representation's scopes allow; an
 * application what the client consented to; an institution, through `client(…, purpose)`, the basic data,
 * contacts and preferences. A field the caller may not see is FORBIDDEN (`personalCode` is null instead).
 */
export type Client = {
  __typename?: 'Client';
  /**
   * Every read of this client's data by anyone but the client (institutions, applications, representatives,
   * operators), across the graph (profile reads here, case reads and life-situation reads from their subgraphs), as one chronological
   * list, newest first. The client or a representative with PROFILE_READ; nobody else. `first` is 1–100
   * (default 20).
   */
  accessLog?: Maybe<AccessEventConnection>;
  /** Reads of this client's cases, from the cases subgraph; merged into `accessLog`. */
  caseAccessEvents?: Maybe<Array<AccessEvent>>;
  /**
   * Consents the client has given or been asked for, newest first. The client or a representative with
   * PROFILE_READ. `first` is 1–100 (default 20); `status` filters (default: all).
   */
  consents?: Maybe<ConsentConnection>;
  /**
   * Whether the client currently has a valid consent with the PROACTIVE_OFFERS scope (to any recipient). Only the
   * client themself may read it (others: FORBIDDEN); other subgraphs read it with @requires on the client's behalf.
   */
  consentsToProactiveOffers?: Maybe<Scalars['Boolean']['output']>;
  /**
   * E-mail addresses and phone numbers, oldest first (at most 10). The client, a representative with PROFILE_READ,
   * an institution (with a purpose) or an application with CONTACTS_READ.
   */
  contacts?: Maybe<Array<Contact>>;
  /** Full name of a person, or the registered name of a company. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** The official e-address (e-adrese): whether the client has activated it on latvija.lv. Read-only here. */
  eAddress?: Maybe<EAddress>;
  /**
   * Pseudonymous stable identifier. It does not reveal the personal code, and the same person has the same
   * id across the whole graph.
   */
  id: Scalars['ID']['output'];
  /** Whether this is a natural or a legal person. */
  kind?: Maybe<ClientKind>;
  /** Reads of this client's life events, progress and offers, from the life-situations subgraph; merged into `accessLog`. */
  lifeSituationAccessEvents?: Maybe<Array<AccessEvent>>;
  /** The registers the basic data is linked from, and which fields each provides. */
  linkedRegisters?: Maybe<Array<LinkedRegister>>;
  /**
   * What the graph told this client of events about them (case status changes, deadlines, proactive offers), by
   * their preferences, newest first: one entry per channel it went to (PORTAL is the portal's inbox), with its text
   * in the client's language and whether it was sent or is held in quiet hours. Only the client themself, signed in
   * directly (a representative, an application or an institution: FORBIDDEN). `first` is 1–100 (default 20).
   */
  notifications?: Maybe<NotificationConnection>;
  /**
   * Latvian personal code (personas kods), "DDMMYY-CNNNN" or "32NNNN-NNNNN". Shown to the person themself, to a
   * representative with PROFILE_READ, to institutions through `client(…, purpose)`, and to an application only with
   * the PERSONAL_CODE_READ consent; null for everyone else and for companies.
   */
  personalCode?: Maybe<Scalars['String']['output']>;
  /** Language, preferred channel and notification settings. The client, a representative with PROFILE_READ, an institution (with a purpose). */
  preferences?: Maybe<Preferences>;
  /** Company registration number (11 digits); null for natural persons. */
  registrationNumber?: Maybe<Scalars['String']['output']>;
  /** Who may act for this client, newest first. Same rules and arguments as `representing`. */
  representedBy?: Maybe<RepresentationConnection>;
  /**
   * Parties this client may act for (companies, children, principals), newest first. The client or a
   * representative with PROFILE_READ. `first` is 1–100 (default 20); `includeInactive` (default false) adds
   * expired, revoked and not yet valid ones.
   */
  representing?: Maybe<RepresentationConnection>;
};


/**
 * A client of public services: a natural person or a legal person (company). Basic data is linked from the
 * state registers (Natural Persons Register, Enterprise Register), not copied. Who sees which field: the client
 * sees everything; a representative acting for the client (X-Act-For) what the representation's scopes allow; an
 * application what the client consented to; an institution, through `client(…, purpose)`, the basic data,
 * contacts and preferences. A field the caller may not see is FORBIDDEN (`personalCode` is null instead).
 */
export type ClientAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A client of public services: a natural person or a legal person (company). Basic data is linked from the
 * state registers (Natural Persons Register, Enterprise Register), not copied. Who sees which field: the client
 * sees everything; a representative acting for the client (X-Act-For) what the representation's scopes allow; an
 * application what the client consented to; an institution, through `client(…, purpose)`, the basic data,
 * contacts and preferences. A field the caller may not see is FORBIDDEN (`personalCode` is null instead).
 */
export type ClientConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ConsentStatus>>;
};


/**
 * A client of public services: a natural person or a legal person (company). Basic data is linked from the
 * state registers (Natural Persons Register, Enterprise Register), not copied. Who sees which field: the client
 * sees everything; a representative acting for the client (X-Act-For) what the representation's scopes allow; an
 * application what the client consented to; an institution, through `client(…, purpose)`, the basic data,
 * contacts and preferences. A field the caller may not see is FORBIDDEN (`personalCode` is null instead).
 */
export type ClientNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A client of public services: a natural person or a legal person (company). Basic data is linked from the
 * state registers (Natural Persons Register, Enterprise Register), not copied. Who sees which field: the client
 * sees everything; a representative acting for the client (X-Act-For) what the representation's scopes allow; an
 * application what the client consented to; an institution, through `client(…, purpose)`, the basic data,
 * contacts and preferences. A field the caller may not see is FORBIDDEN (`personalCode` is null instead).
 */
export type ClientRepresentedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A client of public services: a natural person or a legal person (company). Basic data is linked from the
 * state registers (Natural Persons Register, Enterprise Register), not copied. Who sees which field: the client
 * sees everything; a representative acting for the client (X-Act-For) what the representation's scopes allow; an
 * application what the client consented to; an institution, through `client(…, purpose)`, the basic data,
 * contacts and preferences. A field the caller may not see is FORBIDDEN (`personalCode` is null instead).
 */
export type ClientRepresentingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Natural or legal person. */
export type ClientKind =
  /** A legal person, e.g. a company (juridiska persona). */
  | 'COMPANY'
  /** A natural person (fiziska persona). */
  | 'PERSON';

/** A client as named in another client's records: no personal code. */
export type ClientSummary = {
  __typename?: 'ClientSummary';
  /** Name. */
  displayName: Scalars['String']['output'];
  /** The client's id. */
  id: Scalars['ID']['output'];
  /** Person or company. */
  kind: ClientKind;
};

/**
 * A consent (piekrišana): the client allows a recipient to use their data for a purpose, within scopes, for a
 * period. Lifecycle: REQUESTED → GRANTED or REJECTED; GRANTED → REVOKED, or EXPIRED when `validUntil` passes.
 */
export type Consent = {
  __typename?: 'Consent';
  /** When it was granted or rejected. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who granted or rejected it: the client, or a representative acting for them. */
  decidedBy?: Maybe<ClientSummary>;
  /** True when the consent holds now: GRANTED, and now within validFrom–validUntil. */
  holds: Scalars['Boolean']['output'];
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /** The purpose, in the recipient's words, e.g. "Show your case statuses in the Startup app". */
  purpose: Scalars['String']['output'];
  /** Who may use the data. */
  recipient: ConsentRecipient;
  /** When an application asked for it; null when the client gave it unasked. */
  requestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the recipient may do. */
  scopes: Array<ConsentScope>;
  /** The status now; EXPIRED is computed from `validUntil`. */
  status: ConsentStatus;
  /** Each use by the recipient (one per request to the graph that relied on it), newest first. `first` 1–100 (default 20). */
  uses: ConsentUseConnection;
  /** From when it holds. */
  validFrom: Scalars['DateTime']['output'];
  /** Until when it holds; null until revoked. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};


/**
 * A consent (piekrišana): the client allows a recipient to use their data for a purpose, within scopes, for a
 * period. Lifecycle: REQUESTED → GRANTED or REJECTED; GRANTED → REVOKED, or EXPIRED when `validUntil` passes.
 */
export type ConsentUsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Answers to a consent request. */
export type ConsentAnswer =
  /** Give the consent. */
  | 'GRANT'
  /** Refuse it. */
  | 'REJECT';

/** A page of consents. */
export type ConsentConnection = {
  __typename?: 'ConsentConnection';
  edges: Array<ConsentEdge>;
  nodes: Array<Consent>;
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A consent and its cursor. */
export type ConsentEdge = {
  __typename?: 'ConsentEdge';
  cursor: Scalars['String']['output'];
  node: Consent;
};

/** Who a consent is given to. */
export type ConsentRecipient = {
  __typename?: 'ConsentRecipient';
  /** The application's OIDC client id (e.g. "startup-app") or the institution's code (e.g. "VSAA"); null for PUBLIC_ADMINISTRATION. */
  id?: Maybe<Scalars['String']['output']>;
  /** Application, institution, or the whole public administration. */
  kind: ConsentRecipientKind;
};

/** Who a consent is for. */
export type ConsentRecipientInput = {
  /** Application: its OIDC client id (lower case letters, digits, ".", "_", "-"); institution: its code (upper case, e.g. "VSAA"); PUBLIC_ADMINISTRATION: leave out. */
  id?: InputMaybe<Scalars['String']['input']>;
  /** Application, institution or the whole public administration. */
  kind: ConsentRecipientKind;
};

/** Kinds of consent recipients. */
export type ConsentRecipientKind =
  /** A third-party application, by its OIDC client id. */
  | 'APPLICATION'
  /** One institution, by its code. */
  | 'INSTITUTION'
  /** All state and municipal institutions (used for proactive offers). */
  | 'PUBLIC_ADMINISTRATION';

/** What a consent allows. Applications may get the first four; institutions and the public administration PROACTIVE_OFFERS. */
export type ConsentScope =
  /** Read the client's cases and their statuses. */
  | 'CASES_READ'
  /** Read e-mail addresses and phone numbers (implies PROFILE_READ). */
  | 'CONTACTS_READ'
  /** Read the personal code (implies PROFILE_READ). */
  | 'PERSONAL_CODE_READ'
  /** Use the client's data to offer services proactively. */
  | 'PROACTIVE_OFFERS'
  /** Read the profile's name and kind (`me` for an application). */
  | 'PROFILE_READ';

/** Consent lifecycle states. */
export type ConsentStatus =
  /** Its validity ended (`validUntil` passed), or a request was not answered in time. */
  | 'EXPIRED'
  /** Given; holds within its validity. */
  | 'GRANTED'
  /** Refused by the client. */
  | 'REJECTED'
  /** Asked for by the recipient, not answered yet. */
  | 'REQUESTED'
  /** Withdrawn by the client. */
  | 'REVOKED';

/** One use of a consent. */
export type ConsentUse = {
  __typename?: 'ConsentUse';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The operation the recipient sent, e.g. "query CaseStatuses". */
  operation: Scalars['String']['output'];
};

/** A page of consent uses. */
export type ConsentUseConnection = {
  __typename?: 'ConsentUseConnection';
  edges: Array<ConsentUseEdge>;
  nodes: Array<ConsentUse>;
  pageInfo: PageInfo;
  /** How many uses, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A consent use and its cursor. */
export type ConsentUseEdge = {
  __typename?: 'ConsentUseEdge';
  cursor: Scalars['String']['output'];
  node: ConsentUse;
};

/** An e-mail address or a phone number of a client. */
export type Contact = {
  __typename?: 'Contact';
  /** When it was added. */
  addedAt: Scalars['DateTime']['output'];
  /** Opaque stable identifier; pass it to `updateContact` and `removeContact`. */
  id: Scalars['ID']['output'];
  /** E-mail or phone. */
  kind: ContactKind;
  /** Notification topics for which this contact is the preferred one of its kind. */
  preferredFor: Array<NotificationTopic>;
  /** The address, as stored: e-mail in lower case, phone in E.164 ("+37120000000"). */
  value: Scalars['String']['output'];
  /** Whether the client proved they receive messages there. Always false for now: verification is not offered yet. */
  verified: Scalars['Boolean']['output'];
};

/** Channels the state can reach a client on. */
export type ContactChannel =
  /** E-mail. Available once the client has an e-mail contact. */
  | 'EMAIL'
  /** The official e-address. Available once it is activated. */
  | 'E_ADDRESS'
  /** The inbox on the state portal (latvija.lv). Always available. */
  | 'PORTAL'
  /** Text message. Available once the client has a phone contact. */
  | 'SMS';

/** Kinds of contacts. */
export type ContactKind =
  /** An e-mail address. */
  | 'EMAIL'
  /** A phone number that receives SMS. */
  | 'PHONE';

/** The client's official e-address (oficiālā elektroniskā adrese). */
export type EAddress = {
  __typename?: 'EAddress';
  /** Whether it is activated; official correspondence then goes there. */
  activated: Scalars['Boolean']['output'];
  /** When it was activated; null when it is not. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The answer: for whom the request acts and which scopes it gains, or why it is refused. */
export type GatewayAuthorization = {
  __typename?: 'GatewayAuthorization';
  /** The person's stored language preference (BCP 47, e.g. "en"), which the gateway uses for a request that names no language; null when none is stored. */
  language?: Maybe<Scalars['String']['output']>;
  /** The party acted for, when X-Act-For was sent and a representation holds. */
  onBehalfOf?: Maybe<GatewayParty>;
  /** Why the request must be refused; null when it may proceed. */
  refusal?: Maybe<GatewayRefusal>;
  /** Scopes to add to the identity: consent:* for an application, represent:* for a representative. */
  scopes: Array<Scalars['String']['output']>;
};

/** What the gateway asks about one request. */
export type GatewayAuthorizationInput = {
  /** The X-Act-For header, if any: the party the person wants to act for. */
  actFor?: InputMaybe<Scalars['String']['input']>;
  /** The third-party application holding the person's token, if any: its consent scopes are returned and each consent's use recorded. */
  application?: InputMaybe<Scalars['String']['input']>;
  /** The operation, e.g. "query CaseStatuses", for the consent use log. */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** The signed-in person's client id. */
  personClientId: Scalars['ID']['input'];
};

/** The party acted for. */
export type GatewayParty = {
  __typename?: 'GatewayParty';
  /** Its client id. */
  clientId: Scalars['ID']['output'];
  /** Its personal code or registration number. */
  code: Scalars['String']['output'];
  /** "person" or "company". */
  kind: Scalars['String']['output'];
};

/** A refusal. */
export type GatewayRefusal = {
  __typename?: 'GatewayRefusal';
  /** FORBIDDEN or BAD_USER_INPUT. */
  code: Scalars['String']['output'];
  /** What the caller can do about it. */
  message: Scalars['String']['output'];
};

/** Why grantConsent failed. */
export type GrantConsentError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A consent given directly. */
export type GrantConsentInput = {
  /** The purpose, 3–300 characters. */
  purpose: Scalars['String']['input'];
  /** Who may use the data. */
  recipient: ConsentRecipientInput;
  /** What the recipient may do; at least one, allowed for the recipient's kind (see ConsentScope). */
  scopes: Array<ConsentScope>;
  /** From when; default now. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Until when (after validFrom and in the future); default: until revoked. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** An input field is not acceptable. Code BAD_USER_INPUT. */
export type GrantConsentInvalidInput = GrantConsentError & {
  __typename?: 'GrantConsentInvalidInput';
  code: Scalars['String']['output'];
  /** The input field at fault, e.g. "validUntil". */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Result of grantConsent. */
export type GrantConsentPayload = {
  __typename?: 'GrantConsentPayload';
  /** The consent; null when `errors` is not empty. */
  consent?: Maybe<Consent>;
  /** Why nothing was granted; empty on success. */
  errors: Array<GrantConsentError>;
};

/** Why grantPowerOfAttorney failed. */
export type GrantPowerOfAttorneyError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A power of attorney to grant. */
export type GrantPowerOfAttorneyInput = {
  /** The attorney's personal code ("DDMMYY-CNNNN" or "32NNNN-NNNNN"); a malformed one is BAD_USER_INPUT naming the problem. */
  attorneyPersonalCode: Scalars['String']['input'];
  /** A note for the principal's side only (the attorney does not see it), at most 300 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** What the attorney may do: PROFILE_READ, PROFILE_MANAGE, CASES_READ, CASES_SUBMIT (at least one). */
  scopes: Array<RepresentationScope>;
  /** From when; default now. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Until when (after validFrom and in the future); default: until revoked. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** An input field is not acceptable. Code BAD_USER_INPUT. */
export type GrantPowerOfAttorneyInvalidInput = GrantPowerOfAttorneyError & {
  __typename?: 'GrantPowerOfAttorneyInvalidInput';
  code: Scalars['String']['output'];
  /** The input field at fault. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Result of grantPowerOfAttorney. */
export type GrantPowerOfAttorneyPayload = {
  __typename?: 'GrantPowerOfAttorneyPayload';
  /** Why nothing was granted; empty on success. */
  errors: Array<GrantPowerOfAttorneyError>;
  /** The power of attorney; null when `errors` is not empty. */
  representation?: Maybe<Representation>;
};

/** A register the client's basic data is linked from (not copied). */
export type LinkedRegister = {
  __typename?: 'LinkedRegister';
  /** Fields of this profile that come from it, e.g. ["displayName", "personalCode"]. */
  fields: Array<Scalars['String']['output']>;
  /** Code of the institution that keeps it, e.g. "PMLP" or "UR". */
  holderCode: Scalars['String']['output'];
  /** Which register. */
  register: BasicDataRegister;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The signed-in person accepts a power of attorney granted to them (one of their `representing(includeInactive:
   * true)` with status AWAITING_ACCEPTANCE). From then on it holds within its period and scopes, and the principal
   * sees who their attorney is.
   */
  acceptPowerOfAttorney: AcceptPowerOfAttorneyPayload;
  /**
   * Adds an e-mail address or a phone number to the profile of the signed-in person (or of the party they act
   * for, with the PROFILE_MANAGE scope). Stored unverified: verification by a code is not offered yet.
   * At most 10 contacts per client.
   */
  addContact: AddContactPayload;
  /** The client (or a representative with PROFILE_MANAGE) grants or rejects a pending consent request. */
  answerConsentRequest: AnswerConsentRequestPayload;
  /**
   * Gives consent directly: to an application (its OIDC client id), an institution (its code) or the whole public
   * administration (for proactive offers). By the signed-in person, or by a representative acting for the party
   * with PROFILE_MANAGE. The consent holds at once (or from `validFrom`).
   */
  grantConsent: GrantConsentPayload;
  /**
   * The signed-in person (or a representative with POWERS_MANAGE acting for the party) authorizes another person,
   * named by personal code, to act for them within the given scopes and period (pilnvara). As in a register of powers
   * of attorney, it is recorded for the personal code whether or not the graph knows that person, and it gives no
   * rights until the attorney accepts it (`acceptPowerOfAttorney`): until then its status is AWAITING_ACCEPTANCE and
   * `representative` says nothing about the person (the same answer for every well-formed personal code).
   */
  grantPowerOfAttorney: GrantPowerOfAttorneyPayload;
  /**
   * Internal: the gateway records, before it sends a subgraph registered to receive personal codes (an institution's)
   * the caller's or the acted-for party's personal code, an entry in each one's access log naming the subgraph and the
   * registered purpose. Only the gateway's own service identity may call it; not part of the public graph.
   */
  recordPersonalCodeForwarding: Scalars['Boolean']['output'];
  /** Removes a contact. Notification channels that need it (EMAIL, SMS) stay on only while another contact of that kind remains. */
  removeContact: RemoveContactPayload;
  /**
   * An application holding a person's token asks that person for consent. The request waits (REQUESTED) until the
   * person answers it with `answerConsentRequest`; nothing is granted before.
   */
  requestConsent: RequestConsentPayload;
  /** Revokes a granted consent. It stops holding at once: the gateway asks on every request. */
  revokeConsent: RevokeConsentPayload;
  /** Revokes a power of attorney the client granted. Representation from the registers cannot be revoked here. */
  revokePowerOfAttorney: RevokePowerOfAttorneyPayload;
  /** Changes which notification topics a contact is the preferred one for. */
  updateContact: UpdateContactPayload;
  /** Changes language, preferred channel and notification settings; fields left out stay as they are. */
  updatePreferences: UpdatePreferencesPayload;
};


export type MutationAcceptPowerOfAttorneyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddContactArgs = {
  input: AddContactInput;
};


export type MutationAnswerConsentRequestArgs = {
  input: AnswerConsentRequestInput;
};


export type MutationGrantConsentArgs = {
  input: GrantConsentInput;
};


export type MutationGrantPowerOfAttorneyArgs = {
  input: GrantPowerOfAttorneyInput;
};


export type MutationRecordPersonalCodeForwardingArgs = {
  input: PersonalCodeForwardingInput;
};


export type MutationRemoveContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestConsentArgs = {
  input: RequestConsentInput;
};


export type MutationRevokeConsentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokePowerOfAttorneyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateContactArgs = {
  input: UpdateContactInput;
};


export type MutationUpdatePreferencesArgs = {
  input: UpdatePreferencesInput;
};

/**
 * A notification to a person of an event about them (docs/notifications.md). Its text names codes (the service, the
 * status, the institution), never personal data; the details are read in the portal.
 */
export type Notification = {
  __typename?: 'Notification';
  /** The text, in `language`. */
  body: Scalars['String']['output'];
  /** The channel it went to. */
  channel: ContactChannel;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The id of the event it tells of (`CloudEvent.id` in the events feed). */
  eventId: Scalars['ID']['output'];
  /** The type of that event, e.g. "lv.gov.psg.case.status-changed.v1". */
  eventType: Scalars['String']['output'];
  /** While HELD: when the quiet hours end and it goes out. */
  holdUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Unique id; also the message id the channel was given (a repeat is the same id). */
  id: Scalars['ID']['output'];
  /** The language it was written in: the client's preference when it was made (lv, en or ru). */
  language: Scalars['String']['output'];
  /** When the channel accepted it; null while held or failed. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it was sent, is held in quiet hours, or could not be sent. */
  status: NotificationStatus;
  /** What the event is about: a case id, a life event id and situation code (the event's `subject`). */
  subject: Scalars['String']['output'];
  /** The subject line, in `language`. */
  title: Scalars['String']['output'];
  /** The preference topic it was sent under. */
  topic: NotificationTopic;
};

/** A page of a client's notifications. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  nodes: Array<Notification>;
  pageInfo: PageInfo;
  /** How many notifications the client has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A notification and its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** Whether one topic's notifications go to one channel. */
export type NotificationSetting = {
  __typename?: 'NotificationSetting';
  /** The channel. */
  channel: ContactChannel;
  /** True when notifications of this topic are sent to this channel. */
  enabled: Scalars['Boolean']['output'];
  /** The topic. */
  topic: NotificationTopic;
};

/** One topic × channel setting. */
export type NotificationSettingInput = {
  /** The channel. */
  channel: ContactChannel;
  /** On or off. */
  enabled: Scalars['Boolean']['input'];
  /** The topic. */
  topic: NotificationTopic;
};

/** Where a notification stands. */
export type NotificationStatus =
  /** The channel could not take it (e.g. the contact was removed before it went out). */
  | 'FAILED'
  /** Made in quiet hours: it goes out when they end (`holdUntil`). */
  | 'HELD'
  /** Being sent now. */
  | 'PENDING'
  /** The channel accepted it (for PORTAL: it is in the inbox). */
  | 'SENT';

/** Topics the client can be notified about. */
export type NotificationTopic =
  /** A case changed status. Default: on, to PORTAL. */
  | 'CASE_STATUS_CHANGES'
  /** A consent of the client's was given, revoked or expired; a representative was given or lost the right to act for the client. Default: off. */
  | 'CONSENTS_AND_REPRESENTATIONS'
  /** A deadline approaches (a document to bring, a payment, a decision due). Default: on, to PORTAL. */
  | 'DEADLINES'
  /** A service the client may need, offered proactively (needs the PROACTIVE_OFFERS consent too). Default: off. */
  | 'PROACTIVE_OFFERS';

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** One forwarding of personal codes to a registered subgraph. */
export type PersonalCodeForwardingInput = {
  /** The clients whose personal codes are sent: the caller, and the party acted for. */
  clientIds: Array<Scalars['ID']['input']>;
  /** The purpose it is registered with. */
  purpose: Scalars['String']['input'];
  /** The subgraph that receives them, e.g. "lad". */
  subgraph: Scalars['String']['input'];
};

/** How the client wants to be communicated with. */
export type Preferences = {
  __typename?: 'Preferences';
  /** Language of communication, ISO 639-1: "lv" (default), "en" or "ru". */
  language: Scalars['String']['output'];
  /** Every topic × channel pair, whether notifications of that topic go to that channel. */
  notifications: Array<NotificationSetting>;
  /** The channel the client prefers for communication that is not a notification. Default PORTAL. */
  preferredChannel: ContactChannel;
};

/**
 * The unified client profile (vienotais klienta profils): basic data linked from the registers, contacts,
 * preferences, consents, representation, and who read the client's data. Owned by the clients subgraph.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The party the signed-in person acts for in this request, named by the `X-Act-For` header (a company's
   * registration number or a person's personal code, e.g. `X-Act-For: 40203123456`). The gateway refuses the
   * request with FORBIDDEN when no valid representation (board member, parent of a minor, power of attorney)
   * holds. Null without the header. Every read is recorded in the party's access log.
   */
  actingFor?: Maybe<Client>;
  /**
   * A client looked up by an institution or an operator, by exactly one of `personalCode` or
   * `registrationNumber`, for a stated `purpose`. Required: `purpose` (3–300 characters, e.g. "processing
   * application PMLP-2026/004211"); without it the error code is BAD_USER_INPUT. Every read is recorded in the
   * client's access log with the institution and the purpose. A malformed personal code is BAD_USER_INPUT naming
   * the problem (format, check digit, impossible date). Null when the graph does not know the client. Persons and
   * applications get FORBIDDEN.
   */
  client?: Maybe<Client>;
  /**
   * Internal: the gateway asks, before executing a request, for whom the caller may act (X-Act-For) and which
   * consent scopes an application holds, and each consent use is recorded. Only the gateway's own service
   * identity may call it; it is not part of the public graph.
   */
  gatewayAuthorization?: Maybe<GatewayAuthorization>;
  /**
   * The signed-in person's own client profile. Requires a person's token (Authorization: Bearer …); without one
   * the error code is UNAUTHENTICATED. A third-party application holding a person's token gets the profile only
   * while the person's consent with a profile scope (PROFILE_READ, PERSONAL_CODE_READ or CONTACTS_READ) holds,
   * otherwise FORBIDDEN; each such read is in the person's access log. With the X-Act-For header `me` is still the
   * signed-in person: the party acted for is `actingFor`.
   */
  me?: Maybe<Client>;
};


/**
 * The unified client profile (vienotais klienta profils): basic data linked from the registers, contacts,
 * preferences, consents, representation, and who read the client's data. Owned by the clients subgraph.
 */
export type QueryClientArgs = {
  personalCode?: InputMaybe<Scalars['String']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The unified client profile (vienotais klienta profils): basic data linked from the registers, contacts,
 * preferences, consents, representation, and who read the client's data. Owned by the clients subgraph.
 */
export type QueryGatewayAuthorizationArgs = {
  input: GatewayAuthorizationInput;
};

/** Why removeContact failed. */
export type RemoveContactError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** No contact with that id on this profile. Code NOT_FOUND. */
export type RemoveContactNotFound = RemoveContactError & {
  __typename?: 'RemoveContactNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Result of removeContact. */
export type RemoveContactPayload = {
  __typename?: 'RemoveContactPayload';
  /** Why nothing was removed; empty on success. */
  errors: Array<RemoveContactError>;
  /** The id of the contact removed; null when `errors` is not empty. */
  removedId?: Maybe<Scalars['ID']['output']>;
};

/**
 * A right to act for a party: a board member for a company, a parent for a minor child, the holder of a power of
 * attorney for its principal.
 */
export type Representation = {
  __typename?: 'Representation';
  /** When the attorney accepted a power of attorney; null before, and for register data. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the right exists. */
  basis: RepresentationBasis;
  /** Who granted a power of attorney: the principal, or a representative acting for them; null for register data. */
  grantedBy?: Maybe<ClientSummary>;
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * The principal's note on a power of attorney, e.g. "for the VID annual declaration". Only the principal's side
   * (the principal, who granted it, and their representatives) sees it; for the attorney it is null, so no one can
   * put text into another person's profile.
   */
  note?: Maybe<Scalars['String']['output']>;
  /** For whom. */
  party: ClientSummary;
  /**
   * Who may act. For a power of attorney not yet accepted, a placeholder: the pseudonymous id derived from the
   * personal code given, kind PERSON and displayName "Awaiting acceptance"; the name shows once the attorney accepts.
   */
  representative: ClientSummary;
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the representative may do. */
  scopes: Array<RepresentationScope>;
  /** Status now, computed from the period and revocation. */
  status: RepresentationStatus;
  /** From when it holds. */
  validFrom: Scalars['DateTime']['output'];
  /** Until when it holds; for a parent, the child's 18th birthday; null when open-ended. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
};

/** Grounds for representation. */
export type RepresentationBasis =
  /** Board member (valdes loceklis) of a company with the right to represent it, from the Enterprise Register. */
  | 'BOARD_MEMBER'
  /** Parent of a minor child, from the Natural Persons Register; ends on the child's 18th birthday. */
  | 'PARENT'
  /** A power of attorney (pilnvara) granted in this graph. */
  | 'POWER_OF_ATTORNEY';

/** A page of representations. */
export type RepresentationConnection = {
  __typename?: 'RepresentationConnection';
  edges: Array<RepresentationEdge>;
  nodes: Array<Representation>;
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A representation and its cursor. */
export type RepresentationEdge = {
  __typename?: 'RepresentationEdge';
  cursor: Scalars['String']['output'];
  node: Representation;
};

/** What a representative may do for the party. */
export type RepresentationScope =
  /** See the party's cases and their statuses. */
  | 'CASES_READ'
  /** Apply for services and act in cases for the party. */
  | 'CASES_SUBMIT'
  /** Grant and revoke powers of attorney for the party (board members and parents only). */
  | 'POWERS_MANAGE'
  /** Change the party's contacts, preferences and consents. */
  | 'PROFILE_MANAGE'
  /** Read the party's profile: contacts, preferences, consents, representations, access log. */
  | 'PROFILE_READ';

/** Representation states. */
export type RepresentationStatus =
  /** Holds now. */
  | 'ACTIVE'
  /** A power of attorney the attorney has not accepted yet: it gives no rights. */
  | 'AWAITING_ACCEPTANCE'
  /** Its period ended (for a parent: the child turned 18). */
  | 'EXPIRED'
  /** Starts at `validFrom`, in the future. */
  | 'NOT_YET_VALID'
  /** Revoked by the principal. */
  | 'REVOKED';

/** Why requestConsent failed. */
export type RequestConsentError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** An application's request for consent. */
export type RequestConsentInput = {
  /** The purpose, shown to the person, 3–300 characters. */
  purpose: Scalars['String']['input'];
  /** What the application asks to do: PROFILE_READ, PERSONAL_CODE_READ, CONTACTS_READ, CASES_READ. */
  scopes: Array<ConsentScope>;
  /** Until when the consent would hold once granted; required, in the future, at most a year ahead. */
  validUntil: Scalars['DateTime']['input'];
};

/** An input field is not acceptable. Code BAD_USER_INPUT. */
export type RequestConsentInvalidInput = RequestConsentError & {
  __typename?: 'RequestConsentInvalidInput';
  code: Scalars['String']['output'];
  /** The input field at fault. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Result of requestConsent. */
export type RequestConsentPayload = {
  __typename?: 'RequestConsentPayload';
  /** The pending request; null when `errors` is not empty. */
  consent?: Maybe<Consent>;
  /** Why nothing was requested; empty on success. */
  errors: Array<RequestConsentError>;
};

/** Why revokeConsent failed. */
export type RevokeConsentError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** No consent with that id for this client. Code NOT_FOUND. */
export type RevokeConsentNotFound = RevokeConsentError & {
  __typename?: 'RevokeConsentNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Only a GRANTED consent that has not expired can be revoked. Code CONFLICT. */
export type RevokeConsentNotGranted = RevokeConsentError & {
  __typename?: 'RevokeConsentNotGranted';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Its status now. */
  status: ConsentStatus;
};

/** Result of revokeConsent. */
export type RevokeConsentPayload = {
  __typename?: 'RevokeConsentPayload';
  /** The consent, revoked; null when `errors` is not empty. */
  consent?: Maybe<Consent>;
  /** Why nothing changed; empty on success. */
  errors: Array<RevokeConsentError>;
};

/** Why revokePowerOfAttorney failed. */
export type RevokePowerOfAttorneyError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** No power of attorney with that id granted by this client. Code NOT_FOUND. */
export type RevokePowerOfAttorneyNotFound = RevokePowerOfAttorneyError & {
  __typename?: 'RevokePowerOfAttorneyNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Not revocable here: already revoked or expired, or representation from a register. Code CONFLICT. */
export type RevokePowerOfAttorneyNotRevocable = RevokePowerOfAttorneyError & {
  __typename?: 'RevokePowerOfAttorneyNotRevocable';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Result of revokePowerOfAttorney. */
export type RevokePowerOfAttorneyPayload = {
  __typename?: 'RevokePowerOfAttorneyPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<RevokePowerOfAttorneyError>;
  /** The power of attorney, revoked; null when `errors` is not empty. */
  representation?: Maybe<Representation>;
};

/** Why updateContact failed. */
export type UpdateContactError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Change a contact. */
export type UpdateContactInput = {
  /** The contact's id. */
  id: Scalars['ID']['input'];
  /** Topics this contact is the preferred one (of its kind) for; replaces the previous list. Other contacts of the same kind lose these topics. */
  preferredFor: Array<NotificationTopic>;
};

/** No contact with that id on this profile. Code NOT_FOUND. */
export type UpdateContactNotFound = UpdateContactError & {
  __typename?: 'UpdateContactNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Result of updateContact. */
export type UpdateContactPayload = {
  __typename?: 'UpdateContactPayload';
  /** The contact as changed; null when `errors` is not empty. */
  contact?: Maybe<Contact>;
  /** Why nothing changed; empty on success. */
  errors: Array<UpdateContactError>;
};

/** A channel the client cannot be reached on yet (no e-address, e-mail or phone). Code BAD_USER_INPUT. */
export type UpdatePreferencesChannelUnavailable = UpdatePreferencesError & {
  __typename?: 'UpdatePreferencesChannelUnavailable';
  /** The channel. */
  channel: ContactChannel;
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Why updatePreferences failed. */
export type UpdatePreferencesError = {
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Preferences to change; fields left out stay as they are. */
export type UpdatePreferencesInput = {
  /** ISO 639-1: "lv", "en" or "ru". */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Settings to change; pairs left out stay as they are. */
  notifications?: InputMaybe<Array<NotificationSettingInput>>;
  /** The preferred channel; it must be available (see ContactChannel). */
  preferredChannel?: InputMaybe<ContactChannel>;
};

/** Result of updatePreferences. */
export type UpdatePreferencesPayload = {
  __typename?: 'UpdatePreferencesPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UpdatePreferencesError>;
  /** The preferences as they are now; null when `errors` is not empty. */
  preferences?: Maybe<Preferences>;
};

/** Not a supported language. Code BAD_USER_INPUT. */
export type UpdatePreferencesUnsupportedLanguage = UpdatePreferencesError & {
  __typename?: 'UpdatePreferencesUnsupportedLanguage';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The languages that are supported. */
  supported: Array<Scalars['String']['output']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Client: Client;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Client'], {"caseAccessEvents":{"at":true,"actorKind":true,"actor":true,"resource":true,"purpose":true},"lifeSituationAccessEvents":{"at":true,"actorKind":true,"actor":true,"resource":true,"purpose":true}}> ) );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  AcceptPowerOfAttorneyError: ( AcceptPowerOfAttorneyNotFound );
  AddContactError:
    | ( AddContactDuplicate )
    | ( AddContactInvalidValue )
    | ( AddContactLimitReached )
  ;
  AnswerConsentRequestError:
    | ( AnswerConsentRequestNotFound )
    | ( AnswerConsentRequestNotPending )
  ;
  GrantConsentError: ( GrantConsentInvalidInput );
  GrantPowerOfAttorneyError: ( GrantPowerOfAttorneyInvalidInput );
  RemoveContactError: ( RemoveContactNotFound );
  RequestConsentError: ( RequestConsentInvalidInput );
  RevokeConsentError:
    | ( RevokeConsentNotFound )
    | ( RevokeConsentNotGranted )
  ;
  RevokePowerOfAttorneyError:
    | ( RevokePowerOfAttorneyNotFound )
    | ( RevokePowerOfAttorneyNotRevocable )
  ;
  UpdateContactError: ( UpdateContactNotFound );
  UpdatePreferencesError:
    | ( UpdatePreferencesChannelUnavailable )
    | ( UpdatePreferencesUnsupportedLanguage )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptPowerOfAttorneyError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AcceptPowerOfAttorneyError']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AcceptPowerOfAttorneyNotFound: ResolverTypeWrapper<AcceptPowerOfAttorneyNotFound>;
  AcceptPowerOfAttorneyPayload: ResolverTypeWrapper<Omit<AcceptPowerOfAttorneyPayload, 'errors' | 'representation'> & { errors: Array<ResolversTypes['AcceptPowerOfAttorneyError']>, representation?: Maybe<ResolversTypes['Representation']> }>;
  AccessActorKind: AccessActorKind;
  AccessEvent: ResolverTypeWrapper<AccessEventView>;
  AccessEventConnection: ResolverTypeWrapper<Omit<AccessEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AccessEventEdge']>, nodes: Array<ResolversTypes['AccessEvent']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessEventEdge: ResolverTypeWrapper<Omit<AccessEventEdge, 'node'> & { node: ResolversTypes['AccessEvent'] }>;
  AddContactDuplicate: ResolverTypeWrapper<AddContactDuplicate>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddContactError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AddContactError']>;
  AddContactInput: AddContactInput;
  AddContactInvalidValue: ResolverTypeWrapper<AddContactInvalidValue>;
  AddContactLimitReached: ResolverTypeWrapper<AddContactLimitReached>;
  AddContactPayload: ResolverTypeWrapper<Omit<AddContactPayload, 'contact' | 'errors'> & { contact?: Maybe<ResolversTypes['Contact']>, errors: Array<ResolversTypes['AddContactError']> }>;
  AnswerConsentRequestError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AnswerConsentRequestError']>;
  AnswerConsentRequestInput: AnswerConsentRequestInput;
  AnswerConsentRequestNotFound: ResolverTypeWrapper<AnswerConsentRequestNotFound>;
  AnswerConsentRequestNotPending: ResolverTypeWrapper<AnswerConsentRequestNotPending>;
  AnswerConsentRequestPayload: ResolverTypeWrapper<Omit<AnswerConsentRequestPayload, 'consent' | 'errors'> & { consent?: Maybe<ResolversTypes['Consent']>, errors: Array<ResolversTypes['AnswerConsentRequestError']> }>;
  BasicDataRegister: BasicDataRegister;
  Client: ResolverTypeWrapper<ClientParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ClientKind: ClientKind;
  ClientSummary: ResolverTypeWrapper<ClientRow>;
  Consent: ResolverTypeWrapper<ConsentRow>;
  ConsentAnswer: ConsentAnswer;
  ConsentConnection: ResolverTypeWrapper<Omit<ConsentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ConsentEdge']>, nodes: Array<ResolversTypes['Consent']> }>;
  ConsentEdge: ResolverTypeWrapper<Omit<ConsentEdge, 'node'> & { node: ResolversTypes['Consent'] }>;
  ConsentRecipient: ResolverTypeWrapper<ConsentRecipient>;
  ConsentRecipientInput: ConsentRecipientInput;
  ConsentRecipientKind: ConsentRecipientKind;
  ConsentScope: ConsentScope;
  ConsentStatus: ConsentStatus;
  ConsentUse: ResolverTypeWrapper<ConsentUseRow>;
  ConsentUseConnection: ResolverTypeWrapper<Omit<ConsentUseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ConsentUseEdge']>, nodes: Array<ResolversTypes['ConsentUse']> }>;
  ConsentUseEdge: ResolverTypeWrapper<Omit<ConsentUseEdge, 'node'> & { node: ResolversTypes['ConsentUse'] }>;
  Contact: ResolverTypeWrapper<ContactRow>;
  ContactChannel: ContactChannel;
  ContactKind: ContactKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EAddress: ResolverTypeWrapper<EAddress>;
  GatewayAuthorization: ResolverTypeWrapper<GatewayAuthorization>;
  GatewayAuthorizationInput: GatewayAuthorizationInput;
  GatewayParty: ResolverTypeWrapper<GatewayParty>;
  GatewayRefusal: ResolverTypeWrapper<GatewayRefusal>;
  GrantConsentError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['GrantConsentError']>;
  GrantConsentInput: GrantConsentInput;
  GrantConsentInvalidInput: ResolverTypeWrapper<GrantConsentInvalidInput>;
  GrantConsentPayload: ResolverTypeWrapper<Omit<GrantConsentPayload, 'consent' | 'errors'> & { consent?: Maybe<ResolversTypes['Consent']>, errors: Array<ResolversTypes['GrantConsentError']> }>;
  GrantPowerOfAttorneyError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['GrantPowerOfAttorneyError']>;
  GrantPowerOfAttorneyInput: GrantPowerOfAttorneyInput;
  GrantPowerOfAttorneyInvalidInput: ResolverTypeWrapper<GrantPowerOfAttorneyInvalidInput>;
  GrantPowerOfAttorneyPayload: ResolverTypeWrapper<Omit<GrantPowerOfAttorneyPayload, 'errors' | 'representation'> & { errors: Array<ResolversTypes['GrantPowerOfAttorneyError']>, representation?: Maybe<ResolversTypes['Representation']> }>;
  LinkedRegister: ResolverTypeWrapper<LinkedRegister>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationRow>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NotificationEdge']>, nodes: Array<ResolversTypes['Notification']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationSetting: ResolverTypeWrapper<NotificationSetting>;
  NotificationSettingInput: NotificationSettingInput;
  NotificationStatus: NotificationStatus;
  NotificationTopic: NotificationTopic;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonalCodeForwardingInput: PersonalCodeForwardingInput;
  Preferences: ResolverTypeWrapper<PreferencesView>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveContactError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RemoveContactError']>;
  RemoveContactNotFound: ResolverTypeWrapper<RemoveContactNotFound>;
  RemoveContactPayload: ResolverTypeWrapper<Omit<RemoveContactPayload, 'errors'> & { errors: Array<ResolversTypes['RemoveContactError']> }>;
  Representation: ResolverTypeWrapper<RepresentationRow>;
  RepresentationBasis: RepresentationBasis;
  RepresentationConnection: ResolverTypeWrapper<Omit<RepresentationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RepresentationEdge']>, nodes: Array<ResolversTypes['Representation']> }>;
  RepresentationEdge: ResolverTypeWrapper<Omit<RepresentationEdge, 'node'> & { node: ResolversTypes['Representation'] }>;
  RepresentationScope: RepresentationScope;
  RepresentationStatus: RepresentationStatus;
  RequestConsentError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RequestConsentError']>;
  RequestConsentInput: RequestConsentInput;
  RequestConsentInvalidInput: ResolverTypeWrapper<RequestConsentInvalidInput>;
  RequestConsentPayload: ResolverTypeWrapper<Omit<RequestConsentPayload, 'consent' | 'errors'> & { consent?: Maybe<ResolversTypes['Consent']>, errors: Array<ResolversTypes['RequestConsentError']> }>;
  RevokeConsentError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RevokeConsentError']>;
  RevokeConsentNotFound: ResolverTypeWrapper<RevokeConsentNotFound>;
  RevokeConsentNotGranted: ResolverTypeWrapper<RevokeConsentNotGranted>;
  RevokeConsentPayload: ResolverTypeWrapper<Omit<RevokeConsentPayload, 'consent' | 'errors'> & { consent?: Maybe<ResolversTypes['Consent']>, errors: Array<ResolversTypes['RevokeConsentError']> }>;
  RevokePowerOfAttorneyError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RevokePowerOfAttorneyError']>;
  RevokePowerOfAttorneyNotFound: ResolverTypeWrapper<RevokePowerOfAttorneyNotFound>;
  RevokePowerOfAttorneyNotRevocable: ResolverTypeWrapper<RevokePowerOfAttorneyNotRevocable>;
  RevokePowerOfAttorneyPayload: ResolverTypeWrapper<Omit<RevokePowerOfAttorneyPayload, 'errors' | 'representation'> & { errors: Array<ResolversTypes['RevokePowerOfAttorneyError']>, representation?: Maybe<ResolversTypes['Representation']> }>;
  UpdateContactError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UpdateContactError']>;
  UpdateContactInput: UpdateContactInput;
  UpdateContactNotFound: ResolverTypeWrapper<UpdateContactNotFound>;
  UpdateContactPayload: ResolverTypeWrapper<Omit<UpdateContactPayload, 'contact' | 'errors'> & { contact?: Maybe<ResolversTypes['Contact']>, errors: Array<ResolversTypes['UpdateContactError']> }>;
  UpdatePreferencesChannelUnavailable: ResolverTypeWrapper<UpdatePreferencesChannelUnavailable>;
  UpdatePreferencesError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UpdatePreferencesError']>;
  UpdatePreferencesInput: UpdatePreferencesInput;
  UpdatePreferencesPayload: ResolverTypeWrapper<Omit<UpdatePreferencesPayload, 'errors' | 'preferences'> & { errors: Array<ResolversTypes['UpdatePreferencesError']>, preferences?: Maybe<ResolversTypes['Preferences']> }>;
  UpdatePreferencesUnsupportedLanguage: ResolverTypeWrapper<UpdatePreferencesUnsupportedLanguage>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptPowerOfAttorneyError: ResolversInterfaceTypes<ResolversParentTypes>['AcceptPowerOfAttorneyError'];
  String: Scalars['String']['output'];
  AcceptPowerOfAttorneyNotFound: AcceptPowerOfAttorneyNotFound;
  AcceptPowerOfAttorneyPayload: Omit<AcceptPowerOfAttorneyPayload, 'errors' | 'representation'> & { errors: Array<ResolversParentTypes['AcceptPowerOfAttorneyError']>, representation?: Maybe<ResolversParentTypes['Representation']> };
  AccessEvent: AccessEventView;
  AccessEventConnection: Omit<AccessEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AccessEventEdge']>, nodes: Array<ResolversParentTypes['AccessEvent']> };
  Int: Scalars['Int']['output'];
  AccessEventEdge: Omit<AccessEventEdge, 'node'> & { node: ResolversParentTypes['AccessEvent'] };
  AddContactDuplicate: AddContactDuplicate;
  ID: Scalars['ID']['output'];
  AddContactError: ResolversInterfaceTypes<ResolversParentTypes>['AddContactError'];
  AddContactInput: AddContactInput;
  AddContactInvalidValue: AddContactInvalidValue;
  AddContactLimitReached: AddContactLimitReached;
  AddContactPayload: Omit<AddContactPayload, 'contact' | 'errors'> & { contact?: Maybe<ResolversParentTypes['Contact']>, errors: Array<ResolversParentTypes['AddContactError']> };
  AnswerConsentRequestError: ResolversInterfaceTypes<ResolversParentTypes>['AnswerConsentRequestError'];
  AnswerConsentRequestInput: AnswerConsentRequestInput;
  AnswerConsentRequestNotFound: AnswerConsentRequestNotFound;
  AnswerConsentRequestNotPending: AnswerConsentRequestNotPending;
  AnswerConsentRequestPayload: Omit<AnswerConsentRequestPayload, 'consent' | 'errors'> & { consent?: Maybe<ResolversParentTypes['Consent']>, errors: Array<ResolversParentTypes['AnswerConsentRequestError']> };
  Client: ClientParent;
  Boolean: Scalars['Boolean']['output'];
  ClientSummary: ClientRow;
  Consent: ConsentRow;
  ConsentConnection: Omit<ConsentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ConsentEdge']>, nodes: Array<ResolversParentTypes['Consent']> };
  ConsentEdge: Omit<ConsentEdge, 'node'> & { node: ResolversParentTypes['Consent'] };
  ConsentRecipient: ConsentRecipient;
  ConsentRecipientInput: ConsentRecipientInput;
  ConsentUse: ConsentUseRow;
  ConsentUseConnection: Omit<ConsentUseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ConsentUseEdge']>, nodes: Array<ResolversParentTypes['ConsentUse']> };
  ConsentUseEdge: Omit<ConsentUseEdge, 'node'> & { node: ResolversParentTypes['ConsentUse'] };
  Contact: ContactRow;
  DateTime: Scalars['DateTime']['output'];
  EAddress: EAddress;
  GatewayAuthorization: GatewayAuthorization;
  GatewayAuthorizationInput: GatewayAuthorizationInput;
  GatewayParty: GatewayParty;
  GatewayRefusal: GatewayRefusal;
  GrantConsentError: ResolversInterfaceTypes<ResolversParentTypes>['GrantConsentError'];
  GrantConsentInput: GrantConsentInput;
  GrantConsentInvalidInput: GrantConsentInvalidInput;
  GrantConsentPayload: Omit<GrantConsentPayload, 'consent' | 'errors'> & { consent?: Maybe<ResolversParentTypes['Consent']>, errors: Array<ResolversParentTypes['GrantConsentError']> };
  GrantPowerOfAttorneyError: ResolversInterfaceTypes<ResolversParentTypes>['GrantPowerOfAttorneyError'];
  GrantPowerOfAttorneyInput: GrantPowerOfAttorneyInput;
  GrantPowerOfAttorneyInvalidInput: GrantPowerOfAttorneyInvalidInput;
  GrantPowerOfAttorneyPayload: Omit<GrantPowerOfAttorneyPayload, 'errors' | 'representation'> & { errors: Array<ResolversParentTypes['GrantPowerOfAttorneyError']>, representation?: Maybe<ResolversParentTypes['Representation']> };
  LinkedRegister: LinkedRegister;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationRow;
  NotificationConnection: Omit<NotificationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NotificationEdge']>, nodes: Array<ResolversParentTypes['Notification']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationSetting: NotificationSetting;
  NotificationSettingInput: NotificationSettingInput;
  PageInfo: PageInfo;
  PersonalCodeForwardingInput: PersonalCodeForwardingInput;
  Preferences: PreferencesView;
  Query: Record<PropertyKey, never>;
  RemoveContactError: ResolversInterfaceTypes<ResolversParentTypes>['RemoveContactError'];
  RemoveContactNotFound: RemoveContactNotFound;
  RemoveContactPayload: Omit<RemoveContactPayload, 'errors'> & { errors: Array<ResolversParentTypes['RemoveContactError']> };
  Representation: RepresentationRow;
  RepresentationConnection: Omit<RepresentationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RepresentationEdge']>, nodes: Array<ResolversParentTypes['Representation']> };
  RepresentationEdge: Omit<RepresentationEdge, 'node'> & { node: ResolversParentTypes['Representation'] };
  RequestConsentError: ResolversInterfaceTypes<ResolversParentTypes>['RequestConsentError'];
  RequestConsentInput: RequestConsentInput;
  RequestConsentInvalidInput: RequestConsentInvalidInput;
  RequestConsentPayload: Omit<RequestConsentPayload, 'consent' | 'errors'> & { consent?: Maybe<ResolversParentTypes['Consent']>, errors: Array<ResolversParentTypes['RequestConsentError']> };
  RevokeConsentError: ResolversInterfaceTypes<ResolversParentTypes>['RevokeConsentError'];
  RevokeConsentNotFound: RevokeConsentNotFound;
  RevokeConsentNotGranted: RevokeConsentNotGranted;
  RevokeConsentPayload: Omit<RevokeConsentPayload, 'consent' | 'errors'> & { consent?: Maybe<ResolversParentTypes['Consent']>, errors: Array<ResolversParentTypes['RevokeConsentError']> };
  RevokePowerOfAttorneyError: ResolversInterfaceTypes<ResolversParentTypes>['RevokePowerOfAttorneyError'];
  RevokePowerOfAttorneyNotFound: RevokePowerOfAttorneyNotFound;
  RevokePowerOfAttorneyNotRevocable: RevokePowerOfAttorneyNotRevocable;
  RevokePowerOfAttorneyPayload: Omit<RevokePowerOfAttorneyPayload, 'errors' | 'representation'> & { errors: Array<ResolversParentTypes['RevokePowerOfAttorneyError']>, representation?: Maybe<ResolversParentTypes['Representation']> };
  UpdateContactError: ResolversInterfaceTypes<ResolversParentTypes>['UpdateContactError'];
  UpdateContactInput: UpdateContactInput;
  UpdateContactNotFound: UpdateContactNotFound;
  UpdateContactPayload: Omit<UpdateContactPayload, 'contact' | 'errors'> & { contact?: Maybe<ResolversParentTypes['Contact']>, errors: Array<ResolversParentTypes['UpdateContactError']> };
  UpdatePreferencesChannelUnavailable: UpdatePreferencesChannelUnavailable;
  UpdatePreferencesError: ResolversInterfaceTypes<ResolversParentTypes>['UpdatePreferencesError'];
  UpdatePreferencesInput: UpdatePreferencesInput;
  UpdatePreferencesPayload: Omit<UpdatePreferencesPayload, 'errors' | 'preferences'> & { errors: Array<ResolversParentTypes['UpdatePreferencesError']>, preferences?: Maybe<ResolversParentTypes['Preferences']> };
  UpdatePreferencesUnsupportedLanguage: UpdatePreferencesUnsupportedLanguage;
}>;

export type AcceptPowerOfAttorneyErrorResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AcceptPowerOfAttorneyError'] = ResolversParentTypes['AcceptPowerOfAttorneyError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AcceptPowerOfAttorneyNotFound', ParentType, ContextType>;
}>;

export type AcceptPowerOfAttorneyNotFoundResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AcceptPowerOfAttorneyNotFound'] = ResolversParentTypes['AcceptPowerOfAttorneyNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AcceptPowerOfAttorneyPayloadResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AcceptPowerOfAttorneyPayload'] = ResolversParentTypes['AcceptPowerOfAttorneyPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['AcceptPowerOfAttorneyError']>, ParentType, ContextType>;
  representation?: Resolver<Maybe<ResolversTypes['Representation']>, ParentType, ContextType>;
}>;

export type AccessEventResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AccessEvent'] = ResolversParentTypes['AccessEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['AccessActorKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccessEventConnectionResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AccessEventConnection'] = ResolversParentTypes['AccessEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccessEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AccessEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccessEventEdgeResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AccessEventEdge'] = ResolversParentTypes['AccessEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessEvent'], ParentType, ContextType>;
}>;

export type AddContactDuplicateResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AddContactDuplicate'] = ResolversParentTypes['AddContactDuplicate']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  existingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AddContactErrorResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AddContactError'] = ResolversParentTypes['AddContactError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AddContactDuplicate' | 'AddContactInvalidValue' | 'AddContactLimitReached', ParentType, ContextType>;
}>;

export type AddContactInvalidValueResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AddContactInvalidValue'] = ResolversParentTypes['AddContactInvalidValue']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AddContactLimitReachedResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AddContactLimitReached'] = ResolversParentTypes['AddContactLimitReached']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AddContactPayloadResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AddContactPayload'] = ResolversParentTypes['AddContactPayload']> = ResolversObject<{
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['AddContactError']>, ParentType, ContextType>;
}>;

export type AnswerConsentRequestErrorResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AnswerConsentRequestError'] = ResolversParentTypes['AnswerConsentRequestError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AnswerConsentRequestNotFound' | 'AnswerConsentRequestNotPending', ParentType, ContextType>;
}>;

export type AnswerConsentRequestNotFoundResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AnswerConsentRequestNotFound'] = ResolversParentTypes['AnswerConsentRequestNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AnswerConsentRequestNotPendingResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AnswerConsentRequestNotPending'] = ResolversParentTypes['AnswerConsentRequestNotPending']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AnswerConsentRequestPayloadResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['AnswerConsentRequestPayload'] = ResolversParentTypes['AnswerConsentRequestPayload']> = ResolversObject<{
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['AnswerConsentRequestError']>, ParentType, ContextType>;
}>;

export type ClientResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessLog?: Resolver<Maybe<ResolversTypes['AccessEventConnection']>, ParentType, ContextType, Partial<ClientAccessLogArgs>>;
  consents?: Resolver<Maybe<ResolversTypes['ConsentConnection']>, ParentType, ContextType, Partial<ClientConsentsArgs>>;
  consentsToProactiveOffers?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  contacts?: Resolver<Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eAddress?: Resolver<Maybe<ResolversTypes['EAddress']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ClientKind']>, ParentType, ContextType>;
  linkedRegisters?: Resolver<Maybe<Array<ResolversTypes['LinkedRegister']>>, ParentType, ContextType>;
  notifications?: Resolver<Maybe<ResolversTypes['NotificationConnection']>, ParentType, ContextType, Partial<ClientNotificationsArgs>>;
  personalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferences?: Resolver<Maybe<ResolversTypes['Preferences']>, ParentType, ContextType>;
  registrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  representedBy?: Resolver<Maybe<ResolversTypes['RepresentationConnection']>, ParentType, ContextType, RequireFields<ClientRepresentedByArgs, 'includeInactive'>>;
  representing?: Resolver<Maybe<ResolversTypes['RepresentationConnection']>, ParentType, ContextType, RequireFields<ClientRepresentingArgs, 'includeInactive'>>;
}>;

export type ClientSummaryResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['ClientSummary'] = ResolversParentTypes['ClientSummary']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClientKind'], ParentType, ContextType>;
}>;

export type ConsentResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = ResolversObject<{
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['ClientSummary']>, ParentType, ContextType>;
  holds?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['ConsentRecipient'], ParentType, ContextType>;
  requestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ConsentScope']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentStatus'], ParentType, ContextType>;
  uses?: Resolver<ResolversTypes['ConsentUseConnection'], ParentType, ContextType, Partial<ConsentUsesArgs>>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ConsentConnectionResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['ConsentConnection'] = ResolversParentTypes['ConsentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConsentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConsentEdgeResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['ConsentEdge'] = ResolversParentTypes['ConsentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Consent'], ParentType, ContextType>;
}>;

export type ConsentRecipientResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['ConsentRecipient'] = ResolversParentTypes['ConsentRecipient']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsentRecipientKind'], ParentType, ContextType>;
}>;

export type ConsentUseResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['ConsentUse'] = ResolversParentTypes['ConsentUse']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsentUseConnectionResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['ConsentUseConnection'] = ResolversParentTypes['ConsentUseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConsentUseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ConsentUse']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConsentUseEdgeResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['ConsentUseEdge'] = ResolversParentTypes['ConsentUseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConsentUse'], ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContactKind'], ParentType, ContextType>;
  preferredFor?: Resolver<Array<ResolversTypes['NotificationTopic']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EAddressResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['EAddress'] = ResolversParentTypes['EAddress']> = ResolversObject<{
  activated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  activatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type GatewayAuthorizationResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['GatewayAuthorization'] = ResolversParentTypes['GatewayAuthorization']> = ResolversObject<{
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['GatewayParty']>, ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['GatewayRefusal']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GatewayPartyResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['GatewayParty'] = ResolversParentTypes['GatewayParty']> = ResolversObject<{
  clientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GatewayRefusalResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['GatewayRefusal'] = ResolversParentTypes['GatewayRefusal']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GrantConsentErrorResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['GrantConsentError'] = ResolversParentTypes['GrantConsentError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'GrantConsentInvalidInput', ParentType, ContextType>;
}>;

export type GrantConsentInvalidInputResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['GrantConsentInvalidInput'] = ResolversParentTypes['GrantConsentInvalidInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GrantConsentPayloadResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['GrantConsentPayload'] = ResolversParentTypes['GrantConsentPayload']> = ResolversObject<{
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['GrantConsentError']>, ParentType, ContextType>;
}>;

export type GrantPowerOfAttorneyErrorResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['GrantPowerOfAttorneyError'] = ResolversParentTypes['GrantPowerOfAttorneyError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'GrantPowerOfAttorneyInvalidInput', ParentType, ContextType>;
}>;

export type GrantPowerOfAttorneyInvalidInputResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['GrantPowerOfAttorneyInvalidInput'] = ResolversParentTypes['GrantPowerOfAttorneyInvalidInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GrantPowerOfAttorneyPayloadResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['GrantPowerOfAttorneyPayload'] = ResolversParentTypes['GrantPowerOfAttorneyPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['GrantPowerOfAttorneyError']>, ParentType, ContextType>;
  representation?: Resolver<Maybe<ResolversTypes['Representation']>, ParentType, ContextType>;
}>;

export type LinkedRegisterResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['LinkedRegister'] = ResolversParentTypes['LinkedRegister']> = ResolversObject<{
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  holderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  register?: Resolver<ResolversTypes['BasicDataRegister'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptPowerOfAttorney?: Resolver<ResolversTypes['AcceptPowerOfAttorneyPayload'], ParentType, ContextType, RequireFields<MutationAcceptPowerOfAttorneyArgs, 'id'>>;
  addContact?: Resolver<ResolversTypes['AddContactPayload'], ParentType, ContextType, RequireFields<MutationAddContactArgs, 'input'>>;
  answerConsentRequest?: Resolver<ResolversTypes['AnswerConsentRequestPayload'], ParentType, ContextType, RequireFields<MutationAnswerConsentRequestArgs, 'input'>>;
  grantConsent?: Resolver<ResolversTypes['GrantConsentPayload'], ParentType, ContextType, RequireFields<MutationGrantConsentArgs, 'input'>>;
  grantPowerOfAttorney?: Resolver<ResolversTypes['GrantPowerOfAttorneyPayload'], ParentType, ContextType, RequireFields<MutationGrantPowerOfAttorneyArgs, 'input'>>;
  recordPersonalCodeForwarding?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRecordPersonalCodeForwardingArgs, 'input'>>;
  removeContact?: Resolver<ResolversTypes['RemoveContactPayload'], ParentType, ContextType, RequireFields<MutationRemoveContactArgs, 'id'>>;
  requestConsent?: Resolver<ResolversTypes['RequestConsentPayload'], ParentType, ContextType, RequireFields<MutationRequestConsentArgs, 'input'>>;
  revokeConsent?: Resolver<ResolversTypes['RevokeConsentPayload'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'id'>>;
  revokePowerOfAttorney?: Resolver<ResolversTypes['RevokePowerOfAttorneyPayload'], ParentType, ContextType, RequireFields<MutationRevokePowerOfAttorneyArgs, 'id'>>;
  updateContact?: Resolver<ResolversTypes['UpdateContactPayload'], ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'input'>>;
  updatePreferences?: Resolver<ResolversTypes['UpdatePreferencesPayload'], ParentType, ContextType, RequireFields<MutationUpdatePreferencesArgs, 'input'>>;
}>;

export type NotificationResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holdUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NotificationStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['NotificationTopic'], ParentType, ContextType>;
}>;

export type NotificationConnectionResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NotificationEdgeResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
}>;

export type NotificationSettingResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['NotificationSetting'] = ResolversParentTypes['NotificationSetting']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['NotificationTopic'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PreferencesResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['Preferences'] = ResolversParentTypes['Preferences']> = ResolversObject<{
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['NotificationSetting']>, ParentType, ContextType>;
  preferredChannel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  actingFor?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType, Partial<QueryClientArgs>>;
  gatewayAuthorization?: Resolver<Maybe<ResolversTypes['GatewayAuthorization']>, ParentType, ContextType, RequireFields<QueryGatewayAuthorizationArgs, 'input'>>;
  me?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
}>;

export type RemoveContactErrorResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RemoveContactError'] = ResolversParentTypes['RemoveContactError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RemoveContactNotFound', ParentType, ContextType>;
}>;

export type RemoveContactNotFoundResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RemoveContactNotFound'] = ResolversParentTypes['RemoveContactNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RemoveContactPayloadResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RemoveContactPayload'] = ResolversParentTypes['RemoveContactPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['RemoveContactError']>, ParentType, ContextType>;
  removedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type RepresentationResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['Representation'] = ResolversParentTypes['Representation']> = ResolversObject<{
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['RepresentationBasis'], ParentType, ContextType>;
  grantedBy?: Resolver<Maybe<ResolversTypes['ClientSummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  party?: Resolver<ResolversTypes['ClientSummary'], ParentType, ContextType>;
  representative?: Resolver<ResolversTypes['ClientSummary'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['RepresentationScope']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RepresentationStatus'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type RepresentationConnectionResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RepresentationConnection'] = ResolversParentTypes['RepresentationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RepresentationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Representation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RepresentationEdgeResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RepresentationEdge'] = ResolversParentTypes['RepresentationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Representation'], ParentType, ContextType>;
}>;

export type RequestConsentErrorResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RequestConsentError'] = ResolversParentTypes['RequestConsentError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RequestConsentInvalidInput', ParentType, ContextType>;
}>;

export type RequestConsentInvalidInputResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RequestConsentInvalidInput'] = ResolversParentTypes['RequestConsentInvalidInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RequestConsentPayloadResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RequestConsentPayload'] = ResolversParentTypes['RequestConsentPayload']> = ResolversObject<{
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['RequestConsentError']>, ParentType, ContextType>;
}>;

export type RevokeConsentErrorResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RevokeConsentError'] = ResolversParentTypes['RevokeConsentError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RevokeConsentNotFound' | 'RevokeConsentNotGranted', ParentType, ContextType>;
}>;

export type RevokeConsentNotFoundResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RevokeConsentNotFound'] = ResolversParentTypes['RevokeConsentNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RevokeConsentNotGrantedResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RevokeConsentNotGranted'] = ResolversParentTypes['RevokeConsentNotGranted']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RevokeConsentPayloadResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RevokeConsentPayload'] = ResolversParentTypes['RevokeConsentPayload']> = ResolversObject<{
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['RevokeConsentError']>, ParentType, ContextType>;
}>;

export type RevokePowerOfAttorneyErrorResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RevokePowerOfAttorneyError'] = ResolversParentTypes['RevokePowerOfAttorneyError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RevokePowerOfAttorneyNotFound' | 'RevokePowerOfAttorneyNotRevocable', ParentType, ContextType>;
}>;

export type RevokePowerOfAttorneyNotFoundResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RevokePowerOfAttorneyNotFound'] = ResolversParentTypes['RevokePowerOfAttorneyNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RevokePowerOfAttorneyNotRevocableResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RevokePowerOfAttorneyNotRevocable'] = ResolversParentTypes['RevokePowerOfAttorneyNotRevocable']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RevokePowerOfAttorneyPayloadResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['RevokePowerOfAttorneyPayload'] = ResolversParentTypes['RevokePowerOfAttorneyPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['RevokePowerOfAttorneyError']>, ParentType, ContextType>;
  representation?: Resolver<Maybe<ResolversTypes['Representation']>, ParentType, ContextType>;
}>;

export type UpdateContactErrorResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['UpdateContactError'] = ResolversParentTypes['UpdateContactError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'UpdateContactNotFound', ParentType, ContextType>;
}>;

export type UpdateContactNotFoundResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['UpdateContactNotFound'] = ResolversParentTypes['UpdateContactNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UpdateContactPayloadResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['UpdateContactPayload'] = ResolversParentTypes['UpdateContactPayload']> = ResolversObject<{
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UpdateContactError']>, ParentType, ContextType>;
}>;

export type UpdatePreferencesChannelUnavailableResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['UpdatePreferencesChannelUnavailable'] = ResolversParentTypes['UpdatePreferencesChannelUnavailable']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UpdatePreferencesErrorResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['UpdatePreferencesError'] = ResolversParentTypes['UpdatePreferencesError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'UpdatePreferencesChannelUnavailable' | 'UpdatePreferencesUnsupportedLanguage', ParentType, ContextType>;
}>;

export type UpdatePreferencesPayloadResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['UpdatePreferencesPayload'] = ResolversParentTypes['UpdatePreferencesPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UpdatePreferencesError']>, ParentType, ContextType>;
  preferences?: Resolver<Maybe<ResolversTypes['Preferences']>, ParentType, ContextType>;
}>;

export type UpdatePreferencesUnsupportedLanguageResolvers<ContextType = ClientsContext, ParentType extends ResolversParentTypes['UpdatePreferencesUnsupportedLanguage'] = ResolversParentTypes['UpdatePreferencesUnsupportedLanguage']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supported?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ClientsContext> = ResolversObject<{
  AcceptPowerOfAttorneyError?: AcceptPowerOfAttorneyErrorResolvers<ContextType>;
  AcceptPowerOfAttorneyNotFound?: AcceptPowerOfAttorneyNotFoundResolvers<ContextType>;
  AcceptPowerOfAttorneyPayload?: AcceptPowerOfAttorneyPayloadResolvers<ContextType>;
  AccessEvent?: AccessEventResolvers<ContextType>;
  AccessEventConnection?: AccessEventConnectionResolvers<ContextType>;
  AccessEventEdge?: AccessEventEdgeResolvers<ContextType>;
  AddContactDuplicate?: AddContactDuplicateResolvers<ContextType>;
  AddContactError?: AddContactErrorResolvers<ContextType>;
  AddContactInvalidValue?: AddContactInvalidValueResolvers<ContextType>;
  AddContactLimitReached?: AddContactLimitReachedResolvers<ContextType>;
  AddContactPayload?: AddContactPayloadResolvers<ContextType>;
  AnswerConsentRequestError?: AnswerConsentRequestErrorResolvers<ContextType>;
  AnswerConsentRequestNotFound?: AnswerConsentRequestNotFoundResolvers<ContextType>;
  AnswerConsentRequestNotPending?: AnswerConsentRequestNotPendingResolvers<ContextType>;
  AnswerConsentRequestPayload?: AnswerConsentRequestPayloadResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  ClientSummary?: ClientSummaryResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentConnection?: ConsentConnectionResolvers<ContextType>;
  ConsentEdge?: ConsentEdgeResolvers<ContextType>;
  ConsentRecipient?: ConsentRecipientResolvers<ContextType>;
  ConsentUse?: ConsentUseResolvers<ContextType>;
  ConsentUseConnection?: ConsentUseConnectionResolvers<ContextType>;
  ConsentUseEdge?: ConsentUseEdgeResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EAddress?: EAddressResolvers<ContextType>;
  GatewayAuthorization?: GatewayAuthorizationResolvers<ContextType>;
  GatewayParty?: GatewayPartyResolvers<ContextType>;
  GatewayRefusal?: GatewayRefusalResolvers<ContextType>;
  GrantConsentError?: GrantConsentErrorResolvers<ContextType>;
  GrantConsentInvalidInput?: GrantConsentInvalidInputResolvers<ContextType>;
  GrantConsentPayload?: GrantConsentPayloadResolvers<ContextType>;
  GrantPowerOfAttorneyError?: GrantPowerOfAttorneyErrorResolvers<ContextType>;
  GrantPowerOfAttorneyInvalidInput?: GrantPowerOfAttorneyInvalidInputResolvers<ContextType>;
  GrantPowerOfAttorneyPayload?: GrantPowerOfAttorneyPayloadResolvers<ContextType>;
  LinkedRegister?: LinkedRegisterResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationSetting?: NotificationSettingResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Preferences?: PreferencesResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveContactError?: RemoveContactErrorResolvers<ContextType>;
  RemoveContactNotFound?: RemoveContactNotFoundResolvers<ContextType>;
  RemoveContactPayload?: RemoveContactPayloadResolvers<ContextType>;
  Representation?: RepresentationResolvers<ContextType>;
  RepresentationConnection?: RepresentationConnectionResolvers<ContextType>;
  RepresentationEdge?: RepresentationEdgeResolvers<ContextType>;
  RequestConsentError?: RequestConsentErrorResolvers<ContextType>;
  RequestConsentInvalidInput?: RequestConsentInvalidInputResolvers<ContextType>;
  RequestConsentPayload?: RequestConsentPayloadResolvers<ContextType>;
  RevokeConsentError?: RevokeConsentErrorResolvers<ContextType>;
  RevokeConsentNotFound?: RevokeConsentNotFoundResolvers<ContextType>;
  RevokeConsentNotGranted?: RevokeConsentNotGrantedResolvers<ContextType>;
  RevokeConsentPayload?: RevokeConsentPayloadResolvers<ContextType>;
  RevokePowerOfAttorneyError?: RevokePowerOfAttorneyErrorResolvers<ContextType>;
  RevokePowerOfAttorneyNotFound?: RevokePowerOfAttorneyNotFoundResolvers<ContextType>;
  RevokePowerOfAttorneyNotRevocable?: RevokePowerOfAttorneyNotRevocableResolvers<ContextType>;
  RevokePowerOfAttorneyPayload?: RevokePowerOfAttorneyPayloadResolvers<ContextType>;
  UpdateContactError?: UpdateContactErrorResolvers<ContextType>;
  UpdateContactNotFound?: UpdateContactNotFoundResolvers<ContextType>;
  UpdateContactPayload?: UpdateContactPayloadResolvers<ContextType>;
  UpdatePreferencesChannelUnavailable?: UpdatePreferencesChannelUnavailableResolvers<ContextType>;
  UpdatePreferencesError?: UpdatePreferencesErrorResolvers<ContextType>;
  UpdatePreferencesPayload?: UpdatePreferencesPayloadResolvers<ContextType>;
  UpdatePreferencesUnsupportedLanguage?: UpdatePreferencesUnsupportedLanguageResolvers<ContextType>;
}>;

