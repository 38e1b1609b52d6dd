import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import { ACT_FOR_HEADER } from './enrich-identity.ts';

/**
 * What the response cache may keep: the allow-list of the public catalogue (docs/performance.md). Nothing else is
 * cached: an operation that selects one field off this list is answered afresh every time. A field belongs here only
 * if (1) every caller of one rights class gets the same value, (2) nothing personal can be in it, (3) it changes only
 * with a catalogue event (service published/changed/archived, channel changed) or is fine to be up to the TTL old.
 * Fields other subgraphs add to these types (a service's case statistics, its life situations) are not listed, so
 * they are not cached.
 */

/** Root fields of the catalogue whose answers are public. Search is not here: its ranking follows demand. */
const ROOT_FIELDS = ['service', 'services', 'institution', 'institutions', 'channel', 'channels'];

/** Catalogue types whose fields (as the services subgraph declares them) are public, less DENIED below. */
const SERVICES_SUBGRAPH_FIELDS: Record<string, string[]> = {
  Service: ['id', 'code', 'name', 'nameTranslations', 'alternativeNames', 'summary', 'description', 'descriptionTranslations', 'instructions', 'kind', 'basis', 'audiences', 'holder', 'providers', 'namedProviders', 'channels', 'costs', 'isFree', 'processingTime', 'processingDaysAreWorkingDays', 'processingTimeLimit', 'requirements', 'evidence', 'outputs', 'legalBasis', 'authenticationLevel', 'executionType', 'isKeyService', 'importance', 'maturityLevel', 'lifecyclePhase', 'relatedServices', 'requiredServices', 'keywords', 'thematicAreas', 'redress', 'status', 'validFrom', 'validTo', 'version', 'modifiedAt'],
  Institution: ['id', 'code', 'registrationNumber', 'name', 'nameTranslations', 'type', 'website', 'parent', 'contacts', 'services', 'channels'],
  LocalizedString: ['language', 'value'],
  PageInfo: ['hasNextPage', 'endCursor'],
  ServiceConnection: ['edges', 'nodes', 'pageInfo', 'totalCount'],
  ServiceEdge: ['cursor', 'node'],
  InstitutionConnection: ['edges', 'nodes', 'pageInfo', 'totalCount'],
  InstitutionEdge: ['cursor', 'node'],
  ChannelConnection: ['nodes', 'pageInfo', 'totalCount'],
  ServiceProvider: ['role', 'institution', 'name', 'delivers'],
  ServiceCost: ['amount', 'currency', 'channelType', 'description', 'exemptions'],
  ServiceRequirement: ['description'],
  Evidence: ['name', 'description', 'obtainedByInstitution', 'sourceRegister'],
  ServiceOutput: ['type', 'name'],
  LegalResource: ['title', 'url', 'article'],
  ServiceImportance: ['targetGroupSize', 'needImportance', 'contribution', 'level'],
  Redress: ['howToAppeal', 'appealTo', 'appealDeadline', 'silence', 'silenceNote'],
  ServiceChannel: ['channel', 'charge', 'note', 'hours', 'contacts'],
  ChannelCharge: ['amount', 'currency', 'description'],
  Accessibility: ['wcagLevel', 'statementUrl', 'wheelchairAccessible', 'note'],
  GeoPoint: ['latitude', 'longitude'],
  PostalAddress: ['street', 'city', 'postalCode', 'municipality', 'country'],
  ContactPoint: ['phone', 'email', 'website', 'address'],
  OpeningHours: ['weekly', 'exceptions', 'closedOnPublicHolidays', 'note'],
  OpeningPeriod: ['day', 'opens', 'closes'],
  OpeningException: ['date', 'closed', 'periods', 'reason'],
  TimeRange: ['opens', 'closes'],
};

/** Channel types: the fields of the Channel interface and their own; `isOpen` follows the clock, so it is not here. */
const CHANNEL_FIELDS = ['id', 'code', 'type', 'name', 'description', 'owner', 'hours', 'services'];
const CHANNEL_TYPES: Record<string, string[]> = {
  Channel: [],
  EServiceChannel: ['url', 'authenticationLevel', 'signatureRequired', 'accessibility'],
  WebPageChannel: ['url', 'accessibility'],
  PhoneChannel: ['phoneNumber', 'callCost'],
  EmailChannel: ['email'],
  PostChannel: ['address'],
  ServiceLocation: ['address', 'municipality', 'coordinates', 'contacts', 'isClientServiceCentre', 'accessibility'],
};

export const CACHEABLE_COORDINATES: ReadonlySet<string> = new Set([
  ...ROOT_FIELDS.map((f) => `Query.${f}`),
  ...Object.entries(SERVICES_SUBGRAPH_FIELDS).flatMap(([type, fields]) => fields.map((f) => `${type}.${f}`)),
  ...Object.entries(CHANNEL_TYPES).flatMap(([type, own]) => [...CHANNEL_FIELDS, ...own].map((f) => `${type}.${f}`)),
]);

/** Whether the field at `coordinate` ("Service.name") may be kept; the walk checks every field of a selection. */
export function isCacheable(coordinate: string): boolean {
  return CACHEABLE_COORDINATES.has(coordinate);
}

/**
 * Who may be served a kept answer, as a class of rights: anonymous callers, and API keys without a person (an
 * institution's or an application's own), by kind, institution and scopes. Null for everyone else: any bearer token
 * (a person's, an operator's, an institution's own system), X-Act-For, a person behind a key.
 */
export function rightsClass(request: Request, identity: Identity | undefined): string | null {
  if (!identity || request.headers.has('authorization') || request.headers.has(ACT_FOR_HEADER)) return null;
  if (identity.person || identity.onBehalfOf || identity.operator) return null;
  if (identity.kind === 'anonymous') return 'anonymous';
  if (identity.kind !== 'institution' && identity.kind !== 'application') return null;
  return `${identity.kind}:${identity.institution ?? ''}:${[...identity.scopes].sort().join(',')}`;
}
