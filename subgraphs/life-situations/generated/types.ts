import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LifeSituationRow, StepRow, LifeEventRow, LifeEventReporterRow, SituationVersionRow, AccessLogRow } from '../db/tables.ts';
import type { StepCondition, Goal, IndicatorView, EuEventRef } from '../domain/model.ts';
import type { ServiceRef, InstitutionRef, ClientParent, OfferView, ProgressView, StepProgressView, LifeSituationsContext } from '../context.ts';
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
  /** A calendar date "YYYY-MM-DD" (Latvian time where it matters), e.g. "2026-06-27". */
  Date: { input: string; output: string; }
  /** ISO 8601 date-time, e.g. "2026-03-01T09:30:00Z". Output is always UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  /** A JSON value (object, array, string, number, boolean or null). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
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
  /** Who exactly: an institution code, an application id, an operator id, or a representative's display name or client id. */
  actor: Scalars['String']['output'];
  /** Who read it: PERSON (a representative), INSTITUTION, APPLICATION or OPERATOR. */
  actorKind: AccessActorKind;
  /** When the data was read. */
  at: Scalars['DateTime']['output'];
  /** The stated purpose of the read, when one was given. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** What was read, e.g. "case PMLP-2026/004211". */
  resource: Scalars['String']['output'];
};

/** Whether a step applies to a client. */
export type Applicability =
  /** It applies: the step has no condition, or the graph has confirmed it. */
  | 'APPLIES'
  /** It does not apply: the graph has refuted the condition. */
  | 'DOES_NOT_APPLY'
  /** The graph cannot tell: the client decides (see the step's `condition.text`). */
  | 'MAY_APPLY';

/**
 * A client (a person or a company) as this subgraph sees them: the life events institutions reported about them, their
 * progress through life situations and the services offered to them proactively (no longer "pull", but "push").
 * Owned by the clients subgraph; keyed by the pseudonymous client id. The fields here are shown to the client themself
 * (`me { … }`) and to a person acting for them (`actingFor { … }`), except `proactiveOffers`, which only the client
 * themself sees (see there); anyone else reaching the client (institutions and operators through `client`, applications
 * holding the person's token, whatever consent they hold) gets FORBIDDEN. Every read by a person acting for the client
 * is written to the client's access log (`lifeSituationAccessEvents`) before the answer leaves.
 */
export type Client = {
  __typename?: 'Client';
  /** Progress through every life situation a reported event has put the client in, the most recent event first. */
  activeLifeSituations?: Maybe<Array<LifeSituationProgress>>;
  /** Codes of the services the client has received; held by the cases subgraph and read here with @requires. */
  completedServiceCodes?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the client consents to proactive offers; held by the clients subgraph and read here with @requires. */
  consentsToProactiveOffers?: Maybe<Scalars['Boolean']['output']>;
  /** The pseudonymous client id (the same in every subgraph). */
  id: Scalars['ID']['output'];
  /**
   * The life events institutions have reported about the client, newest first (by the day they happened). Shown
   * whether or not the client consents to proactive offers: they are data about the client, and the client may see
   * them. `first` is 1–100 (default 20).
   */
  lifeEvents?: Maybe<LifeEventConnection>;
  /**
   * Reads of this client's life events, progress and offers by anyone but the client (persons acting for them), newest
   * first, at most the latest 1000; merged into the client's `accessLog` (clients subgraph). Shown to the client and to
   * a representative with PROFILE_READ; everyone else gets an empty list.
   */
  lifeSituationAccessEvents?: Maybe<Array<AccessEvent>>;
  /**
   * The client's progress through one life situation, by its code (e.g. "BERNA-PIEDZIMSANA"): which steps are done,
   * from the client's completed cases and the reported event, which are left, and when they are due. Null when there
   * is no life situation with that code. Needs no consent to proactive offers: it shows the client their own cases.
   */
  lifeSituationProgress?: Maybe<LifeSituationProgress>;
  /**
   * Services offered proactively: for every reported life event, the life situations it triggers and of their steps
   * those not yet done (by the event itself or by any service of the step the client has received) and not ruled out
   * by their condition, every service, with the date it is due (the event's date plus the step's term). A service is
   * offered once, for the event that makes it due first. Sorted by due date (none last), then the event's date, the
   * situation, the step and the service code. Empty while the client does not consent to proactive offers: nothing is
   * offered without consent, and revoking the consent removes every offer on the next request. A service counts as
   * received once the client has any completed case of it, whenever that was. `first` is 1–100 (default 20).
   * Only the client themself: the consent is theirs alone to read (clients subgraph), so a person acting for them gets
   * FORBIDDEN from the clients subgraph.
   */
  proactiveOffers?: Maybe<ProactiveOfferConnection>;
};


/**
 * A client (a person or a company) as this subgraph sees them: the life events institutions reported about them, their
 * progress through life situations and the services offered to them proactively (no longer "pull", but "push").
 * Owned by the clients subgraph; keyed by the pseudonymous client id. The fields here are shown to the client themself
 * (`me { … }`) and to a person acting for them (`actingFor { … }`), except `proactiveOffers`, which only the client
 * themself sees (see there); anyone else reaching the client (institutions and operators through `client`, applications
 * holding the person's token, whatever consent they hold) gets FORBIDDEN. Every read by a person acting for the client
 * is written to the client's access log (`lifeSituationAccessEvents`) before the answer leaves.
 */
