/**
 * The shapes of the catalogue's structured values, as stored (jsonb) and as the domain works with them.
 * Modelled on CPSV-AP 3.2 (Cost, Evidence, Requirement, Output, LegalResource, ContactPoint, Address) and the
 * Finnish service catalogue (service hours with exceptions, the service↔channel connection).
 */
import type { LocalizedText } from '@public-service-graph/subgraph-kit/i18n';

/** Several texts per language, e.g. alternative names or keywords: { lv: ['pase', 'ceļošanas dokuments'] }. */
export type LocalizedList = Record<string, string[]>;

export type ProviderRole = 'HOLDER' | 'CLIENT_SERVICE_CENTRE' | 'MUNICIPALITY' | 'PARTNER' | 'OTHER_INSTITUTION';
export type OutputType = 'PERMIT' | 'CERTIFICATE' | 'STATEMENT' | 'DECISION' | 'PAYMENT' | 'DOCUMENT' | 'REGISTRATION' | 'OTHER';
export type SilenceMeaning = 'TACIT_APPROVAL' | 'TACIT_REFUSAL' | 'NOT_APPLICABLE';
export type ChannelTypeName = 'E_SERVICE' | 'WEB_PAGE' | 'PHONE' | 'EMAIL' | 'POST' | 'SERVICE_LOCATION';
export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

/** Who delivers what: the holder, client service centres, municipalities, partners (pakalpojuma sniedzējs). */
export interface Provider {
  role: ProviderRole;
  /** An institution in this catalogue, by code. */
  institutionCode?: string | null;
  /** A provider that is not an institution here (a bank, a post office network). */
  name?: LocalizedText | null;
  /** What this provider does for the client. */
  delivers?: LocalizedText | null;
}

export interface Cost {
  amount: number;
  currency: string;
  /** The channel type the amount applies to; absent when it is the same on every channel. */
  channelType?: ChannelTypeName | null;
  description?: LocalizedText | null;
  exemptions?: LocalizedText | null;
}

export interface Requirement { description: LocalizedText }

export interface EvidenceData {
  name: LocalizedText;
  description?: LocalizedText | null;
  /** Once-only: the institution obtains it itself from another register; the client does not submit it. */
  obtainedByInstitution: boolean;
  sourceRegister?: string | null;
}

export interface Output { type: OutputType; name: LocalizedText }

export interface LegalResourceData {
  title: LocalizedText;
  url?: string | null;
  article?: string | null;
}

export interface Importance {
  /** 4 the whole society … 1 a very narrow group. */
  targetGroupSize: number;
  /** 4 critical (security, life) … 1 minor. */
  needImportance: number;
  /** 4 critical … 1 minor contribution of the service to the function. */
  contribution: number;
}

export interface RedressData {
  howToAppeal?: LocalizedText | null;
  appealToCode?: string | null;
  appealDeadline?: string | null;
  silence: SilenceMeaning;
  silenceNote?: LocalizedText | null;
}

export interface ContactPerson { name: string; email?: string | null; phone?: string | null }

export interface InternalIndicator { name: string; value: number; unit?: string | null; period?: string | null }

export interface PostalAddress {
  street: string;
  city: string;
  postalCode?: string | null;
  municipality?: string | null;
  country: string;
}

export interface ContactPoint {
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  address?: PostalAddress | null;
}

export interface AccessibilityData {
  /** E-services: the WCAG level the service meets ("A", "AA", "AAA"), and its accessibility statement. */
  wcagLevel?: string | null;
  statementUrl?: string | null;
  /** Service locations. */
  wheelchairAccessible?: boolean | null;
  note?: LocalizedText | null;
}

/** "HH:MM" in Europe/Riga local time; a period whose `closes` is not after `opens` runs past midnight. */
export interface TimeRange { opens: string; closes: string }
export interface WeeklyPeriod extends TimeRange { day: Weekday }
export interface OpeningExceptionData {
  /** "YYYY-MM-DD". */
  date: string;
  /** Empty: closed all day. */
  periods: TimeRange[];
  reason?: LocalizedText | null;
}
export interface OpeningHoursData {
  weekly: WeeklyPeriod[];
  exceptions: OpeningExceptionData[];
  /** Closed on Latvian public holidays unless an exception for the date says otherwise. Default true. */
  closedOnPublicHolidays: boolean;
  note?: LocalizedText | null;
}

/** A charge of a service on one channel (the link's own charge). */
export interface ChannelLinkCharge {
  amount: number;
  currency: string;
  description?: LocalizedText | null;
}
