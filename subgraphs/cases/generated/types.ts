import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CaseRow, CaseEventRow, AccessLogRow } from '../db/tables.ts';
import type { ServiceStatistics, Figures, ChannelFigures, PeriodFigures, RegionFigures, ClientKindFigures } from '../data/statistics-store.ts';
import type { CaseReportData, CaseReportRowData } from '../data/report-store.ts';
import type { ClientRef, ServiceRef, CasesContext } from '../context.ts';
import type { EventEnvelope } from '@public-service-graph/subgraph-kit/events/outbox';
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

/** The case changed since the caller read it. Nothing was written. */
export type AddCaseEventConflict = AddCaseEventError & {
  __typename?: 'AddCaseEventConflict';
  /** CONFLICT */
  code: Scalars['String']['output'];
  /** The case's version now. */
  currentVersion: Scalars['Int']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** Why `addCaseEvent` did not add the event. */
export type AddCaseEventError = {
  /** Machine code: CONFLICT. */
  code: Scalars['String']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** A timeline event of one case (see `addCaseEvent`). */
export type AddCaseEventInput = {
  /** When it happened; defaults to now; not in the future. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The case's `id`. */
  caseId: Scalars['ID']['input'];
  /** The case's `version` as the institution last read it. */
  expectedVersion: Scalars['Int']['input'];
  /** PROGRESS only: the institution's new extended status (Latvian required). */
  extendedStatus?: InputMaybe<Array<CaseTextInput>>;
  /** See `RegisterCaseInput.idempotencyKey`. */
  idempotencyKey: Scalars['String']['input'];
  /** The text for the client, multilingual (Latvian required); required except for PROGRESS. */
  note?: InputMaybe<Array<CaseTextInput>>;
  /** PROGRESS only: progress 0–100. */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** What kind of event. */
  type: CaseEventInputType;
};

/** The result of `addCaseEvent`. */
export type AddCaseEventPayload = {
  __typename?: 'AddCaseEventPayload';
  /** The case after the event; null when there are errors. */
  case?: Maybe<Case>;
  /** Empty on success. */
  errors: Array<AddCaseEventError>;
  /** The event added; null when there are errors. */
  event?: Maybe<CaseEvent>;
};

/** What a calendar day is, for `setCalendarDay`. */
export type CalendarDayKind =
  /** A day off, e.g. a weekday a working day was transferred from, or a one-off public holiday. */
  | 'DAY_OFF'
  /** Remove the record: the built-in calendar decides again. */
  | 'DEFAULT'
  /** A working day, e.g. a Saturday a working day was transferred to. */
  | 'WORKING_DAY';

/** One application for a service by one client (pakalpojuma gadījums), as the institution handling it reports it. */
export type Case = {
  __typename?: 'Case';
  /** Statuses the institution may move the case to next, per the state machine; empty when the case is closed. */
  allowedNextStatuses: Array<CaseStatus>;
  /** Where the client applied. */
  applicationChannel: CaseChannel;
  /** The client the case is for; null when the caller may not read that client's profile. */
  client?: Maybe<Client>;
  /** Complaints filed about this case (by the client, or recorded by the institution). */
  complaintCount: Scalars['Int']['output'];
  /** The decision, once made. */
  decision?: Maybe<CaseDecision>;
  /** Where the result is delivered, when known. */
  deliveryChannel?: Maybe<CaseChannel>;
  /**
   * The date by which the case should be decided, in Latvian time: `processingTime` counted from the day after
   * submission in Latvian working days (weekends, public holidays and the Cabinet's transferred days excluded), or
   * given by the institution. Null when the case has no processing time.
   */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /**
   * The institution's own, more detailed status in the reader's language (argument, else Accept-Language, else
   * Latvian), e.g. "Dokumenti nosūtīti ekspertīzei"; null when the institution gives none.
   */
  extendedStatus?: Maybe<Scalars['String']['output']>;
  /** The client's rating, once given. */
  feedback?: Maybe<CaseFeedback>;
  /** Opaque stable identifier. */
  id: Scalars['ID']['output'];
  /** Code of the institution that registered and handles the case, e.g. "PMLP". */
  institutionCode: Scalars['String']['output'];
  /** An application with a lifecycle, or an event-only record of a delivered service. */
  kind: CaseKind;
  /** True when the due date has passed and the case is still not decided (not DECIDED, COMPLETED, REJECTED or WITHDRAWN). */
  overdue: Scalars['Boolean']['output'];
  /** True when the days in `processingTime` are Latvian working days. */
  processingDaysAreWorkingDays: Scalars['Boolean']['output'];
  /** The processing time the institution registered the case with, ISO 8601, e.g. "P10D"; null when none. */
  processingTime?: Maybe<Scalars['String']['output']>;
  /** How far along the case is, 0–100 per cent, when the institution reports it. */
  progress?: Maybe<Scalars['Int']['output']>;
  /** The institution's own reference for the case (unique within that institution), e.g. "PMLP-2026/001234". */
  reference: Scalars['String']['output'];
  /** Where the client is served, as the institution stated it at registration (e.g. "Cēsu novads"); null when it named none. */
  region?: Maybe<Scalars['String']['output']>;
  /** The person who applied for the client (a parent, a board member, an authorised person), if any. */
  representative?: Maybe<Client>;
  /** When the case was first decided, completed or rejected; null while open. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it was resolved by its due date; null while open or without a due date. */
  resolvedOnTime?: Maybe<Scalars['Boolean']['output']>;
  /** What the client receives, in the reader's language, e.g. "Pase izsniegta"; null when not given. */
  result?: Maybe<Scalars['String']['output']>;
  /**
   * The service applied for. Null, with a NOT_FOUND error on this path (`extensions.reason` ARCHIVED or UNKNOWN,
   * `extensions.serviceCode`), when the catalogue has since archived the service or does not know its code; the rest
   * of the case, and the list it is in, still answer.
   */
  service?: Maybe<Service>;
  /** Code of the service applied for, as registered, e.g. "PMLP-PASE"; stays when `service` is null. */
  serviceCode: Scalars['String']['output'];
  /** The current normalized status. */
  status: CaseStatus;
  /** Every status the case has had, oldest first. */
  statusHistory: Array<CaseStatusChange>;
  /** When the client submitted the application (for event-only cases: when the service was delivered). */
  submittedAt: Scalars['DateTime']['output'];
  /**
   * The case's timeline, oldest first: status changes, requests for documents, messages, progress, complaints.
   * `first` is 1–100 (default 50).
   */
  timeline: CaseEventConnection;
  /**
   * Optimistic-concurrency version: starts at 1 and grows by one with every institution write. Send it as
   * `expectedVersion` with the next write.
   */
  version: Scalars['Int']['output'];
};


/** One application for a service by one client (pakalpojuma gadījums), as the institution handling it reports it. */
export type CaseExtendedStatusArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** One application for a service by one client (pakalpojuma gadījums), as the institution handling it reports it. */
export type CaseResultArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


/** One application for a service by one client (pakalpojuma gadījums), as the institution handling it reports it. */
export type CaseTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who caused a timeline event. */
export type CaseActorKind =
  /** The client themself. */
  | 'CLIENT'
  /** The institution handling the case. */
  | 'INSTITUTION'
  /** A person acting for the client. */
  | 'REPRESENTATIVE';

/** Channels through which a client applies or receives a result (kanāli). */
export type CaseChannel =
  /** At a unified state and municipal client service centre (VPVKAC / KAC). */
  | 'CLIENT_SERVICE_CENTRE'
  /** By e-mail (with a secure electronic signature where required). */
  | 'EMAIL'
  /** Through the official electronic address (e-adrese). */
  | 'E_ADDRESS'
  /** An e-service on a web portal (e-pakalpojums), e.g. latvija.lv or the institution's own. */
  | 'E_SERVICE'
  /** In person at the institution's own client service point. */
  | 'IN_PERSON'
  /** By telephone. */
  | 'PHONE'
  /** By post. */
  | 'POST'
  /** Started by the institution itself, without an application (proaktīvs pakalpojums). */
  | 'PROACTIVE';

/** A count of cases by one channel. */
export type CaseChannelCount = {
  __typename?: 'CaseChannelCount';
  /** The application channel. */
  channel: CaseChannel;
  /** Cases applied for through it. */
  count: Scalars['Int']['output'];
  /** The figures of these cases: open, complaints, satisfaction, processing time. */
  figures: CaseFigures;
};

/** Kinds of clients in the statistics. */
export type CaseClientKind =
  /** Companies and other legal persons. */
  | 'COMPANY'
  /** Natural persons. */
  | 'PERSON';

/** A count of cases of one kind of client. */
export type CaseClientKindCount = {
  __typename?: 'CaseClientKindCount';
  /** Persons or companies. */
  clientKind: CaseClientKind;
  /** Cases of such clients. */
  count: Scalars['Int']['output'];
  /** The figures of these cases. */
  figures: CaseFigures;
};

/** A page of cases. */
export type CaseConnection = {
  __typename?: 'CaseConnection';
  /** The cases on this page, each with its cursor. */
  edges: Array<CaseEdge>;
  /** The cases on this page, in order (a shortcut for edges.node). */
  nodes: Array<Case>;
  /** Whether more cases follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many cases match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The institution's decision on a case. */
export type CaseDecision =
  /** Granted in full. */
  | 'GRANTED'
  /** Granted in part. */
  | 'PARTLY_GRANTED'
  /** Refused. */
  | 'REFUSED';

/** A case and its cursor. */
export type CaseEdge = {
  __typename?: 'CaseEdge';
  /** Opaque cursor of this case, for `after`. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: Case;
};

/** One event on a case's timeline. */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** Who caused it. */
  actorKind: CaseActorKind;
  /** When it happened (as the institution reports it). */
  at: Scalars['DateTime']['output'];
  /** Opaque identifier of the event. */
  id: Scalars['ID']['output'];
  /** Code of the institution, when an institution caused it. */
  institutionCode?: Maybe<Scalars['String']['output']>;
  /** The note in the reader's language (argument, else Accept-Language, else Latvian); null when none. */
  note?: Maybe<Scalars['String']['output']>;
  /** The note in every language it was given in. */
  noteTranslations: Array<LocalizedString>;
  /** For STATUS_CHANGE (and DELIVERY): the status the case moved to. */
  status?: Maybe<CaseStatus>;
  /** What happened. */
  type: CaseEventType;
};


/** One event on a case's timeline. */
export type CaseEventNoteArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** A page of timeline events. */
export type CaseEventConnection = {
  __typename?: 'CaseEventConnection';
  /** The events on this page, each with its cursor. */
  edges: Array<CaseEventEdge>;
  /** The events on this page, in order (a shortcut for edges.node). */
  nodes: Array<CaseEvent>;
  /** Whether more events follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many events the case has. */
  totalCount: Scalars['Int']['output'];
};

/** A timeline event and its cursor. */
export type CaseEventEdge = {
  __typename?: 'CaseEventEdge';
  /** Opaque cursor of this event, for `after`. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: CaseEvent;
};

/** Kinds of timeline events an institution adds with `addCaseEvent`. */
export type CaseEventInputType =
  /** A complaint the institution received through its own channels. */
  | 'COMPLAINT'
  /** Ask the client for documents or information (the note says what). */
  | 'DOCUMENT_REQUEST'
  /** A message to the client. */
  | 'MESSAGE'
  /** The institution's extended status or progress changed (give `extendedStatus` and/or `progress`). */
  | 'PROGRESS';

/** Kinds of timeline events. */
export type CaseEventType =
  /** A complaint about the case (from the client, or received by the institution). */
  | 'COMPLAINT'
  /** The service was delivered (event-only cases). */
  | 'DELIVERY'
  /** The institution asked the client for documents or information. */
  | 'DOCUMENT_REQUEST'
  /** A message from the institution to the client. */
  | 'MESSAGE'
  /** The institution's extended status or progress changed. */
  | 'PROGRESS'
  /** The normalized status changed; `status` is the new one. */
  | 'STATUS_CHANGE';

/** The client's rating of a completed case. */
export type CaseFeedback = {
  __typename?: 'CaseFeedback';
  /** When the rating was given. */
  at: Scalars['DateTime']['output'];
  /** The client's comment, as written. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Satisfaction from 1 (very dissatisfied) to 5 (very satisfied). */
  rating: Scalars['Int']['output'];
};

/** The indicators of a set of cases, all counted from the monthly roll-ups. */
export type CaseFigures = {
  __typename?: 'CaseFigures';
  /** Average Latvian working days from submission to resolution of resolved applications; null when none. */
  averageProcessingDays?: Maybe<Scalars['Float']['output']>;
  /** Average rating 1–5; null when none was rated. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Complaints about these cases (by clients and as institutions recorded them). */
  complaints: Scalars['Int']['output'];
  /** Cases submitted. */
  count: Scalars['Int']['output'];
  /** DECIDED, not yet completed. */
  decided: Scalars['Int']['output'];
  /** Still being worked on (SUBMITTED, REGISTERED, IN_PROGRESS, AWAITING_CLIENT). */
  open: Scalars['Int']['output'];
  /** How many cases were rated. */
  ratingCount: Scalars['Int']['output'];
  /** Applications resolved (first DECIDED, COMPLETED or REJECTED). */
  resolved: Scalars['Int']['output'];
  /** Share (0–1) of resolved applications with a due date resolved by it; null when none. */
  resolvedOnTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Share (0–1) of ratings that are 4 or 5; null when none was rated. */
  satisfiedShare?: Maybe<Scalars['Float']['output']>;
};

/** Narrows a client's cases. Every given condition must hold. */
export type CaseFilter = {
  /** Only cases handled by this institution, e.g. "PMLP". */
  institutionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only cases for this service code, e.g. "PMLP-PASE". */
  serviceCode?: InputMaybe<Scalars['String']['input']>;
  /** Only cases in one of these statuses. */
  statuses?: InputMaybe<Array<CaseStatus>>;
  /** Only cases submitted at or after this time. */
  submittedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only cases submitted before this time. */
  submittedTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Whether a case has a lifecycle. */
export type CaseKind =
  /** An application with a status lifecycle. */
  | 'APPLICATION'
  /** Only the fact that the service was delivered (notikuma fakts), reported by an institution that cannot report statuses. */
  | 'EVENT_ONLY';

/** A count of cases in one period. */
export type CasePeriodCount = {
  __typename?: 'CasePeriodCount';
  /** Cases submitted in it. */
  count: Scalars['Int']['output'];
  /** The figures of these cases: open, complaints, satisfaction, processing time. */
  figures: CaseFigures;
  /** The period, e.g. "2026-03" for a month. */
  period: Scalars['String']['output'];
};

/** A count of cases served in one region. */
export type CaseRegionCount = {
  __typename?: 'CaseRegionCount';
  /** Cases served there. */
  count: Scalars['Int']['output'];
  /** The figures of these cases. */
  figures: CaseFigures;
  /** The region as institutions name it, e.g. "Rīga", "Cēsu novads"; null for cases that name none (e-services). */
  region?: Maybe<Scalars['String']['output']>;
};

/** The yearly report of cases. */
export type CaseReport = {
  __typename?: 'CaseReport';
  /**
   * The same rows as CSV (RFC 4180, comma-separated, UTF-8, header line first): a column per dimension of the
   * breakdown (a service gives service_code, service_name_lv, service_name_en), then cases, event_only, open,
   * decided, completed, rejected, withdrawn, resolved, resolved_on_time, average_processing_working_days,
   * complaints, rating_count, average_rating. Save it as a .csv file to open it in a spreadsheet.
   */
  csv: Scalars['String']['output'];
  /** The institution reported; null when every institution is. */
  institutionCode?: Maybe<Scalars['String']['output']>;
  /**
   * One row per combination of the breakdown's values with at least one case, ordered by them. `by` is the
   * breakdown: any of institution, service, channel, region, client kind and month of submission, e.g.
   * `rows(by: [SERVICE, REGION])`; default institution, service and channel. An empty list gives one row of totals.
   */
  rows: Array<CaseReportRow>;
  /** The year reported. */
  year: Scalars['Int']['output'];
};


/** The yearly report of cases. */
export type CaseReportCsvArgs = {
  by?: InputMaybe<Array<CaseReportDimension>>;
};


/** The yearly report of cases. */
export type CaseReportRowsArgs = {
  by?: InputMaybe<Array<CaseReportDimension>>;
};

/** What the yearly report's rows may be broken down by. */
export type CaseReportDimension =
  /** The application channel. */
  | 'CHANNEL'
  /** Persons or companies. */
  | 'CLIENT_KIND'
  /** The institution that handles the cases. */
  | 'INSTITUTION'
  /** The month of submission (Latvian time). */
  | 'MONTH'
  /** The region where clients were served. */
  | 'REGION'
  /** The service (with its names in Latvian and English). */
  | 'SERVICE';

/**
 * One line of the yearly report: cases of one combination of the breakdown's values. A dimension the report is not
 * broken down by is null.
 */
export type CaseReportRow = {
  __typename?: 'CaseReportRow';
  /** Average Latvian working days from submission to resolution; null when none was resolved. */
  averageProcessingDays?: Maybe<Scalars['Float']['output']>;
  /** Average satisfaction rating; null when none was rated. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Cases submitted in the year, event-only deliveries included. */
  cases: Scalars['Int']['output'];
  /** The application channel. */
  channel?: Maybe<CaseChannel>;
  /** Persons or companies. */
  clientKind?: Maybe<CaseClientKind>;
  /** Complaints about these cases. */
  complaints: Scalars['Int']['output'];
  /** Now COMPLETED (event-only deliveries included). */
  completed: Scalars['Int']['output'];
  /** Now DECIDED: the decision is made, the result not yet delivered. */
  decided: Scalars['Int']['output'];
  /** Of those, event-only deliveries. */
  eventOnly: Scalars['Int']['output'];
  /** The institution's code, e.g. "VSAA". */
  institutionCode?: Maybe<Scalars['String']['output']>;
  /** The month of submission, e.g. "2026-03". */
  month?: Maybe<Scalars['String']['output']>;
  /** Still being worked on: SUBMITTED, REGISTERED, IN_PROGRESS or AWAITING_CLIENT (DECIDED is not open). */
  open: Scalars['Int']['output'];
  /** How many were rated. */
  ratingCount: Scalars['Int']['output'];
  /** The region where clients were served; null when not broken down by region or when the cases name none. */
  region?: Maybe<Scalars['String']['output']>;
  /** Now REJECTED. */
  rejected: Scalars['Int']['output'];
  /** Applications resolved (first DECIDED, COMPLETED or REJECTED). */
  resolved: Scalars['Int']['output'];
  /** Resolved by their due date. */
  resolvedOnTime: Scalars['Int']['output'];
  /** Share (0–1) of ratings that are 4 or 5; null when none was rated. */
  satisfiedShare?: Maybe<Scalars['Float']['output']>;
  /** The service's code, e.g. "VSAA-PIEDZIMSANA". */
  serviceCode?: Maybe<Scalars['String']['output']>;
  /** The service's English name; null when the catalogue gives none. */
  serviceNameEn?: Maybe<Scalars['String']['output']>;
  /** The service's Latvian name, as the catalogue publishes it; null when the catalogue has not published it. */
  serviceNameLv?: Maybe<Scalars['String']['output']>;
  /** Now WITHDRAWN. */
  withdrawn: Scalars['Int']['output'];
};

/** The cases subgraph's projection of the service catalogue (see `serviceProjection`). */
export type CaseServiceProjection = {
  __typename?: 'CaseServiceProjection';
  /** The newest catalogue change it holds (the feed's `modifiedAt`); null before any. */
  lastChangeAt?: Maybe<Scalars['DateTime']['output']>;
  /** A write syncs first when `syncedAt` is older than this many seconds (SERVICE_PROJECTION_MAX_AGE_MS); an unknown code syncs once more before it is refused. */
  maxAgeSeconds: Scalars['Float']['output'];
  /** How many services it holds (published and archived). */
  services: Scalars['Int']['output'];
  /** When it last read the feed to its end; null before the first sync. */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Aggregate figures of a service's cases in a period (RK10, R21 service indicators). */
export type CaseStatistics = {
  __typename?: 'CaseStatistics';
  /** Average of the same; null when none. */
  averageProcessingDays?: Maybe<Scalars['Float']['output']>;
  /** Average satisfaction rating 1–5; null when no case was rated. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Counts by application channel, the largest first; channels with no cases are left out. */
  byChannel: Array<CaseChannelCount>;
  /** Counts by kind of client (persons, companies), the largest first. */
  byClientKind: Array<CaseClientKindCount>;
  /** Counts by month of submission (Latvian time), oldest first; months with no cases are left out. */
  byMonth: Array<CasePeriodCount>;
  /** Counts by the region where clients were served (`registerCase`'s `region`), the largest first; `region` null for cases that name none. */
  byRegion: Array<CaseRegionCount>;
  /** Counts by current status; statuses with no cases are left out. */
  byStatus: Array<CaseStatusCount>;
  /**
   * Time per step: the Latvian working days the period's applications spent in each status, from their status
   * changes. A stay counts once it has ended (the case moved on), from the day it began to the day it ended as for
   * processing days (0 within the same day); the status a case is in now is left out. Statuses no stay ended in are
   * left out; in the order of the case lifecycle. Read from the status changes, not the roll-ups: two statements more
   * for any number of services, when asked.
   */
  byStep: Array<CaseStepTime>;
  /** Complaints about cases submitted in the period. */
  complaints: Scalars['Int']['output'];
  /** Cases DECIDED and not yet completed (the decision is made; delivering the result remains). */
  decided: Scalars['Int']['output'];
  /** Of those, event-only deliveries. */
  eventOnly: Scalars['Int']['output'];
  /** All the figures of the period at once (the same as the fields above and below, for comparing with a breakdown). */
  figures: CaseFigures;
  /** Start of the period (inclusive): 00:00 Latvian time on the first day of the first month counted. */
  from: Scalars['DateTime']['output'];
  /**
   * Median Latvian working days from submission to resolution (first DECIDED, COMPLETED or REJECTED) of resolved
   * applications: the working days after the day of submission up to the day of resolution, so 0 when resolved the
   * same day. Null when none.
   */
  medianProcessingDays?: Maybe<Scalars['Float']['output']>;
  /** Cases still being worked on: SUBMITTED, REGISTERED, IN_PROGRESS or AWAITING_CLIENT (a DECIDED case is not open). */
  open: Scalars['Int']['output'];
  /** 90th percentile of the same (interpolated between the two nearest cases); null when none. */
  p90ProcessingDays?: Maybe<Scalars['Float']['output']>;
  /** How many cases were rated. */
  ratingCount: Scalars['Int']['output'];
  /** Share (0–1) of resolved applications with a due date that were resolved by it; null when none. */
  resolvedOnTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Share (0–1) of ratings that are 4 or 5; null when no case was rated. */
  satisfiedShare?: Maybe<Scalars['Float']['output']>;
  /** End of the period (exclusive): 00:00 Latvian time on the first day of the month after the last one counted. */
  to: Scalars['DateTime']['output'];
  /** Cases submitted in the period, event-only deliveries included. */
  total: Scalars['Int']['output'];
};

/**
 * Normalized case status, the same for every institution. The state machine: SUBMITTED → REGISTERED → IN_PROGRESS ⇄
 * AWAITING_CLIENT → DECIDED → COMPLETED. From SUBMITTED, REGISTERED, IN_PROGRESS and AWAITING_CLIENT a case may also
 * skip ahead to any later status (e.g. an automatic service goes SUBMITTED → COMPLETED) or end as REJECTED or
 * WITHDRAWN. DECIDED may only go to COMPLETED. COMPLETED, REJECTED and WITHDRAWN are final. A case never goes back,
 * except IN_PROGRESS ⇄ AWAITING_CLIENT.
 */
export type CaseStatus =
  /** Waiting for the client: documents, payment, or an answer. */
  | 'AWAITING_CLIENT'
  /** Finished: the result has been delivered. Final. */
  | 'COMPLETED'
  /** A decision has been made; the result is not yet delivered. */
  | 'DECIDED'
  /** Being processed. */
  | 'IN_PROGRESS'
  /** Registered by the institution. */
  | 'REGISTERED'
  /** Refused or not accepted for processing by the institution. Final. */
  | 'REJECTED'
  /** Submitted by the client, not yet registered by the institution. */
  | 'SUBMITTED'
  /** Withdrawn by the client. Final. */
  | 'WITHDRAWN';

/** One entry of a case's status history. */
export type CaseStatusChange = {
  __typename?: 'CaseStatusChange';
  /** When it moved. */
  at: Scalars['DateTime']['output'];
  /** The status the case moved to. */
  status: CaseStatus;
};

/** A count of cases in one status. */
export type CaseStatusCount = {
  __typename?: 'CaseStatusCount';
  /** Cases now in it. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: CaseStatus;
};

/** The working days applications spent in one status (a step of their handling). */
export type CaseStepTime = {
  __typename?: 'CaseStepTime';
  /** The average working days of a stay. */
  averageWorkingDays: Scalars['Float']['output'];
  /** The status. */
  status: CaseStatus;
  /** Stays in it that have ended. */
  stays: Scalars['Int']['output'];
  /** Their working days in all. */
  workingDays: Scalars['Int']['output'];
};

/** A text in one language, as input. Latvian ("lv") is required wherever a text is given. */
export type CaseTextInput = {
  /** BCP 47 language tag, e.g. "lv", "en"; at most 10 characters. */
  language: Scalars['String']['input'];
  /** The text, 1–2000 characters. */
  value: Scalars['String']['input'];
};

/** One KPI of one channel in one month. */
export type ChannelKpi = {
  __typename?: 'ChannelKpi';
  /** The channel: a case channel (E_SERVICE, IN_PERSON, PHONE…), WEB for the website, ALL for every channel. */
  channel: Scalars['String']['output'];
  /** Whether values should be at least (AT_LEAST) or at most (AT_MOST) the target. */
  direction: Scalars['String']['output'];
  /** Measured value minus target (target minus value for AT_MOST), else the reported one's: negative when short of the target; null without a value. */
  gap?: Maybe<Scalars['Float']['output']>;
  /** Which KPI. */
  kpi: ChannelKpiKind;
  /** The value the graph measured from cases; null when the graph holds no data for this KPI or none in the month. */
  measured?: Maybe<MeasuredKpiValue>;
  /** Whether the value (measured, else reported) meets the target; null without a value. */
  meetsTarget?: Maybe<Scalars['Boolean']['output']>;
  /** The value the institution reported; null when it reported none. */
  reported?: Maybe<ReportedValue>;
  /** Where the standard says the value comes from. */
  source: Scalars['String']['output'];
  /** The standard's target. */
  target: Scalars['Float']['output'];
  /** Unit of the values: PERCENT (0–100), SECONDS or SCORE_1_5. */
  unit: Scalars['String']['output'];
};

/** Kinds of KPIs of the client-service standard (seed 003). */
export type ChannelKpiKind =
  /** Call centre: share (%) of calls answered. Target 95. Reported (telephone exchange). */
  | 'CALLS_ANSWERED'
  /** Call centre: average seconds until the receiver is picked up. Target at most 10. Reported (telephone exchange). */
  | 'CALL_PICKUP_SECONDS'
  /** Applications: share (%) first registered within 10 minutes of submission. Target 100. Measured from cases. */
  | 'REGISTRATION_WITHIN_10_MINUTES'
  /** Every channel: average satisfaction 1–5. Target at least 4. Measured from case ratings by application channel; also reported (surveys). */
  | 'SATISFACTION'
  /** Website: share (%) of questions answered within one working day. Target 100. Reported (portal monitoring). */
  | 'WEB_ANSWERED_WITHIN_WORKING_DAY';

/** A client, as seen from the cases made for them. */
export type Client = {
  __typename?: 'Client';
  /**
   * Reads of this client's cases by anyone but the client (institutions, applications, representatives, operators),
   * newest first, at most the latest 1000. The clients subgraph merges them into `Client.accessLog`. Shown to the client
   * themself and to a person acting for the client with PROFILE_READ (who may read the client's access log there);
   * everyone else gets an empty list.
   */
  caseAccessEvents?: Maybe<Array<AccessEvent>>;
  /**
   * The client's cases, newest submission first (`me { cases { … } }` for the signed-in person, `actingFor { cases { … } }`
   * with `X-Act-For`). Visible to the client themself; to a person acting for the client whose representation includes
   * CASES_READ; to an application holding the client's token with the client's CASES_READ consent; and to operators (a
   * `purpose` of 1–200 characters is required). Every read but the client's own is written to the client's access log.
   * Everyone else gets FORBIDDEN. `first` is 1–100 (default 20).
   */
  cases?: Maybe<CaseConnection>;
  /**
   * Codes of the services for which the client has at least one COMPLETED case or a recorded delivery, sorted.
   * Shown to the client themself and to a person acting for them with CASES_READ; everyone else gets an empty list.
   */
  completedServiceCodes?: Maybe<Array<Scalars['String']['output']>>;
  /** The pseudonymous client id (the same in every subgraph). */
  id: Scalars['ID']['output'];
};


/** A client, as seen from the cases made for them. */
export type ClientCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Identifies a client by a state-register identifier. Give exactly one. The graph stores only the pseudonymous client
 * id derived from it, never the code itself.
 */
export type ClientIdentifierInput = {
  /** A Latvian personal code, "DDMMYY-XNNNN" or "32XXXX-XXXXX" (hyphen optional), with a valid check digit. */
  personalCode?: InputMaybe<Scalars['String']['input']>;
  /** A company registration number: 11 digits, e.g. "40203123456". */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An event the graph sent out, as a CloudEvents 1.0 envelope (https://cloudevents.io): the fields of the structured
 * JSON form, and `envelope`, that form itself, for a CloudEvents SDK.
 */
export type CloudEvent = {
  __typename?: 'CloudEvent';
  /** The event's data as JSON object text, e.g. `{"caseId":"…","from":"REGISTERED","to":"IN_PROGRESS",…}`: ids and codes only. */
  data: Scalars['String']['output'];
  /** Names the schema of `data`: `urn:lv.gov.psg:event-schema:<type>` (described in docs/events.md). */
  dataschema: Scalars['String']['output'];
  /** The whole event in CloudEvents structured JSON form (`application/cloudevents+json`). */
  envelope: Scalars['String']['output'];
  /** Unique id of the event (a UUID); a consumer that receives an event twice (at-least-once delivery) sees the same id. */
  id: Scalars['ID']['output'];
  /** Who sent it: `urn:lv.gov.psg:subgraph:<subgraph>`, e.g. "urn:lv.gov.psg:subgraph:cases". */
  source: Scalars['String']['output'];
  /** Always "1.0". */
  specversion: Scalars['String']['output'];
  /** The entity it is about: for case events the case's `id`, for consent events the consent's, and so on (docs/events.md). */
  subject: Scalars['String']['output'];
  /** When the change happened in the graph. */
  time: Scalars['DateTime']['output'];
  /** What happened, as `lv.gov.psg.<entity>.<what-happened>.v<major>`, e.g. "lv.gov.psg.case.status-changed.v1". */
  type: Scalars['String']['output'];
};

/** A page of the events feed. */
export type CloudEventConnection = {
  __typename?: 'CloudEventConnection';
  /** The events on this page, each with its cursor. */
  edges: Array<CloudEventEdge>;
  /** The events on this page, in order (a shortcut for edges.node). */
  nodes: Array<CloudEvent>;
  /**
   * Whether more events follow now, and the cursor to continue from. `endCursor` is never null: on an empty page it is
   * the `after` given (or a cursor of the feed's start), so a poller always has something to resume from.
   */
  pageInfo: PageInfo;
};

/** An event and its cursor. */
export type CloudEventEdge = {
  __typename?: 'CloudEventEdge';
  /** Opaque cursor of this event, for `after`. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: CloudEvent;
};

/** How the graph measures an indicator from cases (the life-situations subgraph's declaration). */
export type IndicatorMeasure = {
  __typename?: 'IndicatorMeasure';
  /** What is computed. */
  kind: IndicatorMeasureKind;
  /** Codes of the services whose cases count. */
  serviceCodes: Array<Scalars['String']['output']>;
  /** For RESOLVED_WITHIN_WORKING_DAYS: the term in Latvian working days. */
  workingDays?: Maybe<Scalars['Int']['output']>;
};

/** What an indicator measured from cases computes (see the life-situations subgraph). */
export type IndicatorMeasureKind =
  /** The number of applications submitted. */
  | 'APPLICATIONS'
  /** The average rating (1–5) of the services' cases. */
  | 'AVERAGE_RATING'
  /** The share of resolved applications resolved within the term in working days. */
  | 'RESOLVED_WITHIN_WORKING_DAYS';

/** An indicator's measured value in one month. */
export type IndicatorMonthValue = {
  __typename?: 'IndicatorMonthValue';
  /**
   * What the value is computed from: ratings given (AVERAGE_RATING), applications resolved
   * (RESOLVED_WITHIN_WORKING_DAYS), applications submitted (APPLICATIONS).
   */
  basis: Scalars['Int']['output'];
  /** The month, "YYYY-MM". */
  month: Scalars['String']['output'];
  /** Applications submitted that month and not resolved yet: their time is not known, so they are not in a share of resolved ones. */
  open: Scalars['Int']['output'];
  /** The value in the indicator's unit; null when `basis` is 0 (nothing to measure that month). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Narrows an institution's cases. Every given condition must hold. */
export type InstitutionCaseFilter = {
  /** Operators only: one institution's cases. An institution giving another code gets FORBIDDEN. */
  institutionCode?: InputMaybe<Scalars['String']['input']>;
  /** true: only overdue cases; false: only cases that are not overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** The institution's own reference, exactly, e.g. "PMLP-2026/004211". */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Only cases for this service code. */
  serviceCode?: InputMaybe<Scalars['String']['input']>;
  /** Only cases in one of these statuses. */
  statuses?: InputMaybe<Array<CaseStatus>>;
  /** Only cases submitted at or after this time. */
  submittedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only cases submitted before this time. */
  submittedTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * An indicator of a life situation's goal (owned by the life-situations subgraph, which holds how it is measured);
 * this subgraph answers its values from the monthly roll-ups of cases.
 */
export type LifeSituationIndicator = {
  __typename?: 'LifeSituationIndicator';
  /** Code of the indicator within the situation. */
  code: Scalars['String']['output'];
  /** Code of the life situation the indicator belongs to. */
  lifeSituationCode: Scalars['String']['output'];
  /** How it is measured; held by the life-situations subgraph and read here with @requires. */
  measure?: Maybe<IndicatorMeasure>;
  /**
   * The indicator's value for each month of the year (Latvian time, by month of submission of the cases), January
   * first; null when the indicator has no `measure` (its `unmeasuredReason` says why). Public, like the services'
   * case statistics. A year outside 2000–2100 is BAD_USER_INPUT.
   */
  measuredValues?: Maybe<Array<IndicatorMonthValue>>;
};


/**
 * An indicator of a life situation's goal (owned by the life-situations subgraph, which holds how it is measured);
 * this subgraph answers its values from the monthly roll-ups of cases.
 */
export type LifeSituationIndicatorMeasuredValuesArgs = {
  year: Scalars['Int']['input'];
};

/** A text in one language. `language` is a BCP 47 tag such as "lv" or "en". */
export type LocalizedString = {
  __typename?: 'LocalizedString';
  /** BCP 47 language tag, e.g. "lv", "en". */
  language: Scalars['String']['output'];
  /** The text in that language. */
  value: Scalars['String']['output'];
};

/** A KPI value the graph measured. */
export type MeasuredKpiValue = {
  __typename?: 'MeasuredKpiValue';
  /** How many cases it is measured from (ratings, registrations). */
  basis: Scalars['Int']['output'];
  /** The value in the KPI's unit. */
  value: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * An institution adds an event to one of its cases' timeline: a request for documents, a message to the client, a
   * change of progress or of its own extended status, or a complaint it received. The normalized status does not
   * change. Same `expectedVersion` and `idempotencyKey` rules as `updateCaseStatus`.
   */
  addCaseEvent: AddCaseEventPayload;
  /**
   * The client (or whoever acts for them) rates a COMPLETED case 1–5, with an optional comment, once per case.
   * Sending the same rating again is a no-op that succeeds; a different one gets `RateCaseAlreadyRated`.
   * Only the client side may rate: others get FORBIDDEN; a case the caller cannot see is NOT_FOUND.
   */
  rateCase: RateCasePayload;
  /**
   * An institution whose systems cannot report statuses records, in bulk, the fact that services were delivered
   * (notikuma fakts): up to 1000 event-only cases per call, status COMPLETED, no lifecycle. All or nothing: a bad item
   * makes the whole call BAD_USER_INPUT naming the item's index, and nothing is written. A reference the institution
   * has already recorded is skipped and listed in `alreadyRecorded`, so re-sending a batch is safe.
   * Idempotent by `idempotencyKey`. Every delivery's service must be published and the institution its holder or a
   * named provider (as for `registerCase`); else one `RecordServiceDeliveriesServiceNotAvailable` per such delivery
   * and nothing is written.
   */
  recordServiceDeliveries: RecordServiceDeliveriesPayload;
  /**
   * An institution registers a case it has received (pieteikuma reģistrācija). The registering institution handles
   * and owns the case. Idempotent by `idempotencyKey`: a retry with the same key and the same input returns the case
   * registered the first time and writes nothing; the same key with a different input is BAD_USER_INPUT.
   * Persons, applications and operators get FORBIDDEN. The service must be one the catalogue has published (not
   * archived) and the institution its holder or a provider the holder has named (`Service.namedProviders`); else
   * `RegisterCaseServiceNotAvailable` and nothing is written. The check uses this subgraph's projection of the
   * catalogue (see `serviceProjection`): refreshed first when older than its `maxAgeSeconds`, and again before any
   * refusal, so a refusal always rests on the catalogue as it is now.
   */
  registerCase: RegisterCasePayload;
  /**
   * An institution reports the value of a channel KPI for a month, from the source the standard names (its telephone
   * exchange, its portal monitoring, a survey): who reported it and when are kept with it, and a later report for the
   * same month replaces it. An institution reports its own; operators name one (`institutionCode`). Persons and
   * applications get FORBIDDEN. Typed error: `ReportIndicatorInvalid` (a channel the KPI is not set for, a value out
   * of the unit's range, a malformed month). Example: `reportChannelKpi(input: { kpi: CALLS_ANSWERED, channel: "PHONE",
   * month: "2026-10", value: 93.5, source: "Tālruņa centrāles atskaite 2026-10" })`.
   */
  reportChannelKpi: ReportIndicatorPayload;
  /**
   * The holder of a service reports what delivering it once costs (RK10: cost per service), for a year, with its
   * source; a later report for the same year replaces it. Only the holder institution (as the catalogue projection
   * knows it) and operators; others get FORBIDDEN. Typed error: `ReportIndicatorInvalid` (an unknown service, a
   * negative cost, a year outside 2000–2100).
   */
  reportServiceUnitCost: ReportIndicatorPayload;
  /**
   * An operator records a day that differs from the built-in Latvian calendar: a working day transferred to a
   * Saturday by a Cabinet order, a one-off public holiday set by law, or removes such a record. Affects the due dates
   * of cases registered afterwards; existing due dates are kept. Others get FORBIDDEN.
   */
  setCalendarDay: SetCalendarDayPayload;
  /**
   * The client (or whoever acts for them) files a complaint (sūdzība) about a case, in any status. It appears on the
   * case's timeline for the institution and is counted in the statistics. Idempotent by `idempotencyKey`.
   */
  submitCaseComplaint: SubmitCaseComplaintPayload;
  /**
   * Reads the catalogue's changes feed into this subgraph's projection now, e.g. after a bulk archive, instead of at
   * the next write that finds it stale. Returns its freshness afterwards. Operators only; others get FORBIDDEN.
   * SUBGRAPH_UNAVAILABLE when the feed cannot be read.
   */
  syncServiceProjection: CaseServiceProjection;
  /**
   * An institution moves one of its cases to a new normalized status. The state machine (see `CaseStatus`) decides
   * which moves are legal; an illegal one gets `UpdateCaseStatusIllegalTransition` naming the allowed next statuses.
   * `expectedVersion` must equal the case's current `version`, else `UpdateCaseStatusConflict` with the current
   * version and nothing is written. Idempotent by `idempotencyKey` (a retry never adds a second event).
   * A case of another institution is NOT_FOUND, the same as a case that does not exist.
   */
  updateCaseStatus: UpdateCaseStatusPayload;
};


export type MutationAddCaseEventArgs = {
  input: AddCaseEventInput;
};


export type MutationRateCaseArgs = {
  input: RateCaseInput;
};


export type MutationRecordServiceDeliveriesArgs = {
  input: RecordServiceDeliveriesInput;
};


export type MutationRegisterCaseArgs = {
  input: RegisterCaseInput;
};


export type MutationReportChannelKpiArgs = {
  input: ReportChannelKpiInput;
};


export type MutationReportServiceUnitCostArgs = {
  input: ReportServiceUnitCostInput;
};


export type MutationSetCalendarDayArgs = {
  input: SetCalendarDayInput;
};


export type MutationSubmitCaseComplaintArgs = {
  input: SubmitCaseComplaintInput;
};


export type MutationUpdateCaseStatusArgs = {
  input: UpdateCaseStatusInput;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Service cases (pakalpojuma gadījumi / pieteikumi) and their statuses, as institutions report them from their own
 * case systems. Owned by the cases subgraph. A person sees every case made for them in one place; institutions
 * register and update their own cases; statistics and the yearly report are computed from the same records.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * One case by id, with its timeline. Who sees it: the client it is for (and whoever acts for that client), the
   * institution that registered it, and operators. Returns null when the case does not exist or the caller may not
   * see it, so an id of someone else's case reveals nothing.
   *
   * `purpose` (1–200 characters, e.g. "izskatīšana / processing the application") is REQUIRED when an institution or
   * an operator reads a case of a natural person: the read is written to the person's access log with it. Without it
   * the error code is BAD_USER_INPUT. The client themself never needs one.
   */
  case?: Maybe<Case>;
  /**
   * The due date of a case submitted at `submittedAt` with the given processing time, by the same rules the graph
   * uses when an institution registers a case (see `RegisterCaseInput.processingTime`). Public; for portals that show
   * "expected by" before a person applies. Example: `caseDueDate(submittedAt: "2026-06-19T10:00:00+03:00",
   * processingTime: "P3D")` is "2026-06-27" (22 June 2026 is a transferred day off, 23–24 June are Līgo and Jāņi,
   * Saturday 27 June is a transferred working day).
   */
  caseDueDate?: Maybe<Scalars['Date']['output']>;
  /**
   * The yearly report of cases (gada pārskats): cases submitted in `year` (Latvian time) per institution, per service
   * and per application channel, also as CSV. An institution gets its own cases only (`institutionCode`, if given,
   * must be its own code, else FORBIDDEN); an operator gets every institution's, or one institution's with
   * `institutionCode`. Others get FORBIDDEN. `year` is 2000–2100.
   */
  caseReport?: Maybe<CaseReport>;
  /**
   * The channel KPIs of the client-service standard for one month: per channel its parameter and target (web answers
   * within one working day, 95% of calls answered, pick-up within 10 s on average, satisfaction at least 4 of 5 on
   * every channel, first registration of an application within 10 minutes), the value the graph measures from cases
   * where it holds the data (ratings, registrations), the value the institution reported (`reportChannelKpi`), and the
   * gap to the target. An institution sees its own; operators name one, or leave `institutionCode` out for every
   * institution's measured values together (no reported ones then). Anyone else gets FORBIDDEN.
   */
  channelKpis?: Maybe<Array<ChannelKpi>>;
  /**
   * The feed of the graph's events, oldest first, for systems that poll instead of receiving webhooks: each event as
   * the graph sends it out (a CloudEvents 1.0 envelope; types and data in docs/events.md): cases, consents,
   * representations, life events and proactive offers, the catalogue, supergraph publishes. Resumable: keep
   * `pageInfo.endCursor` (also when a page is empty: it is then the `after` given) and pass it as `after` next time;
   * no event is skipped or repeated between pages, and an event appears only once its change has committed. Case
   * events appear at once; the other subgraphs' events once the bus has brought them (usually within a second).
   *
   * Who sees which events: an institution those of its own cases, of consents given to it and of its own catalogue
   * entries; a person those about themself (cases, consents, representations they gave, life events, offers), and
   * of the client they act for with represent:cases:read; an application holding a person's token with
   * consent:cases:read those of that person; every signed-in caller the public catalogue's (services published,
   * changed, archived, channels changed); operators all. Anonymous callers get UNAUTHENTICATED. Events carry ids and
   * codes, not personal data, so reading them is not written to the access log.
   *
   * Errors: BAD_USER_INPUT (`extensions.argument`) for a cursor this feed did not give out, `first` outside 1–100, or
   * more than 20 `types`.
   */
  events?: Maybe<CloudEventConnection>;
  /**
   * The calling institution's own cases (an operator's: every institution's), newest submission first, for finding
   * a case by reference, by status or the overdue ones. `purpose` (1–200 characters) is required: every listed case
   * of a natural person is written to that person's access log. Paginated: `first` is 1–100 (default 20).
   * Persons and applications get FORBIDDEN.
   */
  institutionCases?: Maybe<CaseConnection>;
  /**
   * How fresh this subgraph's projection of the service catalogue is: the services it checks case references against,
   * fed from the catalogue's changes feed (`serviceChanges`). Operators only; others get FORBIDDEN.
   */
  serviceProjection?: Maybe<CaseServiceProjection>;
};


/**
 * Service cases (pakalpojuma gadījumi / pieteikumi) and their statuses, as institutions report them from their own
 * case systems. Owned by the cases subgraph. A person sees every case made for them in one place; institutions
 * register and update their own cases; statistics and the yearly report are computed from the same records.
 */
export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
  purpose?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Service cases (pakalpojuma gadījumi / pieteikumi) and their statuses, as institutions report them from their own
 * case systems. Owned by the cases subgraph. A person sees every case made for them in one place; institutions
 * register and update their own cases; statistics and the yearly report are computed from the same records.
 */
export type QueryCaseDueDateArgs = {
  processingDaysAreWorkingDays?: InputMaybe<Scalars['Boolean']['input']>;
  processingTime: Scalars['String']['input'];
  submittedAt: Scalars['DateTime']['input'];
};


/**
 * Service cases (pakalpojuma gadījumi / pieteikumi) and their statuses, as institutions report them from their own
 * case systems. Owned by the cases subgraph. A person sees every case made for them in one place; institutions
 * register and update their own cases; statistics and the yearly report are computed from the same records.
 */
export type QueryCaseReportArgs = {
  institutionCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * Service cases (pakalpojuma gadījumi / pieteikumi) and their statuses, as institutions report them from their own
 * case systems. Owned by the cases subgraph. A person sees every case made for them in one place; institutions
 * register and update their own cases; statistics and the yearly report are computed from the same records.
 */
export type QueryChannelKpisArgs = {
  institutionCode?: InputMaybe<Scalars['String']['input']>;
  month: Scalars['String']['input'];
};


/**
 * Service cases (pakalpojuma gadījumi / pieteikumi) and their statuses, as institutions report them from their own
 * case systems. Owned by the cases subgraph. A person sees every case made for them in one place; institutions
 * register and update their own cases; statistics and the yearly report are computed from the same records.
 */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/**
 * Service cases (pakalpojuma gadījumi / pieteikumi) and their statuses, as institutions report them from their own
 * case systems. Owned by the cases subgraph. A person sees every case made for them in one place; institutions
 * register and update their own cases; statistics and the yearly report are computed from the same records.
 */
export type QueryInstitutionCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  purpose: Scalars['String']['input'];
};

/** The case has been rated already, differently; a case is rated once. */
export type RateCaseAlreadyRated = RateCaseError & {
  __typename?: 'RateCaseAlreadyRated';
  /** ALREADY_RATED */
  code: Scalars['String']['output'];
  /** The rating given before. */
  feedback: CaseFeedback;
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** Why `rateCase` did not record the rating. */
export type RateCaseError = {
  /** Machine code: NOT_COMPLETED or ALREADY_RATED. */
  code: Scalars['String']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** A rating of a completed case (see `rateCase`). */
export type RateCaseInput = {
  /** The case's `id`. */
  caseId: Scalars['ID']['input'];
  /** An optional comment, at most 2000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  rating: Scalars['Int']['input'];
};

/** Only a COMPLETED case can be rated. */
export type RateCaseNotCompleted = RateCaseError & {
  __typename?: 'RateCaseNotCompleted';
  /** NOT_COMPLETED */
  code: Scalars['String']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
  /** The case's status now. */
  status: CaseStatus;
};

/** The result of `rateCase`. */
export type RateCasePayload = {
  __typename?: 'RateCasePayload';
  /** The case with its feedback; null when there are errors. */
  case?: Maybe<Case>;
  /** Empty on success. */
  errors: Array<RateCaseError>;
};

/** Why `recordServiceDeliveries` wrote nothing. */
export type RecordServiceDeliveriesError = {
  /** Machine code: SERVICE_NOT_AVAILABLE. */
  code: Scalars['String']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** A batch of delivered services (see `recordServiceDeliveries`). */
export type RecordServiceDeliveriesInput = {
  /** 1–1000 deliveries. */
  deliveries: Array<ServiceDeliveryInput>;
  /** See `RegisterCaseInput.idempotencyKey`. */
  idempotencyKey: Scalars['String']['input'];
};

/** The result of `recordServiceDeliveries`. */
export type RecordServiceDeliveriesPayload = {
  __typename?: 'RecordServiceDeliveriesPayload';
  /** References in the input that the institution had recorded before; skipped. */
  alreadyRecorded: Array<Scalars['String']['output']>;
  /** Empty on success; otherwise nothing was written. */
  errors: Array<RecordServiceDeliveriesError>;
  /** How many deliveries this call recorded; 0 when there are errors. */
  recorded: Scalars['Int']['output'];
};

/** One delivery's service may not be recorded by this institution (see `RegisterCaseServiceNotAvailable`). */
export type RecordServiceDeliveriesServiceNotAvailable = RecordServiceDeliveriesError & {
  __typename?: 'RecordServiceDeliveriesServiceNotAvailable';
  /** SERVICE_NOT_AVAILABLE */
  code: Scalars['String']['output'];
  /** The delivery's position in `input.deliveries` (0-based). */
  index: Scalars['Int']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
  /** Why it is not available to this institution. */
  reason: ServiceNotAvailableReason;
  /** The service code given. */
  serviceCode: Scalars['String']['output'];
};

/** The institution already has a case with this reference (registered with another idempotency key). Nothing was written. */
export type RegisterCaseDuplicateReference = RegisterCaseError & {
  __typename?: 'RegisterCaseDuplicateReference';
  /** DUPLICATE_REFERENCE */
  code: Scalars['String']['output'];
  /** The id of the case that has the reference. */
  existingCaseId: Scalars['ID']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** Why `registerCase` did not register the case. */
export type RegisterCaseError = {
  /** Machine code: DUPLICATE_REFERENCE or SERVICE_NOT_AVAILABLE. */
  code: Scalars['String']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** A case an institution registers (see `registerCase`). */
export type RegisterCaseInput = {
  /** Where the client applied. */
  applicationChannel: CaseChannel;
  /** The client the case is for. */
  client: ClientIdentifierInput;
  /** Where the result will be delivered, if known. */
  deliveryChannel?: InputMaybe<CaseChannel>;
  /** A due date set by the institution for this case; overrides the one computed from `processingTime`. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The institution's own status, multilingual (Latvian required). */
  extendedStatus?: InputMaybe<Array<CaseTextInput>>;
  /**
   * Any string of 1–100 characters from A–Z a–z 0–9 . _ : - that the institution never reuses for a different
   * request, e.g. a UUID. Kept for at least 30 days.
   */
  idempotencyKey: Scalars['String']['input'];
  /** A note for the first timeline event, multilingual (Latvian required). */
  note?: InputMaybe<Array<CaseTextInput>>;
  /** Whether days and weeks of `processingTime` are Latvian working days (default true), as `Service.processingDaysAreWorkingDays`. */
  processingDaysAreWorkingDays?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * The service's processing time as an ISO 8601 duration: "PT4H" (hours), "P10D" (days), "P2W" (weeks), "P1M"
   * (months), "P1Y" (years); at most 9999 units. Send the processing time of the service card (`Service.processingTime`) or the one that applies to this
   * case. The due date counts from the day after submission (Latvian time); a term that ends on a day off ends on the
   * next working day. Omit when the service has no processing time.
   */
  processingTime?: InputMaybe<Scalars['String']['input']>;
  /** Progress 0–100. */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** The institution's own reference, 1–100 characters, unique within the institution, e.g. "PMLP-2026/004211". */
  reference: Scalars['String']['input'];
  /**
   * Where the client is served: the Latvian municipality or region as the institution names it, e.g. "Rīga", "Cēsu
   * novads"; 1–100 characters. Counted in the statistics' breakdown by region; leave it out when it does not apply
   * (an e-service).
   */
  region?: InputMaybe<Scalars['String']['input']>;
  /** The person who applied for the client, if someone did. */
  representative?: InputMaybe<ClientIdentifierInput>;
  /** Code of the service applied for, as in the service catalogue, e.g. "PMLP-PASE". */
  serviceCode: Scalars['String']['input'];
  /** The status to start in: SUBMITTED (default), REGISTERED or IN_PROGRESS. */
  status?: InputMaybe<CaseStatus>;
  /** When the client submitted the application; not in the future. */
  submittedAt: Scalars['DateTime']['input'];
};

/** The result of `registerCase`. */
export type RegisterCasePayload = {
  __typename?: 'RegisterCasePayload';
  /** The registered case; null when there are errors. */
  case?: Maybe<Case>;
  /** Empty on success. */
  errors: Array<RegisterCaseError>;
};

/**
 * The service may not be registered by this institution; `reason` says why. Nothing was written, and the service's
 * statistics are unchanged.
 */
export type RegisterCaseServiceNotAvailable = RegisterCaseError & {
  __typename?: 'RegisterCaseServiceNotAvailable';
  /** SERVICE_NOT_AVAILABLE */
  code: Scalars['String']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
  /** Why it is not available to this institution. */
  reason: ServiceNotAvailableReason;
  /** The service code given. */
  serviceCode: Scalars['String']['output'];
};

/** A channel KPI value to report. */
export type ReportChannelKpiInput = {
  /** The channel the KPI is set for: WEB, PHONE, a case channel for SATISFACTION, ALL for registrations. */
  channel: Scalars['String']['input'];
  /** The institution the value is for; institutions leave it out (their own), operators give it. */
  institutionCode?: InputMaybe<Scalars['String']['input']>;
  /** Which KPI. */
  kpi: ChannelKpiKind;
  /** The month, "YYYY-MM". */
  month: Scalars['String']['input'];
  /** Where it comes from, 1–200 characters, e.g. "Tālruņa centrāles atskaite 2026-10". */
  source: Scalars['String']['input'];
  /** The value in the KPI's unit. */
  value: Scalars['Float']['input'];
};

/** The report was refused; nothing was stored. `code` is BAD_USER_INPUT. */
export type ReportIndicatorInvalid = {
  __typename?: 'ReportIndicatorInvalid';
  /** BAD_USER_INPUT. */
  code: Scalars['String']['output'];
  /** What is wrong, for a person to act on. */
  message: Scalars['String']['output'];
  /** The input field, e.g. "value", "channel". */
  path: Scalars['String']['output'];
};

/** The result of reporting a value. */
export type ReportIndicatorPayload = {
  __typename?: 'ReportIndicatorPayload';
  /** Why nothing was stored; empty on success. */
  errors: Array<ReportIndicatorInvalid>;
  /** The value as stored; null when there are errors. */
  reported?: Maybe<ReportedValue>;
};

/** A service's unit cost to report. */
export type ReportServiceUnitCostInput = {
  /** The service's code. */
  serviceCode: Scalars['String']['input'];
  /** Where it comes from, 1–200 characters, e.g. "Izmaksu aprēķins 2026, VSAA grāmatvedība". */
  source: Scalars['String']['input'];
  /** Euros per delivery, at least 0. */
  unitCost: Scalars['Float']['input'];
  /** The year, 2000–2100. */
  year: Scalars['Int']['input'];
};

/** A value an institution reported, with its provenance. */
export type ReportedValue = {
  __typename?: 'ReportedValue';
  /** The period it is for: "YYYY-MM" or "YYYY". */
  period: Scalars['String']['output'];
  /** When it was reported. */
  reportedAt: Scalars['DateTime']['output'];
  /** Who reported it: "institution:VSAA", "operator:ops". */
  reportedBy: Scalars['String']['output'];
  /** Where the value comes from, as the institution stated it. */
  source: Scalars['String']['output'];
  /** The value. */
  value: Scalars['Float']['output'];
};

/** A public service; the cases subgraph adds its case statistics. */
export type Service = {
  __typename?: 'Service';
  /**
   * Aggregate figures of the service's cases submitted in the Latvian calendar months that overlap [`from`, `to`):
   * they are read from monthly roll-ups kept with every case change, so the period widens to whole months (`from` and
   * `to` of the answer say which). Public: counts and times only, nothing about any client. Defaults: `to` now, `from`
   * 365 days before `to`; the span may be at most 10 years. Processing times are in Latvian working days. Statistics
   * for a whole page of services cost the same two statements as for one.
   */
  caseStatistics?: Maybe<CaseStatistics>;
  /** Stable service code, the key this subgraph knows services by. */
  code: Scalars['String']['output'];
  /**
   * What delivering the service once cost in a year, as its holder reported it (`reportServiceUnitCost`), with the
   * year's cases and their cost in all; null when the holder reported none for the year. Public.
   */
  unitCost?: Maybe<ServiceUnitCost>;
};


/** A public service; the cases subgraph adds its case statistics. */
export type ServiceCaseStatisticsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A public service; the cases subgraph adds its case statistics. */
export type ServiceUnitCostArgs = {
  year: Scalars['Int']['input'];
};

/** One delivered service, for `recordServiceDeliveries`. */
export type ServiceDeliveryInput = {
  /** Where the client asked for it. */
  channel: CaseChannel;
  /** The client it was delivered to. */
  client: ClientIdentifierInput;
  /** When it was delivered; not in the future. */
  deliveredAt: Scalars['DateTime']['input'];
  /** Where it was delivered, when different from `channel`. */
  deliveryChannel?: InputMaybe<CaseChannel>;
  /** The institution's own reference for the delivery, 1–100 characters, unique within the institution. */
  reference: Scalars['String']['input'];
  /** The person who received it for the client, if any. */
  representative?: InputMaybe<ClientIdentifierInput>;
  /** Code of the service delivered. */
  serviceCode: Scalars['String']['input'];
};

/** Why an institution may not register cases of a service. */
export type ServiceNotAvailableReason =
  /** The catalogue has archived the service. */
  | 'ARCHIVED'
  /** The institution neither holds the service nor has been named by its holder to provide it. */
  | 'NOT_PROVIDER'
  /** The catalogue has published no service with this code (a draft that was never published included). */
  | 'UNKNOWN';

/** A service's unit cost in a year and what its cases cost in all. */
export type ServiceUnitCost = {
  __typename?: 'ServiceUnitCost';
  /** Cases of the service submitted in the year (from the monthly roll-ups). */
  cases: Scalars['Int']['output'];
  /** unitCost × cases, in euros. */
  totalCost: Scalars['Float']['output'];
  /** The cost of delivering the service once, in euros, with its provenance. */
  unitCost: ReportedValue;
  /** The year. */
  year: Scalars['Int']['output'];
};

/** One day of the working-day calendar (see `setCalendarDay`). */
export type SetCalendarDayInput = {
  /** The day, e.g. "2027-05-08". */
  date: Scalars['Date']['input'];
  /** What the day is. */
  kind: CalendarDayKind;
  /** Where this comes from, e.g. "MK rīkojums Nr. 332 (30.04.2024)"; 1–200 characters; required unless DEFAULT. */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `setCalendarDay`. */
export type SetCalendarDayPayload = {
  __typename?: 'SetCalendarDayPayload';
  /** The day. */
  date: Scalars['Date']['output'];
  /** Whether cases count it as a working day now. */
  working: Scalars['Boolean']['output'];
};

/** A complaint about a case (see `submitCaseComplaint`). */
export type SubmitCaseComplaintInput = {
  /** The case's `id`. */
  caseId: Scalars['ID']['input'];
  /** See `RegisterCaseInput.idempotencyKey`; scoped to the client. */
  idempotencyKey: Scalars['String']['input'];
  /** BCP 47 language of `text`; defaults to "lv". */
  language?: InputMaybe<Scalars['String']['input']>;
  /** The complaint, 1–2000 characters, in the client's language. */
  text: Scalars['String']['input'];
};

/** The result of `submitCaseComplaint`. */
export type SubmitCaseComplaintPayload = {
  __typename?: 'SubmitCaseComplaintPayload';
  /** The case, with the complaint on its timeline. */
  case: Case;
};

/** Live updates. */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The events the caller may see in the `events` feed, as they happen: for a portal, a person's own case and consent
   * changes without polling. Over Server-Sent Events through the gateway (POST /graphql with
   * `Accept: text/event-stream`, the GraphQL over SSE "distinct connections" mode). The same rule as the feed decides
   * who receives which event, checked when the stream starts; a stream ends after 15 minutes (reconnect to go on, with
   * a fresh token), and carries only events that happen while it is open (read what was missed from `events`).
   * Anonymous callers get UNAUTHENTICATED. `types` as in the feed (at most 20).
   */
  events?: Maybe<CloudEvent>;
};


/** Live updates. */
export type SubscriptionEventsArgs = {
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The case changed since the caller read it: read it again (`case(id:)`) and decide anew. Nothing was written. */
export type UpdateCaseStatusConflict = UpdateCaseStatusError & {
  __typename?: 'UpdateCaseStatusConflict';
  /** CONFLICT */
  code: Scalars['String']['output'];
  /** The case's version now. */
  currentVersion: Scalars['Int']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** Why `updateCaseStatus` did not change the case. */
export type UpdateCaseStatusError = {
  /** Machine code: CONFLICT or ILLEGAL_TRANSITION. */
  code: Scalars['String']['output'];
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
};

/** The state machine does not allow this move. Nothing was written. */
export type UpdateCaseStatusIllegalTransition = UpdateCaseStatusError & {
  __typename?: 'UpdateCaseStatusIllegalTransition';
  /** The statuses the case may move to from `from`; empty for a closed case. */
  allowedNext: Array<CaseStatus>;
  /** ILLEGAL_TRANSITION */
  code: Scalars['String']['output'];
  /** The case's status now. */
  from: CaseStatus;
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
  /** The status asked for. */
  to: CaseStatus;
};

/** A status change of one case (see `updateCaseStatus`). */
export type UpdateCaseStatusInput = {
  /** When it changed in the institution's system; defaults to now; not in the future, not before submission. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The case's `id`. */
  caseId: Scalars['ID']['input'];
  /** The decision: only with DECIDED, COMPLETED or REJECTED (REJECTED implies REFUSED when omitted). */
  decision?: InputMaybe<CaseDecision>;
  /** Where the result is delivered, if now known. */
  deliveryChannel?: InputMaybe<CaseChannel>;
  /** The case's `version` as the institution last read it. */
  expectedVersion: Scalars['Int']['input'];
  /** The institution's own status, multilingual (Latvian required); replaces the previous one. */
  extendedStatus?: InputMaybe<Array<CaseTextInput>>;
  /** See `RegisterCaseInput.idempotencyKey`. */
  idempotencyKey: Scalars['String']['input'];
  /** A note for the timeline, multilingual (Latvian required). */
  note?: InputMaybe<Array<CaseTextInput>>;
  /** Progress 0–100. */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** What the client receives, multilingual (Latvian required); only with DECIDED, COMPLETED or REJECTED. */
  result?: InputMaybe<Array<CaseTextInput>>;
  /** The new normalized status. */
  status: CaseStatus;
};

/** The result of `updateCaseStatus`: the case when it changed, else `errors`. */
export type UpdateCaseStatusPayload = {
  __typename?: 'UpdateCaseStatusPayload';
  /** The case after the change; null when there are errors. */
  case?: Maybe<Case>;
  /** Empty on success. */
  errors: Array<UpdateCaseStatusError>;
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
  Case: Case;
  Client: Client;
  LifeSituationIndicator: LifeSituationIndicator;
  Service: Service;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Case:
    ( { __typename: 'Case' }
    & GraphQLRecursivePick<FederationTypes['Case'], {"id":true}> );
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}> );
  LifeSituationIndicator:
    ( { __typename: 'LifeSituationIndicator' }
    & GraphQLRecursivePick<FederationTypes['LifeSituationIndicator'], {"lifeSituationCode":true,"code":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['LifeSituationIndicator'], {"measure":{"kind":true,"serviceCodes":true,"workingDays":true}}> ) );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"code":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  AddCaseEventError: ( AddCaseEventConflict );
  RateCaseError:
    | ( RateCaseAlreadyRated )
    | ( RateCaseNotCompleted )
  ;
  RecordServiceDeliveriesError: ( RecordServiceDeliveriesServiceNotAvailable );
  RegisterCaseError:
    | ( RegisterCaseDuplicateReference )
    | ( RegisterCaseServiceNotAvailable )
  ;
  UpdateCaseStatusError:
    | ( UpdateCaseStatusConflict )
    | ( UpdateCaseStatusIllegalTransition )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessActorKind: AccessActorKind;
  AccessEvent: ResolverTypeWrapper<AccessLogRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddCaseEventConflict: ResolverTypeWrapper<AddCaseEventConflict>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AddCaseEventError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AddCaseEventError']>;
  AddCaseEventInput: AddCaseEventInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddCaseEventPayload: ResolverTypeWrapper<Omit<AddCaseEventPayload, 'case' | 'errors' | 'event'> & { case?: Maybe<ResolversTypes['Case']>, errors: Array<ResolversTypes['AddCaseEventError']>, event?: Maybe<ResolversTypes['CaseEvent']> }>;
  CalendarDayKind: CalendarDayKind;
  Case: ResolverTypeWrapper<CaseRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CaseActorKind: CaseActorKind;
  CaseChannel: CaseChannel;
  CaseChannelCount: ResolverTypeWrapper<ChannelFigures>;
  CaseClientKind: CaseClientKind;
  CaseClientKindCount: ResolverTypeWrapper<ClientKindFigures>;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseEdge']>, nodes: Array<ResolversTypes['Case']> }>;
  CaseDecision: CaseDecision;
  CaseEdge: ResolverTypeWrapper<Omit<CaseEdge, 'node'> & { node: ResolversTypes['Case'] }>;
  CaseEvent: ResolverTypeWrapper<CaseEventRow>;
  CaseEventConnection: ResolverTypeWrapper<Omit<CaseEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CaseEventEdge']>, nodes: Array<ResolversTypes['CaseEvent']> }>;
  CaseEventEdge: ResolverTypeWrapper<Omit<CaseEventEdge, 'node'> & { node: ResolversTypes['CaseEvent'] }>;
  CaseEventInputType: CaseEventInputType;
  CaseEventType: CaseEventType;
  CaseFeedback: ResolverTypeWrapper<CaseFeedback>;
  CaseFigures: ResolverTypeWrapper<Figures>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CaseFilter: CaseFilter;
  CaseKind: CaseKind;
  CasePeriodCount: ResolverTypeWrapper<PeriodFigures>;
  CaseRegionCount: ResolverTypeWrapper<RegionFigures>;
  CaseReport: ResolverTypeWrapper<CaseReportData>;
  CaseReportDimension: CaseReportDimension;
  CaseReportRow: ResolverTypeWrapper<CaseReportRowData>;
  CaseServiceProjection: ResolverTypeWrapper<CaseServiceProjection>;
  CaseStatistics: ResolverTypeWrapper<ServiceStatistics>;
  CaseStatus: CaseStatus;
  CaseStatusChange: ResolverTypeWrapper<CaseEventRow>;
  CaseStatusCount: ResolverTypeWrapper<CaseStatusCount>;
  CaseStepTime: ResolverTypeWrapper<CaseStepTime>;
  CaseTextInput: CaseTextInput;
  ChannelKpi: ResolverTypeWrapper<ChannelKpi>;
  ChannelKpiKind: ChannelKpiKind;
  Client: ResolverTypeWrapper<ClientRef>;
  ClientIdentifierInput: ClientIdentifierInput;
  CloudEvent: ResolverTypeWrapper<EventEnvelope>;
  CloudEventConnection: ResolverTypeWrapper<Omit<CloudEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CloudEventEdge']>, nodes: Array<ResolversTypes['CloudEvent']> }>;
  CloudEventEdge: ResolverTypeWrapper<Omit<CloudEventEdge, 'node'> & { node: ResolversTypes['CloudEvent'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  IndicatorMeasure: ResolverTypeWrapper<IndicatorMeasure>;
  IndicatorMeasureKind: IndicatorMeasureKind;
  IndicatorMonthValue: ResolverTypeWrapper<IndicatorMonthValue>;
  InstitutionCaseFilter: InstitutionCaseFilter;
  LifeSituationIndicator: ResolverTypeWrapper<LifeSituationIndicator>;
  LocalizedString: ResolverTypeWrapper<LocalizedString>;
  MeasuredKpiValue: ResolverTypeWrapper<MeasuredKpiValue>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateCaseAlreadyRated: ResolverTypeWrapper<RateCaseAlreadyRated>;
  RateCaseError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RateCaseError']>;
  RateCaseInput: RateCaseInput;
  RateCaseNotCompleted: ResolverTypeWrapper<RateCaseNotCompleted>;
  RateCasePayload: ResolverTypeWrapper<Omit<RateCasePayload, 'case' | 'errors'> & { case?: Maybe<ResolversTypes['Case']>, errors: Array<ResolversTypes['RateCaseError']> }>;
  RecordServiceDeliveriesError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RecordServiceDeliveriesError']>;
  RecordServiceDeliveriesInput: RecordServiceDeliveriesInput;
  RecordServiceDeliveriesPayload: ResolverTypeWrapper<Omit<RecordServiceDeliveriesPayload, 'errors'> & { errors: Array<ResolversTypes['RecordServiceDeliveriesError']> }>;
  RecordServiceDeliveriesServiceNotAvailable: ResolverTypeWrapper<RecordServiceDeliveriesServiceNotAvailable>;
  RegisterCaseDuplicateReference: ResolverTypeWrapper<RegisterCaseDuplicateReference>;
  RegisterCaseError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['RegisterCaseError']>;
  RegisterCaseInput: RegisterCaseInput;
  RegisterCasePayload: ResolverTypeWrapper<Omit<RegisterCasePayload, 'case' | 'errors'> & { case?: Maybe<ResolversTypes['Case']>, errors: Array<ResolversTypes['RegisterCaseError']> }>;
  RegisterCaseServiceNotAvailable: ResolverTypeWrapper<RegisterCaseServiceNotAvailable>;
  ReportChannelKpiInput: ReportChannelKpiInput;
  ReportIndicatorInvalid: ResolverTypeWrapper<ReportIndicatorInvalid>;
  ReportIndicatorPayload: ResolverTypeWrapper<ReportIndicatorPayload>;
  ReportServiceUnitCostInput: ReportServiceUnitCostInput;
  ReportedValue: ResolverTypeWrapper<ReportedValue>;
  Service: ResolverTypeWrapper<ServiceRef>;
  ServiceDeliveryInput: ServiceDeliveryInput;
  ServiceNotAvailableReason: ServiceNotAvailableReason;
  ServiceUnitCost: ResolverTypeWrapper<ServiceUnitCost>;
  SetCalendarDayInput: SetCalendarDayInput;
  SetCalendarDayPayload: ResolverTypeWrapper<SetCalendarDayPayload>;
  SubmitCaseComplaintInput: SubmitCaseComplaintInput;
  SubmitCaseComplaintPayload: ResolverTypeWrapper<Omit<SubmitCaseComplaintPayload, 'case'> & { case: ResolversTypes['Case'] }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateCaseStatusConflict: ResolverTypeWrapper<UpdateCaseStatusConflict>;
  UpdateCaseStatusError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['UpdateCaseStatusError']>;
  UpdateCaseStatusIllegalTransition: ResolverTypeWrapper<UpdateCaseStatusIllegalTransition>;
  UpdateCaseStatusInput: UpdateCaseStatusInput;
  UpdateCaseStatusPayload: ResolverTypeWrapper<Omit<UpdateCaseStatusPayload, 'case' | 'errors'> & { case?: Maybe<ResolversTypes['Case']>, errors: Array<ResolversTypes['UpdateCaseStatusError']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessEvent: AccessLogRow;
  String: Scalars['String']['output'];
  AddCaseEventConflict: AddCaseEventConflict;
  Int: Scalars['Int']['output'];
  AddCaseEventError: ResolversInterfaceTypes<ResolversParentTypes>['AddCaseEventError'];
  AddCaseEventInput: AddCaseEventInput;
  ID: Scalars['ID']['output'];
  AddCaseEventPayload: Omit<AddCaseEventPayload, 'case' | 'errors' | 'event'> & { case?: Maybe<ResolversParentTypes['Case']>, errors: Array<ResolversParentTypes['AddCaseEventError']>, event?: Maybe<ResolversParentTypes['CaseEvent']> };
  Case: CaseRow;
  Boolean: Scalars['Boolean']['output'];
  CaseChannelCount: ChannelFigures;
  CaseClientKindCount: ClientKindFigures;
  CaseConnection: Omit<CaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseEdge']>, nodes: Array<ResolversParentTypes['Case']> };
  CaseEdge: Omit<CaseEdge, 'node'> & { node: ResolversParentTypes['Case'] };
  CaseEvent: CaseEventRow;
  CaseEventConnection: Omit<CaseEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CaseEventEdge']>, nodes: Array<ResolversParentTypes['CaseEvent']> };
  CaseEventEdge: Omit<CaseEventEdge, 'node'> & { node: ResolversParentTypes['CaseEvent'] };
  CaseFeedback: CaseFeedback;
  CaseFigures: Figures;
  Float: Scalars['Float']['output'];
  CaseFilter: CaseFilter;
  CasePeriodCount: PeriodFigures;
  CaseRegionCount: RegionFigures;
  CaseReport: CaseReportData;
  CaseReportRow: CaseReportRowData;
  CaseServiceProjection: CaseServiceProjection;
  CaseStatistics: ServiceStatistics;
  CaseStatusChange: CaseEventRow;
  CaseStatusCount: CaseStatusCount;
  CaseStepTime: CaseStepTime;
  CaseTextInput: CaseTextInput;
  ChannelKpi: ChannelKpi;
  Client: ClientRef;
  ClientIdentifierInput: ClientIdentifierInput;
  CloudEvent: EventEnvelope;
  CloudEventConnection: Omit<CloudEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CloudEventEdge']>, nodes: Array<ResolversParentTypes['CloudEvent']> };
  CloudEventEdge: Omit<CloudEventEdge, 'node'> & { node: ResolversParentTypes['CloudEvent'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  IndicatorMeasure: IndicatorMeasure;
  IndicatorMonthValue: IndicatorMonthValue;
  InstitutionCaseFilter: InstitutionCaseFilter;
  LifeSituationIndicator: LifeSituationIndicator | FederationReferenceTypes['LifeSituationIndicator'];
  LocalizedString: LocalizedString;
  MeasuredKpiValue: MeasuredKpiValue;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RateCaseAlreadyRated: RateCaseAlreadyRated;
  RateCaseError: ResolversInterfaceTypes<ResolversParentTypes>['RateCaseError'];
  RateCaseInput: RateCaseInput;
  RateCaseNotCompleted: RateCaseNotCompleted;
  RateCasePayload: Omit<RateCasePayload, 'case' | 'errors'> & { case?: Maybe<ResolversParentTypes['Case']>, errors: Array<ResolversParentTypes['RateCaseError']> };
  RecordServiceDeliveriesError: ResolversInterfaceTypes<ResolversParentTypes>['RecordServiceDeliveriesError'];
  RecordServiceDeliveriesInput: RecordServiceDeliveriesInput;
  RecordServiceDeliveriesPayload: Omit<RecordServiceDeliveriesPayload, 'errors'> & { errors: Array<ResolversParentTypes['RecordServiceDeliveriesError']> };
  RecordServiceDeliveriesServiceNotAvailable: RecordServiceDeliveriesServiceNotAvailable;
  RegisterCaseDuplicateReference: RegisterCaseDuplicateReference;
  RegisterCaseError: ResolversInterfaceTypes<ResolversParentTypes>['RegisterCaseError'];
  RegisterCaseInput: RegisterCaseInput;
  RegisterCasePayload: Omit<RegisterCasePayload, 'case' | 'errors'> & { case?: Maybe<ResolversParentTypes['Case']>, errors: Array<ResolversParentTypes['RegisterCaseError']> };
  RegisterCaseServiceNotAvailable: RegisterCaseServiceNotAvailable;
  ReportChannelKpiInput: ReportChannelKpiInput;
  ReportIndicatorInvalid: ReportIndicatorInvalid;
  ReportIndicatorPayload: ReportIndicatorPayload;
  ReportServiceUnitCostInput: ReportServiceUnitCostInput;
  ReportedValue: ReportedValue;
  Service: ServiceRef;
  ServiceDeliveryInput: ServiceDeliveryInput;
  ServiceUnitCost: ServiceUnitCost;
  SetCalendarDayInput: SetCalendarDayInput;
  SetCalendarDayPayload: SetCalendarDayPayload;
  SubmitCaseComplaintInput: SubmitCaseComplaintInput;
  SubmitCaseComplaintPayload: Omit<SubmitCaseComplaintPayload, 'case'> & { case: ResolversParentTypes['Case'] };
  Subscription: Record<PropertyKey, never>;
  UpdateCaseStatusConflict: UpdateCaseStatusConflict;
  UpdateCaseStatusError: ResolversInterfaceTypes<ResolversParentTypes>['UpdateCaseStatusError'];
  UpdateCaseStatusIllegalTransition: UpdateCaseStatusIllegalTransition;
  UpdateCaseStatusInput: UpdateCaseStatusInput;
  UpdateCaseStatusPayload: Omit<UpdateCaseStatusPayload, 'case' | 'errors'> & { case?: Maybe<ResolversParentTypes['Case']>, errors: Array<ResolversParentTypes['UpdateCaseStatusError']> };
}>;

export type AccessEventResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['AccessEvent'] = ResolversParentTypes['AccessEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['AccessActorKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AddCaseEventConflictResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['AddCaseEventConflict'] = ResolversParentTypes['AddCaseEventConflict']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AddCaseEventErrorResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['AddCaseEventError'] = ResolversParentTypes['AddCaseEventError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AddCaseEventConflict', ParentType, ContextType>;
}>;

export type AddCaseEventPayloadResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['AddCaseEventPayload'] = ResolversParentTypes['AddCaseEventPayload']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['AddCaseEventError']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['CaseEvent']>, ParentType, ContextType>;
}>;

export type CaseResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case'], FederationReferenceType extends FederationReferenceTypes['Case'] = FederationReferenceTypes['Case']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Case']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowedNextStatuses?: Resolver<Array<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
  applicationChannel?: Resolver<ResolversTypes['CaseChannel'], ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  complaintCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['CaseDecision']>, ParentType, ContextType>;
  deliveryChannel?: Resolver<Maybe<ResolversTypes['CaseChannel']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  extendedStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<CaseExtendedStatusArgs>>;
  feedback?: Resolver<Maybe<ResolversTypes['CaseFeedback']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institutionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CaseKind'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  processingDaysAreWorkingDays?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  processingTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  representative?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<CaseResultArgs>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  serviceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['CaseStatusChange']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['CaseEventConnection'], ParentType, ContextType, Partial<CaseTimelineArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseChannelCountResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseChannelCount'] = ResolversParentTypes['CaseChannelCount']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['CaseChannel'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['CaseFigures'], ParentType, ContextType>;
}>;

export type CaseClientKindCountResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseClientKindCount'] = ResolversParentTypes['CaseClientKindCount']> = ResolversObject<{
  clientKind?: Resolver<ResolversTypes['CaseClientKind'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['CaseFigures'], ParentType, ContextType>;
}>;

export type CaseConnectionResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseEdgeResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseEdge'] = ResolversParentTypes['CaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
}>;

export type CaseEventResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseEvent'] = ResolversParentTypes['CaseEvent']> = ResolversObject<{
  actorKind?: Resolver<ResolversTypes['CaseActorKind'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institutionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<CaseEventNoteArgs>>;
  noteTranslations?: Resolver<Array<ResolversTypes['LocalizedString']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CaseEventType'], ParentType, ContextType>;
}>;

export type CaseEventConnectionResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseEventConnection'] = ResolversParentTypes['CaseEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CaseEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CaseEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseEventEdgeResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseEventEdge'] = ResolversParentTypes['CaseEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CaseEvent'], ParentType, ContextType>;
}>;

export type CaseFeedbackResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseFeedback'] = ResolversParentTypes['CaseFeedback']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseFiguresResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseFigures'] = ResolversParentTypes['CaseFigures']> = ResolversObject<{
  averageProcessingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  complaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedOnTimeShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  satisfiedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CasePeriodCountResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CasePeriodCount'] = ResolversParentTypes['CasePeriodCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['CaseFigures'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CaseRegionCountResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseRegionCount'] = ResolversParentTypes['CaseRegionCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['CaseFigures'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CaseReportResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseReport'] = ResolversParentTypes['CaseReport']> = ResolversObject<{
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<CaseReportCsvArgs>>;
  institutionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['CaseReportRow']>, ParentType, ContextType, Partial<CaseReportRowsArgs>>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseReportRowResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseReportRow'] = ResolversParentTypes['CaseReportRow']> = ResolversObject<{
  averageProcessingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['CaseChannel']>, ParentType, ContextType>;
  clientKind?: Resolver<Maybe<ResolversTypes['CaseClientKind']>, ParentType, ContextType>;
  complaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventOnly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  institutionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfiedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  serviceCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceNameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceNameLv?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseServiceProjectionResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseServiceProjection'] = ResolversParentTypes['CaseServiceProjection']> = ResolversObject<{
  lastChangeAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxAgeSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  syncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type CaseStatisticsResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseStatistics'] = ResolversParentTypes['CaseStatistics']> = ResolversObject<{
  averageProcessingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  byChannel?: Resolver<Array<ResolversTypes['CaseChannelCount']>, ParentType, ContextType>;
  byClientKind?: Resolver<Array<ResolversTypes['CaseClientKindCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['CasePeriodCount']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['CaseRegionCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['CaseStatusCount']>, ParentType, ContextType>;
  byStep?: Resolver<Array<ResolversTypes['CaseStepTime']>, ParentType, ContextType>;
  complaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventOnly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['CaseFigures'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  medianProcessingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  p90ProcessingDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedOnTimeShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  satisfiedShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseStatusChangeResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseStatusChange'] = ResolversParentTypes['CaseStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
}>;

export type CaseStatusCountResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseStatusCount'] = ResolversParentTypes['CaseStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
}>;

export type CaseStepTimeResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CaseStepTime'] = ResolversParentTypes['CaseStepTime']> = ResolversObject<{
  averageWorkingDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  stays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChannelKpiResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['ChannelKpi'] = ResolversParentTypes['ChannelKpi']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kpi?: Resolver<ResolversTypes['ChannelKpiKind'], ParentType, ContextType>;
  measured?: Resolver<Maybe<ResolversTypes['MeasuredKpiValue']>, ParentType, ContextType>;
  meetsTarget?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reported?: Resolver<Maybe<ResolversTypes['ReportedValue']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClientResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  caseAccessEvents?: Resolver<Maybe<Array<ResolversTypes['AccessEvent']>>, ParentType, ContextType>;
  cases?: Resolver<Maybe<ResolversTypes['CaseConnection']>, ParentType, ContextType, Partial<ClientCasesArgs>>;
  completedServiceCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CloudEventResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CloudEvent'] = ResolversParentTypes['CloudEvent']> = ResolversObject<{
  data?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataschema?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  envelope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  specversion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CloudEventConnectionResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CloudEventConnection'] = ResolversParentTypes['CloudEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CloudEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CloudEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CloudEventEdgeResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['CloudEventEdge'] = ResolversParentTypes['CloudEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CloudEvent'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IndicatorMeasureResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['IndicatorMeasure'] = ResolversParentTypes['IndicatorMeasure']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['IndicatorMeasureKind'], ParentType, ContextType>;
  serviceCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  workingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type IndicatorMonthValueResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['IndicatorMonthValue'] = ResolversParentTypes['IndicatorMonthValue']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type LifeSituationIndicatorResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['LifeSituationIndicator'] = ResolversParentTypes['LifeSituationIndicator'], FederationReferenceType extends FederationReferenceTypes['LifeSituationIndicator'] = FederationReferenceTypes['LifeSituationIndicator']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LifeSituationIndicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lifeSituationCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measuredValues?: Resolver<Maybe<Array<ResolversTypes['IndicatorMonthValue']>>, ParentType, ContextType, RequireFields<LifeSituationIndicatorMeasuredValuesArgs, 'year'>>;
}>;

export type LocalizedStringResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['LocalizedString'] = ResolversParentTypes['LocalizedString']> = ResolversObject<{
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MeasuredKpiValueResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['MeasuredKpiValue'] = ResolversParentTypes['MeasuredKpiValue']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCaseEvent?: Resolver<ResolversTypes['AddCaseEventPayload'], ParentType, ContextType, RequireFields<MutationAddCaseEventArgs, 'input'>>;
  rateCase?: Resolver<ResolversTypes['RateCasePayload'], ParentType, ContextType, RequireFields<MutationRateCaseArgs, 'input'>>;
  recordServiceDeliveries?: Resolver<ResolversTypes['RecordServiceDeliveriesPayload'], ParentType, ContextType, RequireFields<MutationRecordServiceDeliveriesArgs, 'input'>>;
  registerCase?: Resolver<ResolversTypes['RegisterCasePayload'], ParentType, ContextType, RequireFields<MutationRegisterCaseArgs, 'input'>>;
  reportChannelKpi?: Resolver<ResolversTypes['ReportIndicatorPayload'], ParentType, ContextType, RequireFields<MutationReportChannelKpiArgs, 'input'>>;
  reportServiceUnitCost?: Resolver<ResolversTypes['ReportIndicatorPayload'], ParentType, ContextType, RequireFields<MutationReportServiceUnitCostArgs, 'input'>>;
  setCalendarDay?: Resolver<ResolversTypes['SetCalendarDayPayload'], ParentType, ContextType, RequireFields<MutationSetCalendarDayArgs, 'input'>>;
  submitCaseComplaint?: Resolver<ResolversTypes['SubmitCaseComplaintPayload'], ParentType, ContextType, RequireFields<MutationSubmitCaseComplaintArgs, 'input'>>;
  syncServiceProjection?: Resolver<ResolversTypes['CaseServiceProjection'], ParentType, ContextType>;
  updateCaseStatus?: Resolver<ResolversTypes['UpdateCaseStatusPayload'], ParentType, ContextType, RequireFields<MutationUpdateCaseStatusArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  caseDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType, RequireFields<QueryCaseDueDateArgs, 'processingDaysAreWorkingDays' | 'processingTime' | 'submittedAt'>>;
  caseReport?: Resolver<Maybe<ResolversTypes['CaseReport']>, ParentType, ContextType, RequireFields<QueryCaseReportArgs, 'year'>>;
  channelKpis?: Resolver<Maybe<Array<ResolversTypes['ChannelKpi']>>, ParentType, ContextType, RequireFields<QueryChannelKpisArgs, 'month'>>;
  events?: Resolver<Maybe<ResolversTypes['CloudEventConnection']>, ParentType, ContextType, Partial<QueryEventsArgs>>;
  institutionCases?: Resolver<Maybe<ResolversTypes['CaseConnection']>, ParentType, ContextType, RequireFields<QueryInstitutionCasesArgs, 'purpose'>>;
  serviceProjection?: Resolver<Maybe<ResolversTypes['CaseServiceProjection']>, ParentType, ContextType>;
}>;

export type RateCaseAlreadyRatedResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['RateCaseAlreadyRated'] = ResolversParentTypes['RateCaseAlreadyRated']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feedback?: Resolver<ResolversTypes['CaseFeedback'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RateCaseErrorResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['RateCaseError'] = ResolversParentTypes['RateCaseError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RateCaseAlreadyRated' | 'RateCaseNotCompleted', ParentType, ContextType>;
}>;

export type RateCaseNotCompletedResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['RateCaseNotCompleted'] = ResolversParentTypes['RateCaseNotCompleted']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RateCasePayloadResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['RateCasePayload'] = ResolversParentTypes['RateCasePayload']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['RateCaseError']>, ParentType, ContextType>;
}>;

export type RecordServiceDeliveriesErrorResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['RecordServiceDeliveriesError'] = ResolversParentTypes['RecordServiceDeliveriesError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RecordServiceDeliveriesServiceNotAvailable', ParentType, ContextType>;
}>;

export type RecordServiceDeliveriesPayloadResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['RecordServiceDeliveriesPayload'] = ResolversParentTypes['RecordServiceDeliveriesPayload']> = ResolversObject<{
  alreadyRecorded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['RecordServiceDeliveriesError']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecordServiceDeliveriesServiceNotAvailableResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['RecordServiceDeliveriesServiceNotAvailable'] = ResolversParentTypes['RecordServiceDeliveriesServiceNotAvailable']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ServiceNotAvailableReason'], ParentType, ContextType>;
  serviceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegisterCaseDuplicateReferenceResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['RegisterCaseDuplicateReference'] = ResolversParentTypes['RegisterCaseDuplicateReference']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  existingCaseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegisterCaseErrorResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['RegisterCaseError'] = ResolversParentTypes['RegisterCaseError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RegisterCaseDuplicateReference' | 'RegisterCaseServiceNotAvailable', ParentType, ContextType>;
}>;

export type RegisterCasePayloadResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['RegisterCasePayload'] = ResolversParentTypes['RegisterCasePayload']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['RegisterCaseError']>, ParentType, ContextType>;
}>;

export type RegisterCaseServiceNotAvailableResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['RegisterCaseServiceNotAvailable'] = ResolversParentTypes['RegisterCaseServiceNotAvailable']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ServiceNotAvailableReason'], ParentType, ContextType>;
  serviceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReportIndicatorInvalidResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['ReportIndicatorInvalid'] = ResolversParentTypes['ReportIndicatorInvalid']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReportIndicatorPayloadResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['ReportIndicatorPayload'] = ResolversParentTypes['ReportIndicatorPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['ReportIndicatorInvalid']>, ParentType, ContextType>;
  reported?: Resolver<Maybe<ResolversTypes['ReportedValue']>, ParentType, ContextType>;
}>;

export type ReportedValueResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['ReportedValue'] = ResolversParentTypes['ReportedValue']> = ResolversObject<{
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  caseStatistics?: Resolver<Maybe<ResolversTypes['CaseStatistics']>, ParentType, ContextType, Partial<ServiceCaseStatisticsArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitCost?: Resolver<Maybe<ResolversTypes['ServiceUnitCost']>, ParentType, ContextType, RequireFields<ServiceUnitCostArgs, 'year'>>;
}>;

export type ServiceUnitCostResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['ServiceUnitCost'] = ResolversParentTypes['ServiceUnitCost']> = ResolversObject<{
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitCost?: Resolver<ResolversTypes['ReportedValue'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SetCalendarDayPayloadResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['SetCalendarDayPayload'] = ResolversParentTypes['SetCalendarDayPayload']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  working?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SubmitCaseComplaintPayloadResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['SubmitCaseComplaintPayload'] = ResolversParentTypes['SubmitCaseComplaintPayload']> = ResolversObject<{
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  events?: SubscriptionResolver<Maybe<ResolversTypes['CloudEvent']>, "events", ParentType, ContextType, Partial<SubscriptionEventsArgs>>;
}>;

export type UpdateCaseStatusConflictResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['UpdateCaseStatusConflict'] = ResolversParentTypes['UpdateCaseStatusConflict']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UpdateCaseStatusErrorResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['UpdateCaseStatusError'] = ResolversParentTypes['UpdateCaseStatusError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'UpdateCaseStatusConflict' | 'UpdateCaseStatusIllegalTransition', ParentType, ContextType>;
}>;

export type UpdateCaseStatusIllegalTransitionResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['UpdateCaseStatusIllegalTransition'] = ResolversParentTypes['UpdateCaseStatusIllegalTransition']> = ResolversObject<{
  allowedNext?: Resolver<Array<ResolversTypes['CaseStatus']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UpdateCaseStatusPayloadResolvers<ContextType = CasesContext, ParentType extends ResolversParentTypes['UpdateCaseStatusPayload'] = ResolversParentTypes['UpdateCaseStatusPayload']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UpdateCaseStatusError']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CasesContext> = ResolversObject<{
  AccessEvent?: AccessEventResolvers<ContextType>;
  AddCaseEventConflict?: AddCaseEventConflictResolvers<ContextType>;
  AddCaseEventError?: AddCaseEventErrorResolvers<ContextType>;
  AddCaseEventPayload?: AddCaseEventPayloadResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseChannelCount?: CaseChannelCountResolvers<ContextType>;
  CaseClientKindCount?: CaseClientKindCountResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  CaseEventConnection?: CaseEventConnectionResolvers<ContextType>;
  CaseEventEdge?: CaseEventEdgeResolvers<ContextType>;
  CaseFeedback?: CaseFeedbackResolvers<ContextType>;
  CaseFigures?: CaseFiguresResolvers<ContextType>;
  CasePeriodCount?: CasePeriodCountResolvers<ContextType>;
  CaseRegionCount?: CaseRegionCountResolvers<ContextType>;
  CaseReport?: CaseReportResolvers<ContextType>;
  CaseReportRow?: CaseReportRowResolvers<ContextType>;
  CaseServiceProjection?: CaseServiceProjectionResolvers<ContextType>;
  CaseStatistics?: CaseStatisticsResolvers<ContextType>;
  CaseStatusChange?: CaseStatusChangeResolvers<ContextType>;
  CaseStatusCount?: CaseStatusCountResolvers<ContextType>;
  CaseStepTime?: CaseStepTimeResolvers<ContextType>;
  ChannelKpi?: ChannelKpiResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  CloudEvent?: CloudEventResolvers<ContextType>;
  CloudEventConnection?: CloudEventConnectionResolvers<ContextType>;
  CloudEventEdge?: CloudEventEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  IndicatorMeasure?: IndicatorMeasureResolvers<ContextType>;
  IndicatorMonthValue?: IndicatorMonthValueResolvers<ContextType>;
  LifeSituationIndicator?: LifeSituationIndicatorResolvers<ContextType>;
  LocalizedString?: LocalizedStringResolvers<ContextType>;
  MeasuredKpiValue?: MeasuredKpiValueResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateCaseAlreadyRated?: RateCaseAlreadyRatedResolvers<ContextType>;
  RateCaseError?: RateCaseErrorResolvers<ContextType>;
  RateCaseNotCompleted?: RateCaseNotCompletedResolvers<ContextType>;
  RateCasePayload?: RateCasePayloadResolvers<ContextType>;
  RecordServiceDeliveriesError?: RecordServiceDeliveriesErrorResolvers<ContextType>;
  RecordServiceDeliveriesPayload?: RecordServiceDeliveriesPayloadResolvers<ContextType>;
  RecordServiceDeliveriesServiceNotAvailable?: RecordServiceDeliveriesServiceNotAvailableResolvers<ContextType>;
  RegisterCaseDuplicateReference?: RegisterCaseDuplicateReferenceResolvers<ContextType>;
  RegisterCaseError?: RegisterCaseErrorResolvers<ContextType>;
  RegisterCasePayload?: RegisterCasePayloadResolvers<ContextType>;
  RegisterCaseServiceNotAvailable?: RegisterCaseServiceNotAvailableResolvers<ContextType>;
  ReportIndicatorInvalid?: ReportIndicatorInvalidResolvers<ContextType>;
  ReportIndicatorPayload?: ReportIndicatorPayloadResolvers<ContextType>;
  ReportedValue?: ReportedValueResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceUnitCost?: ServiceUnitCostResolvers<ContextType>;
  SetCalendarDayPayload?: SetCalendarDayPayloadResolvers<ContextType>;
  SubmitCaseComplaintPayload?: SubmitCaseComplaintPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UpdateCaseStatusConflict?: UpdateCaseStatusConflictResolvers<ContextType>;
  UpdateCaseStatusError?: UpdateCaseStatusErrorResolvers<ContextType>;
  UpdateCaseStatusIllegalTransition?: UpdateCaseStatusIllegalTransitionResolvers<ContextType>;
  UpdateCaseStatusPayload?: UpdateCaseStatusPayloadResolvers<ContextType>;
}>;