export type ClientLifeEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A client (a person or a company) as this subgraph sees them: the life events institutions reported about them, their
 * progress through life situations and the services offered to them proactively (no longer "pull", but "push").
 * Owned by the clients subgraph; keyed by the pseudonymous client id. The fields here are shown to the client themself
 * (`me { … }`) and to a person acting for them (`actingFor { … }`), except `proactiveOffers`, which only the client
 * themself sees (see there); anyone else reaching the client (institutions and operators through `client`, applications
 * holding the person's token, whatever consent they hold) gets FORBIDDEN. Every read by a person acting for the client
 * is written to the client's access log (`lifeSituationAccessEvents`) before the answer leaves.
 */
export type ClientLifeSituationProgressArgs = {
  code: Scalars['String']['input'];
};


/**
 * A client (a person or a company) as this subgraph sees them: the life events institutions reported about them, their
 * progress through life situations and the services offered to them proactively (no longer "pull", but "push").
 * Owned by the clients subgraph; keyed by the pseudonymous client id. The fields here are shown to the client themself
 * (`me { … }`) and to a person acting for them (`actingFor { … }`), except `proactiveOffers`, which only the client
 * themself sees (see there); anyone else reaching the client (institutions and operators through `client`, applications
 * holding the person's token, whatever consent they hold) gets FORBIDDEN. Every read by a person acting for the client
 * is written to the client's access log (`lifeSituationAccessEvents`) before the answer leaves.
 */
export type ClientProactiveOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How far the graph can decide a condition. */
export type ConditionEvaluation =
  /** Decided both ways (APPLIES or DOES_NOT_APPLY) whenever the data is present; MAY_APPLY only without it. */
  | 'FULL'
  /** Never decided: always MAY_APPLY. */
  | 'NONE'
  /** Confirmed (APPLIES) when the data shows it; never refuted, so otherwise MAY_APPLY. */
  | 'WHEN_MET';

/**
 * A term of the EU vocabularies of life events and business events. The codes are the labels of the first-level
 * concepts of the CPSV-AP "Life Event" and "Business Event" controlled vocabularies (ISA Action 1.3, deliverable
 * D04.01 "Controlled Vocabularies", 2016), written in lower case with hyphens, e.g. "having-a-child",
 * "changing-residence", "starting-business" (the form CPSV-AP-NO publishes, e.g.
 * https://data.norge.no/vocabulary/business-event-type#starting-business). The EU has published no URIs of its own
 * for these concepts; the English label is the vocabulary's, the Latvian one is this graph's translation.
 */
export type EuEvent = {
  __typename?: 'EuEvent';
  /** The concept's code, e.g. "having-a-child". */
  code: Scalars['String']['output'];
  /** The concept's label in the reader's language (English and Latvian are given). */
  label: Scalars['String']['output'];
  /** Which vocabulary: LIFE_EVENT for persons, BUSINESS_EVENT for businesses. */
  scheme: EuEventScheme;
};


/**
 * A term of the EU vocabularies of life events and business events. The codes are the labels of the first-level
 * concepts of the CPSV-AP "Life Event" and "Business Event" controlled vocabularies (ISA Action 1.3, deliverable
 * D04.01 "Controlled Vocabularies", 2016), written in lower case with hyphens, e.g. "having-a-child",
 * "changing-residence", "starting-business" (the form CPSV-AP-NO publishes, e.g.
 * https://data.norge.no/vocabulary/business-event-type#starting-business). The EU has published no URIs of its own
 * for these concepts; the English label is the vocabulary's, the Latvian one is this graph's translation.
 */
export type EuEventLabelArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** A term of the EU event vocabularies. */
export type EuEventInput = {
  /** The concept's code, e.g. "having-a-child". */
  code: Scalars['String']['input'];
  /** Which vocabulary. */
  scheme: EuEventScheme;
};

/** The EU event vocabularies. */
export type EuEventScheme =
  /** CPSV-AP Business Event: events in a business's life (starting, doing, closing business). */
  | 'BUSINESS_EVENT'
  /** CPSV-AP Life Event: events in a person's life (having a child, retiring…). */
  | 'LIFE_EVENT';

/** What a goal of a life situation improves (R6 of the 2021 evaluation of the service-management system). */
export type GoalDimension =
  /** Efficiency: the time and effort the situation costs clients and institutions (efektivitāte). */
  | 'EFFICIENCY'
  /** Results: what the situation achieves for clients (rezultatīvie rādītāji). */
  | 'RESULTS'
  /** Clients' satisfaction with the services of the situation (klientu apmierinātība). */
  | 'SATISFACTION';

/** Which side of the target is good. */
export type IndicatorDirection =
  /** The value should be at least the target. */
  | 'AT_LEAST'
  /** The value should be at most the target. */
  | 'AT_MOST';

/** How the graph measures an indicator from the cases it holds (cases subgraph, monthly roll-ups). */
export type IndicatorMeasure = {
  __typename?: 'IndicatorMeasure';
  /** What is computed. */
  kind: IndicatorMeasureKind;
  /** Codes of the services whose cases count. */
  serviceCodes: Array<Scalars['String']['output']>;
  /** For RESOLVED_WITHIN_WORKING_DAYS: the term in Latvian working days; null for the other kinds. */
  workingDays?: Maybe<Scalars['Int']['output']>;
};

/** How an indicator is measured from cases. */
export type IndicatorMeasureInput = {
  /** What is computed; it must fit the indicator's unit (AVERAGE_RATING: SCORE_1_5, RESOLVED_WITHIN_WORKING_DAYS: PERCENT, APPLICATIONS: COUNT). */
  kind: IndicatorMeasureKind;
  /** Codes of the services whose cases count, 1–50, e.g. ["VSAA-PIEDZIMSANA", "VSAA-VECAKU-PABALSTS"]. */
  serviceCodes: Array<Scalars['String']['input']>;
  /** For RESOLVED_WITHIN_WORKING_DAYS (required there, 0–250): the term in Latvian working days; leave out for the others. */
  workingDays?: InputMaybe<Scalars['Int']['input']>;
};

/** What an indicator measured from cases computes, per month of submission. */
export type IndicatorMeasureKind =
  /** How many applications for the services were submitted (event-only deliveries not counted). Unit COUNT. */
  | 'APPLICATIONS'
  /** The average rating (1–5) clients gave the cases of the services. Unit SCORE_1_5. */
  | 'AVERAGE_RATING'
  /**
   * Of the services' applications resolved (DECIDED, COMPLETED or REJECTED), the share resolved within `workingDays`
   * Latvian working days after the day of submission. Unit PERCENT.
   */
  | 'RESOLVED_WITHIN_WORKING_DAYS';

/** Units of indicator values. */
export type IndicatorUnit =
  /** A number of things, e.g. of visits. */
  | 'COUNT'
  /** A number of calendar days. */
  | 'DAYS'
  /** A share from 0 to 100. */
  | 'PERCENT'
  /** A rating from 1 to 5, as clients give it. */
  | 'SCORE_1_5';

/** Why the graph does not measure an indicator. */
export type IndicatorUnmeasuredReason =
  /** It needs data the graph does not hold (surveys, other registers); the holder reports it. */
  | 'DATA_OUTSIDE_GRAPH'
  /**
   * It compares clients' life events with their cases (e.g. births whose benefit was claimed within the term): the
   * graph keeps them in two subgraphs and measures nothing across them.
   */
  | 'NEEDS_LIFE_EVENTS_WITH_CASES'
  /** The holder has not declared how the graph could measure it. */
  | 'NO_MEASURE_DECLARED';

/** A public body, as this subgraph knows it: by its code (the services subgraph holds the rest). */
export type Institution = {
  __typename?: 'Institution';
  /** Short stable code, e.g. "PMLP". */
  code: Scalars['String']['output'];
};

/** A life event of a client, as an institution reported it. */
export type LifeEvent = {
  __typename?: 'LifeEvent';
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /** The day it happened, e.g. the birth date of the child; due dates of offers count from it. */
  occurredOn: Scalars['Date']['output'];
  /** The reporting institution's own reference for the event, e.g. the number of the civil-status record. */
  reference: Scalars['String']['output'];
  /**
   * The other person of the event, by the pseudonymous client id: the child of a CHILD_BIRTH, the deceased of a
   * RELATIVE_DEATH, the spouse of a MARRIAGE; null when the institution named none. What else of them is shown follows
   * the clients subgraph's rules (a parent sees a child's profile when acting for the child).
   */
  relatedClient?: Maybe<Client>;
  /** When the graph received the report. */
  reportedAt: Scalars['DateTime']['output'];
  /** The institution that reported it, from the services catalogue; null when the catalogue does not list that code. */
  reportedBy?: Maybe<Institution>;
  /** Code of the reporting institution. */
  reportedByCode: Scalars['String']['output'];
  /** Life situations this event puts the client in, ordered by code. */
  triggers: Array<LifeSituation>;
  /** What happened. */
  type: LifeEventType;
};

/** The client a life event is about: exactly one of the two identifiers. */
export type LifeEventClientInput = {
  /** A natural person's personal code, "DDMMYY-CNNNN" or "32NNNN-NNNNN" (the hyphen is optional), e.g. "120488-13210". */
  personalCode?: InputMaybe<Scalars['String']['input']>;
  /** A company's registration number, 11 digits, e.g. "40203123456" (for COMPANY_FOUNDATION). */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
};

/** A page of a client's life events. */
export type LifeEventConnection = {
  __typename?: 'LifeEventConnection';
  /** The events of this page with their cursors. */
  edges: Array<LifeEventEdge>;
  /** The events of this page. */
  nodes: Array<LifeEvent>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many events were reported about the client. */
  totalCount: Scalars['Int']['output'];
};

/** A life event and its cursor. */
export type LifeEventEdge = {
  __typename?: 'LifeEventEdge';
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: LifeEvent;
};

/** An institution allowed to report one kind of life event. */
export type LifeEventReporter = {
  __typename?: 'LifeEventReporter';
  /** The kind of life event. */
  eventType: LifeEventType;
  /** The institution, from the services catalogue; null when the catalogue does not list that code (yet). */
  institution?: Maybe<Institution>;
  /** Code of the institution that may report it, e.g. "PMLP". */
  institutionCode: Scalars['String']['output'];
};

/** Who may report which kind of life event. */
export type LifeEventReporterInput = {
  /** The kind of life event. */
  eventType: LifeEventType;
  /** The institution's code, e.g. "PMLP". */
  institutionCode: Scalars['String']['input'];
};

/** The result of allowing or disallowing a reporter. */
export type LifeEventReporterPayload = {
  __typename?: 'LifeEventReporterPayload';
  /** True when this call changed the list. */
  changed: Scalars['Boolean']['output'];
  /** Why nothing was written; empty on success. */
  errors: Array<LifeSituationWriteError>;
  /** The entry allowed (also when it already was); null after disallowing or on errors. */
  reporter?: Maybe<LifeEventReporter>;
};

/**
 * Kinds of life events institutions report about clients. The set is closed; each kind says whose event it is and
 * what `relatedPersonalCode` means for it.
 */
export type LifeEventType =
  /** The client came to live in Latvia and was entered in the Population Register. */
  | 'ARRIVAL_IN_LATVIA'
  /** The client was issued a building permit for a house. */
  | 'BUILDING_PERMIT'
  /** A child was born (reported about each parent; related person: the child). The date is the birth date. */
  | 'CHILD_BIRTH'
  /** A company was entered in the Commercial Register; the client is the company (registration number). */
  | 'COMPANY_FOUNDATION'
  /** The client lost their job (registered with the State Employment Agency). */
  | 'JOB_LOSS'
  /** The client married (related person: the spouse). */
  | 'MARRIAGE'
  /** The client acquired real estate (ownership registered). */
  | 'REAL_ESTATE_PURCHASE'
  /** A relative died (reported about the relative who arranges the formalities; related person: the deceased). */
  | 'RELATIVE_DEATH'
  /** The client declared a new place of residence in Latvia. */
  | 'RESIDENCE_CHANGE'
  /** The client reached the age of the state old-age pension. */
  | 'RETIREMENT_AGE'
  /** The client began studies at a higher-education institution. */
  | 'STUDIES_START'
  /** The client acquired a vehicle (registered as its owner). */
  | 'VEHICLE_PURCHASE';

/**
 * A life situation with the ordered steps a client goes through and the services of each step
 * (dzīves situācijas pakalpojumu kopa), managed as its own object: a holder, goals and indicators (R6).
 */
export type LifeSituation = {
  __typename?: 'LifeSituation';
  /** Whether this is a person's or a business's situation. */
  audience: LifeSituationAudience;
  /** Stable code, e.g. "BERNA-PIEDZIMSANA" (birth of a child). */
  code: Scalars['String']['output'];
  /** What the situation is about, for the client, in the reader's language. */
  description?: Maybe<Scalars['String']['output']>;
  /** The description in every language it is given in. */
  descriptionTranslations: Array<LocalizedString>;
  /**
   * The situation's place in the EU vocabularies of life events (persons) and business events (businesses) that
   * CPSV-AP and the Single Digital Gateway use to group services. See `EuEvent` for where the codes come from.
   */
  euEvents: Array<EuEvent>;
  /** The improvement goals set for the service set, each measured by indicators (R6: satisfaction, efficiency, results). */
  goals: Array<LifeSituationGoal>;
  /**
   * Every change, newest first: who, when, what, and the situation as it was after the change. Only the holder
   * institution and operators; null for everyone else. `first` is 1–100 (default 20).
   */
  history?: Maybe<Array<LifeSituationVersion>>;
  /**
   * The institution responsible for the situation's service set (pakalpojumu kopas turētājs): it coordinates the
   * services of every step and answers for the goals. Null only when the services catalogue does not know the code.
   */
  holder?: Maybe<Institution>;
  /** Code of the holder institution, as in the services catalogue, e.g. "VSAA". */
  holderCode: Scalars['String']['output'];
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /** When the situation last changed. */
  modifiedAt: Scalars['DateTime']['output'];
  /**
   * The client-facing offer (pakalpojumu piedāvājums): free text that invites a client in this situation to use its
   * services, e.g. "Congratulations on your baby! Here is what the state can do for your family now." In the reader's
   * language; null when the holder has written none.
   */
  offerText?: Maybe<Scalars['String']['output']>;
  /** The offer text in every language it is given in. */
  offerTextTranslations: Array<LocalizedString>;
  /**
   * The changes saved with `updateLifeSituation(asDraft: true)` and not yet published, as the `LifeSituationInput`
   * fields given (e.g. `{ "steps": [ … ] }`); null when there are none. Only the holder institution and operators;
   * null for everyone else.
   */
  pendingChanges?: Maybe<Scalars['JSON']['output']>;
  /** The status, with MODIFIED for a published situation with changes saved as a draft and not yet published. */
  publishingState: LifeSituationPublishingState;
  /** Other life situations that often come with this one, e.g. a change of residence with the birth of a child. */
  related: Array<LifeSituation>;
  /** Where the situation is in its lifecycle. Drafts are seen only by the holder and operators. */
  status: LifeSituationStatus;
  /** The steps in the order a client usually takes them. */
  steps: Array<LifeSituationStep>;
  /** Title in the reader's language (argument, else Accept-Language, else Latvian). */
  title: Scalars['String']['output'];
  /** The title in every language it is given in. */
  titleTranslations: Array<LocalizedString>;
  /** Kinds of reported life events that put a client in this situation (and so trigger proactive offers). */
  triggeredBy: Array<LifeEventType>;
  /** Increases by one with every change; pass it as `expectedVersion` to `updateLifeSituation`. */
  version: Scalars['Int']['output'];
};


/**
 * A life situation with the ordered steps a client goes through and the services of each step
 * (dzīves situācijas pakalpojumu kopa), managed as its own object: a holder, goals and indicators (R6).
 */
export type LifeSituationDescriptionArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A life situation with the ordered steps a client goes through and the services of each step
 * (dzīves situācijas pakalpojumu kopa), managed as its own object: a holder, goals and indicators (R6).
 */
export type LifeSituationHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A life situation with the ordered steps a client goes through and the services of each step
 * (dzīves situācijas pakalpojumu kopa), managed as its own object: a holder, goals and indicators (R6).
 */
export type LifeSituationOfferTextArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A life situation with the ordered steps a client goes through and the services of each step
 * (dzīves situācijas pakalpojumu kopa), managed as its own object: a holder, goals and indicators (R6).
 */
export type LifeSituationTitleArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** The situation is already in the requested state. `code` is CONFLICT. */
export type LifeSituationAlreadyInState = LifeSituationWriteError & {
  __typename?: 'LifeSituationAlreadyInState';
  /** CONFLICT. */
  code: Scalars['String']['output'];
  /** What went wrong. */
  message: Scalars['String']['output'];
};

/** Whom a life situation concerns. */
export type LifeSituationAudience =
  /** A business's event (EU business event). */
  | 'BUSINESS'
  /** A natural person's life event (EU life event). */
  | 'PERSON';

/** Kinds of changes of a life situation. */
export type LifeSituationChange =
  /** It was archived. */
  | 'ARCHIVED'
  /** It was created (as a draft). */
  | 'CREATED'
  /** A change was saved as a draft of the published situation (`asDraft: true`); the public content did not change. */
  | 'DRAFT_SAVED'
  /** It was published. */
  | 'PUBLISHED'
  /** Its content changed. */
  | 'UPDATED';

/** Another life situation has the code. `code` is CONFLICT. */
export type LifeSituationCodeTaken = LifeSituationWriteError & {
  __typename?: 'LifeSituationCodeTaken';
  /** CONFLICT. */
  code: Scalars['String']['output'];
  /** What went wrong. */
  message: Scalars['String']['output'];
};

/**
 * A condition on the client that decides whether a step applies. The set of kinds is closed: each kind is documented
 * with the data the graph evaluates it from.
 */
export type LifeSituationCondition = {
  __typename?: 'LifeSituationCondition';
  /** How far the graph can decide the condition from the data it holds. */
  evaluation: ConditionEvaluation;
  /** Which condition. */
  kind: LifeSituationConditionKind;
  /** The condition in words, in the reader's language, e.g. "has a child under 18" / "ir bērns līdz 18 gadu vecumam". */
  text: Scalars['String']['output'];
  /** The age in whole years for AGE_AT_LEAST, AGE_UNDER and HAS_CHILD_UNDER; null for the other kinds. */
  years?: Maybe<Scalars['Int']['output']>;
};


/**
 * A condition on the client that decides whether a step applies. The set of kinds is closed: each kind is documented
 * with the data the graph evaluates it from.
 */
export type LifeSituationConditionTextArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** A condition of a step. */
export type LifeSituationConditionInput = {
  /** Which condition. */
  kind: LifeSituationConditionKind;
  /** Whole years for AGE_AT_LEAST, AGE_UNDER and HAS_CHILD_UNDER (0–150); leave out for the others. */
  years?: InputMaybe<Scalars['Int']['input']>;
};

/** The closed set of conditions a step may have. */
export type LifeSituationConditionKind =
  /** The client is at least `years` old. Evaluated from the birth date in an old-form personal code; MAY_APPLY for new-form codes (no birth date). */
  | 'AGE_AT_LEAST'
  /** The client is younger than `years`. Evaluated like AGE_AT_LEAST. */
  | 'AGE_UNDER'
  /**
   * The client has a child younger than `years`. APPLIES when a birth of a child within `years` has been reported
   * about the client; otherwise MAY_APPLY (the graph does not hold every family relation).
   */
  | 'HAS_CHILD_UNDER'
  /** The client is a member of a company's board. Not in this subgraph: always MAY_APPLY. */
  | 'IS_COMPANY_BOARD_MEMBER'
  /** The client is a foreign national (neither a Latvian citizen nor a non-citizen). Not in the graph: always MAY_APPLY. */
  | 'IS_FOREIGN_NATIONAL'
  /** The client is socially insured (an employee or self-employed paying contributions). Not in the graph: always MAY_APPLY. */
  | 'IS_SOCIALLY_INSURED'
  /** The client's surname changed (e.g. on marriage). Not in the graph: always MAY_APPLY. */
  | 'SURNAME_CHANGED';

/** A page of life situations. */
export type LifeSituationConnection = {
  __typename?: 'LifeSituationConnection';
  /** The life situations of this page with their cursors. */
  edges: Array<LifeSituationEdge>;
  /** The life situations of this page. */
  nodes: Array<LifeSituation>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many life situations match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A life situation and its cursor. */
export type LifeSituationEdge = {
  __typename?: 'LifeSituationEdge';
  /** Pass as `after` to continue after this life situation. */
  cursor: Scalars['String']['output'];
  /** The life situation. */
  node: LifeSituation;
};

/** Where an input is wrong. */
export type LifeSituationFieldProblem = {
  __typename?: 'LifeSituationFieldProblem';
  /** What is wrong and how to fix it. */
  message: Scalars['String']['output'];
  /** Where, e.g. "title", "steps[1].dueOffset". */
  path: Scalars['String']['output'];
};

/** Conditions on the list of life situations; all given conditions must hold. */
export type LifeSituationFilter = {
  /** Only situations of this audience. */
  audience?: InputMaybe<LifeSituationAudience>;
  /**
   * Words to look for in the titles, descriptions, offer texts and keywords, in every language, ignoring case and
   * diacritics (Latvian endings are ignored too, so "berns" finds "Bērna piedzimšana"). Every word must occur.
   * 1–200 characters; e.g. "bērna piedzimšana", "moving".
   */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only situations that this kind of reported life event triggers. */
  triggeredBy?: InputMaybe<LifeEventType>;
};

/** One improvement goal of a life situation's service set. */
export type LifeSituationGoal = {
  __typename?: 'LifeSituationGoal';
  /** What the goal improves. */
  dimension: GoalDimension;
  /** How the goal is measured. */
  indicators: Array<LifeSituationIndicator>;
  /** The goal in a sentence, in the reader's language, e.g. "Parents rate the services of a birth at least 4 of 5". */
  statement: Scalars['String']['output'];
};


/** One improvement goal of a life situation's service set. */
export type LifeSituationGoalStatementArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** An improvement goal. */
export type LifeSituationGoalInput = {
  /** What the goal improves. */
  dimension: GoalDimension;
  /** How it is measured (codes unique within the situation). */
  indicators: Array<LifeSituationIndicatorInput>;
  /** The goal in a sentence per language; Latvian required. */
  statement: Array<LocalizedStringInput>;
};

/** The situation lacks what publishing requires. `code` is INCOMPLETE. */
export type LifeSituationIncomplete = LifeSituationWriteError & {
  __typename?: 'LifeSituationIncomplete';
  /** INCOMPLETE. */
  code: Scalars['String']['output'];
  /** What is missing, in words. */
  message: Scalars['String']['output'];
  /** The missing parts, e.g. ["description", "steps"]. */
  missing: Array<Scalars['String']['output']>;
};

/** An indicator that measures a goal. */
export type LifeSituationIndicator = {
  __typename?: 'LifeSituationIndicator';
  /** Stable code of the indicator within the life situation, e.g. "SATISFACTION_SCORE". */
  code: Scalars['String']['output'];
  /** Whether the target is a floor (AT_LEAST) or a ceiling (AT_MOST). */
  direction: IndicatorDirection;
  /** Code of the life situation the indicator belongs to, e.g. "BERNA-PIEDZIMSANA". */
  lifeSituationCode: Scalars['String']['output'];
  /** How the graph measures it from cases (`measuredValues`); null when it cannot, and `unmeasuredReason` says why. */
  measure?: Maybe<IndicatorMeasure>;
  /** What is measured, in the reader's language, e.g. "Average rating of the situation's services". */
  name: Scalars['String']['output'];
  /** The target value in `unit`; null when the holder has not set one yet. */
  target?: Maybe<Scalars['Float']['output']>;
  /** Unit of the value: PERCENT (0–100), DAYS, SCORE_1_5 (a rating from 1 to 5) or COUNT. */
  unit: IndicatorUnit;
  /** Why the graph does not measure it; null when it does (`measure`). */
  unmeasuredReason?: Maybe<IndicatorUnmeasuredReason>;
};


/** An indicator that measures a goal. */
export type LifeSituationIndicatorNameArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** An indicator of a goal. */
export type LifeSituationIndicatorInput = {
  /** Code, 2–60 capital letters, digits and underscores, e.g. "SATISFACTION_SCORE". */
  code: Scalars['String']['input'];
  /** Which side of the target is good. */
  direction: IndicatorDirection;
  /** How the graph measures it from the cases it holds; leave out when it cannot (then say why in `unmeasuredReason`). */
  measure?: InputMaybe<IndicatorMeasureInput>;
  /** What is measured, per language; Latvian required. */
  name: Array<LocalizedStringInput>;
  /** Target in `unit`; null when not set. PERCENT 0–100, SCORE_1_5 1–5, others at least 0. */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** Unit of the value. */
  unit: IndicatorUnit;
  /** Why the graph cannot measure it; not together with `measure`. Without both, NO_MEASURE_DECLARED. */
  unmeasuredReason?: InputMaybe<IndicatorUnmeasuredReason>;
};

/**
 * A life situation's fields for `createLifeSituation` and `updateLifeSituation`. In an update, absent fields keep
 * their value and a list given replaces the stored one.
 */
export type LifeSituationInput = {
  /** Whom the situation concerns; required to create. */
  audience?: InputMaybe<LifeSituationAudience>;
  /** Stable code, 2–60 capital letters, digits and hyphens, e.g. "BERNA-PIEDZIMSANA"; required to create, cannot change. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** What the situation is about, per language; Latvian needed to publish. */
  description?: InputMaybe<Array<LocalizedStringInput>>;
  /** Terms of the EU life-event / business-event vocabularies, e.g. { scheme: LIFE_EVENT, code: "having-a-child" }. */
  euEvents?: InputMaybe<Array<EuEventInput>>;
  /** The improvement goals with their indicators. */
  goals?: InputMaybe<Array<LifeSituationGoalInput>>;
  /** The holder institution's code; institutions leave it out (their own), operators give it. Cannot change. */
  holderCode?: InputMaybe<Scalars['String']['input']>;
  /** Extra words to find the situation by (synonyms, colloquial names), any language; searched, never shown. */
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The client-facing offer text per language; empty list clears it. */
  offerText?: InputMaybe<Array<LocalizedStringInput>>;
  /** Codes of related life situations (those that do not exist are refused). */
  related?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The steps in order (position is the place in the list). */
  steps?: InputMaybe<Array<LifeSituationStepInput>>;
  /** The title per language; Latvian required. */
  title?: InputMaybe<Array<LocalizedStringInput>>;
  /** Kinds of reported life events that put a client in this situation. */
  triggeredBy?: InputMaybe<Array<LifeEventType>>;
};

/** Fields are wrong; each is listed. `code` is BAD_USER_INPUT. */
export type LifeSituationInvalid = LifeSituationWriteError & {
  __typename?: 'LifeSituationInvalid';
  /** BAD_USER_INPUT. */
  code: Scalars['String']['output'];
  /** What went wrong. */
  message: Scalars['String']['output'];
  /** Each wrong field. */
  problems: Array<LifeSituationFieldProblem>;
};

/** A client's progress through one life situation. */
export type LifeSituationProgress = {
  __typename?: 'LifeSituationProgress';
  /** True when every required step that may apply is done. */
  complete: Scalars['Boolean']['output'];
  /** Of those, the steps done. */
  doneRequiredStepCount: Scalars['Int']['output'];
  /** The latest reported event that triggers this situation, from which due dates count; null when none was reported. */
  lifeEvent?: Maybe<LifeEvent>;
  /** The life situation. */
  lifeSituation: LifeSituation;
  /** Required steps that may apply to the client (those ruled out by their condition are not counted). */
  requiredStepCount: Scalars['Int']['output'];
  /** Every step of the situation, in order, with where the client is. */
  steps: Array<LifeSituationStepProgress>;
};

/** Where a life situation is in its lifecycle, with unpublished changes told apart (the same as a service's). */
export type LifeSituationPublishingState =
  /** No longer offered; readable by code. */
  | 'ARCHIVED'
  /** Being prepared; seen only by the holder and operators. */
  | 'DRAFT'
  /** Published, with changes saved but not yet published; the public reads the published content. */
  | 'MODIFIED'
  /** Published; the public reads the latest content. */
  | 'PUBLISHED';

/** Where a life situation is in its lifecycle (the same as a service's). */
export type LifeSituationStatus =
  /** No longer offered; readable by code. */
  | 'ARCHIVED'
  /** Being prepared; seen only by the holder and operators. */
  | 'DRAFT'
  /** In the public catalogue, on its services and in proactive offers. */
  | 'PUBLISHED';

/** One step of a life situation and the services that fulfil it. */
export type LifeSituationStep = {
  __typename?: 'LifeSituationStep';
  /**
   * To whom the step applies; null when it applies to every client in the situation. Progress and offers evaluate it
   * where the graph holds the data, and otherwise say MAY_APPLY rather than guess.
   */
  condition?: Maybe<LifeSituationCondition>;
  /**
   * When the step is due, as an ISO 8601 duration after the date of the life event, e.g. "P1M" (within one month of
   * the birth), "P6D", "P12M"; years, months, weeks and days only. Null when the law sets no term.
   */
  dueOffset?: Maybe<Scalars['String']['output']>;
  /** The term in words, in the reader's language, e.g. "within 1 month of the event"; null when there is no term. */
  dueText?: Maybe<Scalars['String']['output']>;
  /**
   * True when the institution that reports the triggering event has itself done this step, e.g. the registry office
   * reporting a birth has registered it: the step counts as done once such an event is reported.
   */
  fulfilledByEvent: Scalars['Boolean']['output'];
  /** 1-based position in the life situation. */
  position: Scalars['Int']['output'];
  /** False when the step is optional: worth doing, not needed. */
  required: Scalars['Boolean']['output'];
  /**
   * Services that fulfil this step, in the order they are usually used; receiving any one of them completes the step
   * (e.g. a passport or an eID card). An item is null when the services catalogue no longer publishes that service
   * (asking only for `code` still gives it), so one withdrawn service never hides the rest of the situation.
   */
  services?: Maybe<Array<Maybe<Service>>>;
  /** What the client does at this step, in the reader's language. */
  title: Scalars['String']['output'];
};


/** One step of a life situation and the services that fulfil it. */
export type LifeSituationStepDueTextArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** One step of a life situation and the services that fulfil it. */
export type LifeSituationStepTitleArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** A step of a life situation. */
export type LifeSituationStepInput = {
  /** To whom the step applies; null for everyone. */
  condition?: InputMaybe<LifeSituationConditionInput>;
  /** ISO 8601 term after the event, years, months, weeks and days only, e.g. "P1M"; null for none. */
  dueOffset?: InputMaybe<Scalars['String']['input']>;
  /** True when the institution reporting the triggering event does the step itself; default false. */
  fulfilledByEvent?: InputMaybe<Scalars['Boolean']['input']>;
  /** False for an optional step; default true. */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** Codes of the services that fulfil the step, in order, e.g. ["VSAA-PIEDZIMSANA"]. */
  serviceCodes: Array<Scalars['String']['input']>;
  /** What the client does, per language; Latvian required. */
  title: Array<LocalizedStringInput>;
};

/** Where a client is at one step of a life situation. */
export type LifeSituationStepProgress = {
  __typename?: 'LifeSituationStepProgress';
  /** Whether the step applies to the client (see `step.condition`). */
  applicability: Applicability;
  /** When the step is due: the triggering event's date plus the step's term; null without an event or a term. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** True when the step is still to do and its due date has passed. */
  overdue: Scalars['Boolean']['output'];
  /** Codes of the step's services the client has received, in the step's order. */
  receivedServiceCodes: Array<Scalars['String']['output']>;
  /** DONE, TO_DO or NOT_APPLICABLE. */
  status: StepStatus;
  /** The step. */
  step: LifeSituationStep;
};

/** One change of a life situation. */
export type LifeSituationVersion = {
  __typename?: 'LifeSituationVersion';
  /** What kind of change. */
  change: LifeSituationChange;
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Who made it: "institution:VSAA", "operator:ops". */
  changedBy: Scalars['String']['output'];
  /** The input fields that changed, e.g. ["steps", "goals"]. */
  changedFields: Array<Scalars['String']['output']>;
  /** The whole definition after the change, in the shape of `LifeSituationInput` (plus `status`), to read an old version. */
  snapshot: Scalars['JSON']['output'];
  /** The situation's `version` after the change. */
  version: Scalars['Int']['output'];
};

/** The situation changed since the version you read. `code` is CONFLICT. */
export type LifeSituationVersionConflict = LifeSituationWriteError & {
  __typename?: 'LifeSituationVersionConflict';
  /** CONFLICT. */
  code: Scalars['String']['output'];
  /** The version it has now: read it again and reapply your change. */
  currentVersion: Scalars['Int']['output'];
  /** What went wrong. */
  message: Scalars['String']['output'];
};

/** Why a life situation write was refused. */
export type LifeSituationWriteError = {
  /** Machine code: BAD_USER_INPUT, CONFLICT or INCOMPLETE. */
  code: Scalars['String']['output'];
  /** What went wrong, for a person to act on. */
  message: Scalars['String']['output'];
};

/** The result of a life situation write: the situation as stored, or why nothing was written. */
export type LifeSituationWritePayload = {
  __typename?: 'LifeSituationWritePayload';
  /** Why nothing was written; empty on success. */
  errors: Array<LifeSituationWriteError>;
  /** The situation after the write (also when nothing changed); null when there are errors. */
  lifeSituation?: Maybe<LifeSituation>;
};

/** A text in one language. `language` is a BCP 47 tag such as "lv" or "en". */
export type LocalizedString = {
  __typename?: 'LocalizedString';
  /** BCP 47 language tag, e.g. "lv", "en". */
  language: Scalars['String']['output'];
  /** The text in that language. */
  value: Scalars['String']['output'];
};

/** A text in one language, for writes. */
export type LocalizedStringInput = {
  /** BCP 47 language tag, e.g. "lv", "en", "ru". */
  language: Scalars['String']['input'];
  /** The text, 1–10,000 characters. */
  value: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Allows an institution to report one kind of life event (`reportLifeEvent`). Operators may allow any kind; an
   * institution may for the kinds of events that trigger a life situation it holds (the holder manages who feeds its
   * situation), anyone else gets FORBIDDEN. Allowing one already allowed changes nothing. Typed error:
   * `LifeSituationInvalid` (an institution code that is not 2–20 capital letters, digits or hyphens).
   */
  allowLifeEventReporter: LifeEventReporterPayload;
  /**
   * Archives a life situation: it leaves lists, services and offers, and stays readable by code with
   * `status: ARCHIVED`. Pending changes of a MODIFIED situation are dropped. Same rights as updating. Typed error: `LifeSituationAlreadyInState`.
   */
  archiveLifeSituation: LifeSituationWritePayload;
  /**
   * Creates a life situation as a DRAFT, seen only by its holder and operators until it is published. An institution
   * creates situations it holds (leave `holderCode` out or give its own); operators name the holder. Needs `code`,
   * `audience` and a Latvian `title`; the rest may follow in updates. Persons and applications get FORBIDDEN, an
   * institution naming another holder FORBIDDEN. Typed errors: `LifeSituationInvalid`, `LifeSituationCodeTaken`.
   * Example: `createLifeSituation(input: { code: "DZIVNIEKA-IEGADE", audience: PERSON, title: [{ language: "lv", value: "Mājdzīvnieka iegāde" }] })`.
   */
  createLifeSituation: LifeSituationWritePayload;
  /**
   * Withdraws an institution's right to report one kind of life event; events it reported stay. Same rights as
   * `allowLifeEventReporter`. Withdrawing one not allowed changes nothing (`changed: false`).
   */
  disallowLifeEventReporter: LifeEventReporterPayload;
  /**
   * Publishes a DRAFT (or republishes an ARCHIVED) life situation: it appears in lists, on the services it uses and
   * in proactive offers. On a MODIFIED situation it publishes the pending changes (`updateLifeSituation(asDraft: true)`). It needs a Latvian title and description, at least one step, and a service or
   * `fulfilledByEvent` on every step; `LifeSituationIncomplete` lists what is missing. Same rights as updating.
   */
  publishLifeSituation: LifeSituationWritePayload;
  /**
   * An institution reports a life event of a client (a birth it registered, a company it founded, a change of
   * residence…). Only institutions allowed to report that kind of event may (see `lifeEventReporters`); anyone else
   * gets FORBIDDEN naming the institutions that may. Idempotent by the institution's own `reference`: reporting the
   * same reference again with the same content returns the event already stored (`created: false`); with different
   * content it is a `ReportLifeEventReferenceConflict`. A malformed personal code, registration number or date, a
   * date in the future, or a client of the wrong kind for the event type is BAD_USER_INPUT and nothing is stored.
   */
  reportLifeEvent: ReportLifeEventPayload;
  /**
   * Changes a life situation. Only fields present in `input` change; a list given (goals, steps, triggers, related
   * situations, EU events, keywords) replaces the one stored. Only the holder institution and operators may (FORBIDDEN
   * otherwise; NOT_FOUND for a draft the caller cannot see). Give `expectedVersion` (the `version` you read) to be told,
   * instead of overwriting, when someone changed it in between. A published situation stays published: the change must
   * keep what publishing requires. Each change is a new `version` in `history`. Typed errors: `LifeSituationInvalid`,
   * `LifeSituationVersionConflict`.
   */
  updateLifeSituation: LifeSituationWritePayload;
};


export type MutationAllowLifeEventReporterArgs = {
  input: LifeEventReporterInput;
};


export type MutationArchiveLifeSituationArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateLifeSituationArgs = {
  input: LifeSituationInput;
};


export type MutationDisallowLifeEventReporterArgs = {
  input: LifeEventReporterInput;
};


export type MutationPublishLifeSituationArgs = {
  code: Scalars['String']['input'];
};


export type MutationReportLifeEventArgs = {
  input: ReportLifeEventInput;
};


export type MutationUpdateLifeSituationArgs = {
  asDraft?: InputMaybe<Scalars['Boolean']['input']>;
  code: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: LifeSituationInput;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A service offered to a client because of a life event, with when it is due. */
export type ProactiveOffer = {
  __typename?: 'ProactiveOffer';
  /** APPLIES, or MAY_APPLY when the step's condition is one the graph cannot decide for this client (show `step.condition.text`). */
  applicability: Applicability;
  /** The last day to use the service: the event's date plus the step's term; null when the step has no term. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** The reported life event the offer follows from. */
  lifeEvent: LifeEvent;
  /** The life situation the event put the client in (its `offerText` is the invitation to show). */
  lifeSituation: LifeSituation;
  /** True when the due date has passed (in Latvian time) and the service has still not been received. */
  overdue: Scalars['Boolean']['output'];
  /** Whether the step is required or optional. */
  required: Scalars['Boolean']['output'];
  /** The service; null when the services catalogue no longer publishes it. */
  service?: Maybe<Service>;
  /** Code of the offered service, e.g. "VSAA-PIEDZIMSANA". */
  serviceCode: Scalars['String']['output'];
  /** The step of the life situation the service fulfils. */
  step: LifeSituationStep;
};

/** A page of proactive offers. */
export type ProactiveOfferConnection = {
  __typename?: 'ProactiveOfferConnection';
  /** The offers of this page with their cursors. */
  edges: Array<ProactiveOfferEdge>;
  /** The offers of this page. */
  nodes: Array<ProactiveOffer>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many offers there are across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An offer and its cursor. */
export type ProactiveOfferEdge = {
  __typename?: 'ProactiveOfferEdge';
  /** Pass as `after` to continue after this offer. */
  cursor: Scalars['String']['output'];
  /** The offer. */
  node: ProactiveOffer;
};

/**
 * Life situations (dzīves situācijas): events in a client's life with the services that matter then, each managed
 * as its own object with a holder, goals and indicators (dzīves situācijas pakalpojumu kopa), and the life events
 * institutions report about clients, which trigger proactive offers. Owned by the life-situations subgraph.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Which institution may report which kind of life event (`reportLifeEvent`), ordered by event type and institution
   * code. Operators see every entry; an institution sees its own; everyone else gets FORBIDDEN. `eventType` narrows
   * the list to one kind of event.
   */
  lifeEventReporters?: Maybe<Array<LifeEventReporter>>;
  /** One life situation by `id` or `code` (give exactly one), e.g. `lifeSituation(code: "BERNA-PIEDZIMSANA")`; null when there is none. */
  lifeSituation?: Maybe<LifeSituation>;
  /**
   * Life situations, ordered by code. Paginated: `first` is 1–100 (default 20); `after` is `pageInfo.endCursor` of
   * the previous page. `filter` narrows the list; without it every life situation is listed. Public.
   */
  lifeSituations?: Maybe<LifeSituationConnection>;
};


/**
 * Life situations (dzīves situācijas): events in a client's life with the services that matter then, each managed
 * as its own object with a holder, goals and indicators (dzīves situācijas pakalpojumu kopa), and the life events
 * institutions report about clients, which trigger proactive offers. Owned by the life-situations subgraph.
 */
export type QueryLifeEventReportersArgs = {
  eventType?: InputMaybe<LifeEventType>;
};


/**
 * Life situations (dzīves situācijas): events in a client's life with the services that matter then, each managed
 * as its own object with a holder, goals and indicators (dzīves situācijas pakalpojumu kopa), and the life events
 * institutions report about clients, which trigger proactive offers. Owned by the life-situations subgraph.
 */
export type QueryLifeSituationArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Life situations (dzīves situācijas): events in a client's life with the services that matter then, each managed
 * as its own object with a holder, goals and indicators (dzīves situācijas pakalpojumu kopa), and the life events
 * institutions report about clients, which trigger proactive offers. Owned by the life-situations subgraph.
 */
export type QueryLifeSituationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LifeSituationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Why a life event was not stored. */
export type ReportLifeEventError = {
  /** Machine code, e.g. CONFLICT. */
  code: Scalars['String']['output'];
  /** What went wrong, for a person to act on. */
  message: Scalars['String']['output'];
};

/** A life event an institution reports. */
export type ReportLifeEventInput = {
  /** Whose life event it is: a person (every type but COMPANY_FOUNDATION) or a company (COMPANY_FOUNDATION). */
  client: LifeEventClientInput;
  /** The day it happened, not in the future, e.g. "2026-10-05". */
  occurredOn: Scalars['Date']['input'];
  /**
   * The institution's own reference for the event, 1–100 characters, unique within the institution, e.g. the number of
   * the civil-status record "DZ-2026/1187". Reporting the same reference again returns the event already stored.
   */
  reference: Scalars['String']['input'];
  /**
   * The other person of the event, when there is one: the child of a CHILD_BIRTH, the deceased of a RELATIVE_DEATH, the
   * spouse of a MARRIAGE. A personal code; stored only as the pseudonymous client id.
   */
  relatedPersonalCode?: InputMaybe<Scalars['String']['input']>;
  /** What happened. */
  type: LifeEventType;
};

/** The result of `reportLifeEvent`: the event, or why it was not stored. */
export type ReportLifeEventPayload = {
  __typename?: 'ReportLifeEventPayload';
  /** True when this call stored the event; false when the reference was reported before or there are errors. */
  created: Scalars['Boolean']['output'];
  /** Why the event was not stored; empty on success. */
  errors: Array<ReportLifeEventError>;
  /** The stored event (also when the same report was made before); null when there are errors. */
  lifeEvent?: Maybe<LifeEvent>;
};

/** The institution reported this reference before with different content; nothing was stored. */
export type ReportLifeEventReferenceConflict = ReportLifeEventError & {
  __typename?: 'ReportLifeEventReferenceConflict';
  /** Always CONFLICT. */
  code: Scalars['String']['output'];
  /** The event stored under this reference. */
  existingEventId: Scalars['ID']['output'];
  /** What went wrong, for a person to act on. */
  message: Scalars['String']['output'];
};

/** A public service, as seen from the life situations that include it. */
export type Service = {
  __typename?: 'Service';
  /** Stable service code, the key this subgraph knows services by. */
  code: Scalars['String']['output'];
  /** Life situations with a step that uses this service, ordered by code. */
  lifeSituations?: Maybe<Array<LifeSituation>>;
};

/** Where a client is at a step. */
export type StepStatus =
  /** Done: the triggering event did it (`step.fulfilledByEvent`) or the client received one of its services. */
  | 'DONE'
  /** Ruled out for this client by the step's condition. */
  | 'NOT_APPLICABLE'
  /** Still to do (it applies, or may apply). */
  | 'TO_DO';

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
  LifeSituation: LifeSituation;
  LifeSituationIndicator: LifeSituationIndicator;
  Service: Service;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Client'], {"completedServiceCodes":true}>
        | GraphQLRecursivePick<FederationTypes['Client'], {"completedServiceCodes":true}>
        | GraphQLRecursivePick<FederationTypes['Client'], {"completedServiceCodes":true,"consentsToProactiveOffers":true}>
        | GraphQLRecursivePick<FederationTypes['Client'], {"completedServiceCodes":true,"consentsToProactiveOffers":true}>
        | GraphQLRecursivePick<FederationTypes['Client'], {"completedServiceCodes":true}>
        | GraphQLRecursivePick<FederationTypes['Client'], {"completedServiceCodes":true,"consentsToProactiveOffers":true}>
        | GraphQLRecursivePick<FederationTypes['Client'], {"consentsToProactiveOffers":true,"completedServiceCodes":true}> ) );
  LifeSituation:
    ( { __typename: 'LifeSituation' }
    & ( GraphQLRecursivePick<FederationTypes['LifeSituation'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['LifeSituation'], {"code":true}> ) );
  LifeSituationIndicator:
    ( { __typename: 'LifeSituationIndicator' }
    & GraphQLRecursivePick<FederationTypes['LifeSituationIndicator'], {"lifeSituationCode":true,"code":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"code":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  LifeSituationWriteError:
    | ( LifeSituationAlreadyInState )
    | ( LifeSituationCodeTaken )
    | ( LifeSituationIncomplete )
    | ( LifeSituationInvalid )
    | ( LifeSituationVersionConflict )
  ;
  ReportLifeEventError: ( ReportLifeEventReferenceConflict );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessActorKind: AccessActorKind;
  AccessEvent: ResolverTypeWrapper<AccessLogRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Applicability: Applicability;
  Client: ResolverTypeWrapper<ClientParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ConditionEvaluation: ConditionEvaluation;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EuEvent: ResolverTypeWrapper<EuEventRef>;
  EuEventInput: EuEventInput;
  EuEventScheme: EuEventScheme;
  GoalDimension: GoalDimension;
  IndicatorDirection: IndicatorDirection;
  IndicatorMeasure: ResolverTypeWrapper<IndicatorMeasure>;
  IndicatorMeasureInput: IndicatorMeasureInput;
  IndicatorMeasureKind: IndicatorMeasureKind;
  IndicatorUnit: IndicatorUnit;
  IndicatorUnmeasuredReason: IndicatorUnmeasuredReason;
  Institution: ResolverTypeWrapper<InstitutionRef>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LifeEvent: ResolverTypeWrapper<LifeEventRow>;
  LifeEventClientInput: LifeEventClientInput;
  LifeEventConnection: ResolverTypeWrapper<Omit<LifeEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LifeEventEdge']>, nodes: Array<ResolversTypes['LifeEvent']> }>;
  LifeEventEdge: ResolverTypeWrapper<Omit<LifeEventEdge, 'node'> & { node: ResolversTypes['LifeEvent'] }>;
  LifeEventReporter: ResolverTypeWrapper<LifeEventReporterRow>;
  LifeEventReporterInput: LifeEventReporterInput;
  LifeEventReporterPayload: ResolverTypeWrapper<Omit<LifeEventReporterPayload, 'errors' | 'reporter'> & { errors: Array<ResolversTypes['LifeSituationWriteError']>, reporter?: Maybe<ResolversTypes['LifeEventReporter']> }>;
  LifeEventType: LifeEventType;
  LifeSituation: ResolverTypeWrapper<LifeSituationRow>;
  LifeSituationAlreadyInState: ResolverTypeWrapper<LifeSituationAlreadyInState>;
  LifeSituationAudience: LifeSituationAudience;
  LifeSituationChange: LifeSituationChange;
  LifeSituationCodeTaken: ResolverTypeWrapper<LifeSituationCodeTaken>;
  LifeSituationCondition: ResolverTypeWrapper<StepCondition>;
  LifeSituationConditionInput: LifeSituationConditionInput;
  LifeSituationConditionKind: LifeSituationConditionKind;
  LifeSituationConnection: ResolverTypeWrapper<Omit<LifeSituationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LifeSituationEdge']>, nodes: Array<ResolversTypes['LifeSituation']> }>;
  LifeSituationEdge: ResolverTypeWrapper<Omit<LifeSituationEdge, 'node'> & { node: ResolversTypes['LifeSituation'] }>;
  LifeSituationFieldProblem: ResolverTypeWrapper<LifeSituationFieldProblem>;
  LifeSituationFilter: LifeSituationFilter;
  LifeSituationGoal: ResolverTypeWrapper<Goal>;
  LifeSituationGoalInput: LifeSituationGoalInput;
  LifeSituationIncomplete: ResolverTypeWrapper<LifeSituationIncomplete>;
  LifeSituationIndicator: ResolverTypeWrapper<IndicatorView>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  LifeSituationIndicatorInput: LifeSituationIndicatorInput;
  LifeSituationInput: LifeSituationInput;
  LifeSituationInvalid: ResolverTypeWrapper<LifeSituationInvalid>;
  LifeSituationProgress: ResolverTypeWrapper<ProgressView>;
  LifeSituationPublishingState: LifeSituationPublishingState;
  LifeSituationStatus: LifeSituationStatus;
  LifeSituationStep: ResolverTypeWrapper<StepRow>;
  LifeSituationStepInput: LifeSituationStepInput;
  LifeSituationStepProgress: ResolverTypeWrapper<StepProgressView>;
  LifeSituationVersion: ResolverTypeWrapper<SituationVersionRow>;
  LifeSituationVersionConflict: ResolverTypeWrapper<LifeSituationVersionConflict>;
  LifeSituationWriteError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['LifeSituationWriteError']>;
  LifeSituationWritePayload: ResolverTypeWrapper<Omit<LifeSituationWritePayload, 'errors' | 'lifeSituation'> & { errors: Array<ResolversTypes['LifeSituationWriteError']>, lifeSituation?: Maybe<ResolversTypes['LifeSituation']> }>;
  LocalizedString: ResolverTypeWrapper<LocalizedString>;
  LocalizedStringInput: LocalizedStringInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProactiveOffer: ResolverTypeWrapper<OfferView>;
  ProactiveOfferConnection: ResolverTypeWrapper<Omit<ProactiveOfferConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ProactiveOfferEdge']>, nodes: Array<ResolversTypes['ProactiveOffer']> }>;
  ProactiveOfferEdge: ResolverTypeWrapper<Omit<ProactiveOfferEdge, 'node'> & { node: ResolversTypes['ProactiveOffer'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportLifeEventError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ReportLifeEventError']>;
  ReportLifeEventInput: ReportLifeEventInput;
  ReportLifeEventPayload: ResolverTypeWrapper<Omit<ReportLifeEventPayload, 'errors' | 'lifeEvent'> & { errors: Array<ResolversTypes['ReportLifeEventError']>, lifeEvent?: Maybe<ResolversTypes['LifeEvent']> }>;
  ReportLifeEventReferenceConflict: ResolverTypeWrapper<ReportLifeEventReferenceConflict>;
  Service: ResolverTypeWrapper<ServiceRef>;
  StepStatus: StepStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessEvent: AccessLogRow;
  String: Scalars['String']['output'];
  Client: ClientParent;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EuEvent: EuEventRef;
  EuEventInput: EuEventInput;
  IndicatorMeasure: IndicatorMeasure;
  IndicatorMeasureInput: IndicatorMeasureInput;
  Institution: InstitutionRef;
  JSON: Scalars['JSON']['output'];
  LifeEvent: LifeEventRow;
  LifeEventClientInput: LifeEventClientInput;
  LifeEventConnection: Omit<LifeEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LifeEventEdge']>, nodes: Array<ResolversParentTypes['LifeEvent']> };
  LifeEventEdge: Omit<LifeEventEdge, 'node'> & { node: ResolversParentTypes['LifeEvent'] };
  LifeEventReporter: LifeEventReporterRow;
  LifeEventReporterInput: LifeEventReporterInput;
  LifeEventReporterPayload: Omit<LifeEventReporterPayload, 'errors' | 'reporter'> & { errors: Array<ResolversParentTypes['LifeSituationWriteError']>, reporter?: Maybe<ResolversParentTypes['LifeEventReporter']> };
  LifeSituation: LifeSituationRow;
  LifeSituationAlreadyInState: LifeSituationAlreadyInState;
  LifeSituationCodeTaken: LifeSituationCodeTaken;
  LifeSituationCondition: StepCondition;
  LifeSituationConditionInput: LifeSituationConditionInput;
  LifeSituationConnection: Omit<LifeSituationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LifeSituationEdge']>, nodes: Array<ResolversParentTypes['LifeSituation']> };
  LifeSituationEdge: Omit<LifeSituationEdge, 'node'> & { node: ResolversParentTypes['LifeSituation'] };
  LifeSituationFieldProblem: LifeSituationFieldProblem;
  LifeSituationFilter: LifeSituationFilter;
  LifeSituationGoal: Goal;
  LifeSituationGoalInput: LifeSituationGoalInput;
  LifeSituationIncomplete: LifeSituationIncomplete;
  LifeSituationIndicator: IndicatorView;
  Float: Scalars['Float']['output'];
  LifeSituationIndicatorInput: LifeSituationIndicatorInput;
  LifeSituationInput: LifeSituationInput;
  LifeSituationInvalid: LifeSituationInvalid;
  LifeSituationProgress: ProgressView;
  LifeSituationStep: StepRow;
  LifeSituationStepInput: LifeSituationStepInput;
  LifeSituationStepProgress: StepProgressView;
  LifeSituationVersion: SituationVersionRow;
  LifeSituationVersionConflict: LifeSituationVersionConflict;
  LifeSituationWriteError: ResolversInterfaceTypes<ResolversParentTypes>['LifeSituationWriteError'];
  LifeSituationWritePayload: Omit<LifeSituationWritePayload, 'errors' | 'lifeSituation'> & { errors: Array<ResolversParentTypes['LifeSituationWriteError']>, lifeSituation?: Maybe<ResolversParentTypes['LifeSituation']> };
  LocalizedString: LocalizedString;
  LocalizedStringInput: LocalizedStringInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  ProactiveOffer: OfferView;
  ProactiveOfferConnection: Omit<ProactiveOfferConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ProactiveOfferEdge']>, nodes: Array<ResolversParentTypes['ProactiveOffer']> };
  ProactiveOfferEdge: Omit<ProactiveOfferEdge, 'node'> & { node: ResolversParentTypes['ProactiveOffer'] };
  Query: Record<PropertyKey, never>;
  ReportLifeEventError: ResolversInterfaceTypes<ResolversParentTypes>['ReportLifeEventError'];
  ReportLifeEventInput: ReportLifeEventInput;
  ReportLifeEventPayload: Omit<ReportLifeEventPayload, 'errors' | 'lifeEvent'> & { errors: Array<ResolversParentTypes['ReportLifeEventError']>, lifeEvent?: Maybe<ResolversParentTypes['LifeEvent']> };
  ReportLifeEventReferenceConflict: ReportLifeEventReferenceConflict;
  Service: ServiceRef;
}>;

export type AccessEventResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['AccessEvent'] = ResolversParentTypes['AccessEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['AccessActorKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClientResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeLifeSituations?: Resolver<Maybe<Array<ResolversTypes['LifeSituationProgress']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lifeEvents?: Resolver<Maybe<ResolversTypes['LifeEventConnection']>, ParentType, ContextType, Partial<ClientLifeEventsArgs>>;
  lifeSituationAccessEvents?: Resolver<Maybe<Array<ResolversTypes['AccessEvent']>>, ParentType, ContextType>;
  lifeSituationProgress?: Resolver<Maybe<ResolversTypes['LifeSituationProgress']>, ParentType, ContextType, RequireFields<ClientLifeSituationProgressArgs, 'code'>>;
  proactiveOffers?: Resolver<Maybe<ResolversTypes['ProactiveOfferConnection']>, ParentType, ContextType, Partial<ClientProactiveOffersArgs>>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EuEventResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['EuEvent'] = ResolversParentTypes['EuEvent']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<EuEventLabelArgs>>;
  scheme?: Resolver<ResolversTypes['EuEventScheme'], ParentType, ContextType>;
}>;

export type IndicatorMeasureResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['IndicatorMeasure'] = ResolversParentTypes['IndicatorMeasure']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['IndicatorMeasureKind'], ParentType, ContextType>;
  serviceCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  workingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type InstitutionResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LifeEventResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeEvent'] = ResolversParentTypes['LifeEvent']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relatedClient?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  reportedByCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  triggers?: Resolver<Array<ResolversTypes['LifeSituation']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LifeEventType'], ParentType, ContextType>;
}>;

export type LifeEventConnectionResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeEventConnection'] = ResolversParentTypes['LifeEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LifeEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LifeEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LifeEventEdgeResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeEventEdge'] = ResolversParentTypes['LifeEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LifeEvent'], ParentType, ContextType>;
}>;

export type LifeEventReporterResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeEventReporter'] = ResolversParentTypes['LifeEventReporter']> = ResolversObject<{
  eventType?: Resolver<ResolversTypes['LifeEventType'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  institutionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LifeEventReporterPayloadResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeEventReporterPayload'] = ResolversParentTypes['LifeEventReporterPayload']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['LifeSituationWriteError']>, ParentType, ContextType>;
  reporter?: Resolver<Maybe<ResolversTypes['LifeEventReporter']>, ParentType, ContextType>;
}>;

export type LifeSituationResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituation'] = ResolversParentTypes['LifeSituation'], FederationReferenceType extends FederationReferenceTypes['LifeSituation'] = FederationReferenceTypes['LifeSituation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LifeSituation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  audience?: Resolver<ResolversTypes['LifeSituationAudience'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<LifeSituationDescriptionArgs>>;
  descriptionTranslations?: Resolver<Array<ResolversTypes['LocalizedString']>, ParentType, ContextType>;
  euEvents?: Resolver<Array<ResolversTypes['EuEvent']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['LifeSituationGoal']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['LifeSituationVersion']>>, ParentType, ContextType, Partial<LifeSituationHistoryArgs>>;
  holder?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  holderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  offerText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<LifeSituationOfferTextArgs>>;
  offerTextTranslations?: Resolver<Array<ResolversTypes['LocalizedString']>, ParentType, ContextType>;
  pendingChanges?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  publishingState?: Resolver<ResolversTypes['LifeSituationPublishingState'], ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['LifeSituation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LifeSituationStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['LifeSituationStep']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LifeSituationTitleArgs>>;
  titleTranslations?: Resolver<Array<ResolversTypes['LocalizedString']>, ParentType, ContextType>;
  triggeredBy?: Resolver<Array<ResolversTypes['LifeEventType']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LifeSituationAlreadyInStateResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationAlreadyInState'] = ResolversParentTypes['LifeSituationAlreadyInState']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LifeSituationCodeTakenResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationCodeTaken'] = ResolversParentTypes['LifeSituationCodeTaken']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LifeSituationConditionResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationCondition'] = ResolversParentTypes['LifeSituationCondition']> = ResolversObject<{
  evaluation?: Resolver<ResolversTypes['ConditionEvaluation'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LifeSituationConditionKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LifeSituationConditionTextArgs>>;
  years?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type LifeSituationConnectionResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationConnection'] = ResolversParentTypes['LifeSituationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LifeSituationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LifeSituation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LifeSituationEdgeResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationEdge'] = ResolversParentTypes['LifeSituationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LifeSituation'], ParentType, ContextType>;
}>;

export type LifeSituationFieldProblemResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationFieldProblem'] = ResolversParentTypes['LifeSituationFieldProblem']> = ResolversObject<{
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LifeSituationGoalResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationGoal'] = ResolversParentTypes['LifeSituationGoal']> = ResolversObject<{
  dimension?: Resolver<ResolversTypes['GoalDimension'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['LifeSituationIndicator']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LifeSituationGoalStatementArgs>>;
}>;

export type LifeSituationIncompleteResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationIncomplete'] = ResolversParentTypes['LifeSituationIncomplete']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LifeSituationIndicatorResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationIndicator'] = ResolversParentTypes['LifeSituationIndicator'], FederationReferenceType extends FederationReferenceTypes['LifeSituationIndicator'] = FederationReferenceTypes['LifeSituationIndicator']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LifeSituationIndicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['IndicatorDirection'], ParentType, ContextType>;
  lifeSituationCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['IndicatorMeasure']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LifeSituationIndicatorNameArgs>>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
  unmeasuredReason?: Resolver<Maybe<ResolversTypes['IndicatorUnmeasuredReason']>, ParentType, ContextType>;
}>;

export type LifeSituationInvalidResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationInvalid'] = ResolversParentTypes['LifeSituationInvalid']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['LifeSituationFieldProblem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LifeSituationProgressResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationProgress'] = ResolversParentTypes['LifeSituationProgress']> = ResolversObject<{
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doneRequiredStepCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lifeEvent?: Resolver<Maybe<ResolversTypes['LifeEvent']>, ParentType, ContextType>;
  lifeSituation?: Resolver<ResolversTypes['LifeSituation'], ParentType, ContextType>;
  requiredStepCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['LifeSituationStepProgress']>, ParentType, ContextType>;
}>;

export type LifeSituationStepResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationStep'] = ResolversParentTypes['LifeSituationStep']> = ResolversObject<{
  condition?: Resolver<Maybe<ResolversTypes['LifeSituationCondition']>, ParentType, ContextType>;
  dueOffset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<LifeSituationStepDueTextArgs>>;
  fulfilledByEvent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  services?: Resolver<Maybe<Array<Maybe<ResolversTypes['Service']>>>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<LifeSituationStepTitleArgs>>;
}>;

export type LifeSituationStepProgressResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationStepProgress'] = ResolversParentTypes['LifeSituationStepProgress']> = ResolversObject<{
  applicability?: Resolver<ResolversTypes['Applicability'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  receivedServiceCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StepStatus'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['LifeSituationStep'], ParentType, ContextType>;
}>;

export type LifeSituationVersionResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationVersion'] = ResolversParentTypes['LifeSituationVersion']> = ResolversObject<{
  change?: Resolver<ResolversTypes['LifeSituationChange'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  snapshot?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LifeSituationVersionConflictResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationVersionConflict'] = ResolversParentTypes['LifeSituationVersionConflict']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LifeSituationWriteErrorResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationWriteError'] = ResolversParentTypes['LifeSituationWriteError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'LifeSituationAlreadyInState' | 'LifeSituationCodeTaken' | 'LifeSituationIncomplete' | 'LifeSituationInvalid' | 'LifeSituationVersionConflict', ParentType, ContextType>;
}>;

export type LifeSituationWritePayloadResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LifeSituationWritePayload'] = ResolversParentTypes['LifeSituationWritePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['LifeSituationWriteError']>, ParentType, ContextType>;
  lifeSituation?: Resolver<Maybe<ResolversTypes['LifeSituation']>, ParentType, ContextType>;
}>;

export type LocalizedStringResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['LocalizedString'] = ResolversParentTypes['LocalizedString']> = ResolversObject<{
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  allowLifeEventReporter?: Resolver<ResolversTypes['LifeEventReporterPayload'], ParentType, ContextType, RequireFields<MutationAllowLifeEventReporterArgs, 'input'>>;
  archiveLifeSituation?: Resolver<ResolversTypes['LifeSituationWritePayload'], ParentType, ContextType, RequireFields<MutationArchiveLifeSituationArgs, 'code'>>;
  createLifeSituation?: Resolver<ResolversTypes['LifeSituationWritePayload'], ParentType, ContextType, RequireFields<MutationCreateLifeSituationArgs, 'input'>>;
  disallowLifeEventReporter?: Resolver<ResolversTypes['LifeEventReporterPayload'], ParentType, ContextType, RequireFields<MutationDisallowLifeEventReporterArgs, 'input'>>;
  publishLifeSituation?: Resolver<ResolversTypes['LifeSituationWritePayload'], ParentType, ContextType, RequireFields<MutationPublishLifeSituationArgs, 'code'>>;
  reportLifeEvent?: Resolver<ResolversTypes['ReportLifeEventPayload'], ParentType, ContextType, RequireFields<MutationReportLifeEventArgs, 'input'>>;
  updateLifeSituation?: Resolver<ResolversTypes['LifeSituationWritePayload'], ParentType, ContextType, RequireFields<MutationUpdateLifeSituationArgs, 'code' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProactiveOfferResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['ProactiveOffer'] = ResolversParentTypes['ProactiveOffer']> = ResolversObject<{
  applicability?: Resolver<ResolversTypes['Applicability'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lifeEvent?: Resolver<ResolversTypes['LifeEvent'], ParentType, ContextType>;
  lifeSituation?: Resolver<ResolversTypes['LifeSituation'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  serviceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['LifeSituationStep'], ParentType, ContextType>;
}>;

export type ProactiveOfferConnectionResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['ProactiveOfferConnection'] = ResolversParentTypes['ProactiveOfferConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProactiveOfferEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ProactiveOffer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProactiveOfferEdgeResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['ProactiveOfferEdge'] = ResolversParentTypes['ProactiveOfferEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProactiveOffer'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  lifeEventReporters?: Resolver<Maybe<Array<ResolversTypes['LifeEventReporter']>>, ParentType, ContextType, Partial<QueryLifeEventReportersArgs>>;
  lifeSituation?: Resolver<Maybe<ResolversTypes['LifeSituation']>, ParentType, ContextType, Partial<QueryLifeSituationArgs>>;
  lifeSituations?: Resolver<Maybe<ResolversTypes['LifeSituationConnection']>, ParentType, ContextType, Partial<QueryLifeSituationsArgs>>;
}>;

export type ReportLifeEventErrorResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['ReportLifeEventError'] = ResolversParentTypes['ReportLifeEventError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ReportLifeEventReferenceConflict', ParentType, ContextType>;
}>;

export type ReportLifeEventPayloadResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['ReportLifeEventPayload'] = ResolversParentTypes['ReportLifeEventPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ReportLifeEventError']>, ParentType, ContextType>;
  lifeEvent?: Resolver<Maybe<ResolversTypes['LifeEvent']>, ParentType, ContextType>;
}>;

export type ReportLifeEventReferenceConflictResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['ReportLifeEventReferenceConflict'] = ResolversParentTypes['ReportLifeEventReferenceConflict']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  existingEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = LifeSituationsContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lifeSituations?: Resolver<Maybe<Array<ResolversTypes['LifeSituation']>>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = LifeSituationsContext> = ResolversObject<{
  AccessEvent?: AccessEventResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EuEvent?: EuEventResolvers<ContextType>;
  IndicatorMeasure?: IndicatorMeasureResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LifeEvent?: LifeEventResolvers<ContextType>;
  LifeEventConnection?: LifeEventConnectionResolvers<ContextType>;
  LifeEventEdge?: LifeEventEdgeResolvers<ContextType>;
  LifeEventReporter?: LifeEventReporterResolvers<ContextType>;
  LifeEventReporterPayload?: LifeEventReporterPayloadResolvers<ContextType>;
  LifeSituation?: LifeSituationResolvers<ContextType>;
  LifeSituationAlreadyInState?: LifeSituationAlreadyInStateResolvers<ContextType>;
  LifeSituationCodeTaken?: LifeSituationCodeTakenResolvers<ContextType>;
  LifeSituationCondition?: LifeSituationConditionResolvers<ContextType>;
  LifeSituationConnection?: LifeSituationConnectionResolvers<ContextType>;
  LifeSituationEdge?: LifeSituationEdgeResolvers<ContextType>;
  LifeSituationFieldProblem?: LifeSituationFieldProblemResolvers<ContextType>;
  LifeSituationGoal?: LifeSituationGoalResolvers<ContextType>;
  LifeSituationIncomplete?: LifeSituationIncompleteResolvers<ContextType>;
  LifeSituationIndicator?: LifeSituationIndicatorResolvers<ContextType>;
  LifeSituationInvalid?: LifeSituationInvalidResolvers<ContextType>;
  LifeSituationProgress?: LifeSituationProgressResolvers<ContextType>;
  LifeSituationStep?: LifeSituationStepResolvers<ContextType>;
  LifeSituationStepProgress?: LifeSituationStepProgressResolvers<ContextType>;
  LifeSituationVersion?: LifeSituationVersionResolvers<ContextType>;
  LifeSituationVersionConflict?: LifeSituationVersionConflictResolvers<ContextType>;
  LifeSituationWriteError?: LifeSituationWriteErrorResolvers<ContextType>;
  LifeSituationWritePayload?: LifeSituationWritePayloadResolvers<ContextType>;
  LocalizedString?: LocalizedStringResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProactiveOffer?: ProactiveOfferResolvers<ContextType>;
  ProactiveOfferConnection?: ProactiveOfferConnectionResolvers<ContextType>;
  ProactiveOfferEdge?: ProactiveOfferEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportLifeEventError?: ReportLifeEventErrorResolvers<ContextType>;
  ReportLifeEventPayload?: ReportLifeEventPayloadResolvers<ContextType>;
  ReportLifeEventReferenceConflict?: ReportLifeEventReferenceConflictResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
}>;

