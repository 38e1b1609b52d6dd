/**
 * The operations added to the graph after the first access matrix (tests/access-matrix.test.ts), each with the
 * outcome for every role, in the order of that file's ROLES. Inputs are chosen to reach the authorization decision
 * and change nothing that another cell depends on: an authorized caller mostly gets a typed error in the payload
 * ('typed': it was let in and refused on the input), an unauthorized one FORBIDDEN, UNAUTHENTICATED or null.
 */
import { errorCodes, type GraphQLResponse } from './platform.ts';

/** 'ok'; 'null'; 'typed' (let in, refused on the input in the payload's errors); or the one error code. */
export type Outcome = 'ok' | 'null' | 'typed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'GRAPHQL_VALIDATION_FAILED';
export interface Op { query: string; variables?: Record<string, unknown>; root: string }

const key = () => `matrix-${Math.random().toString(36).slice(2)}`;
const MISSING_CASE = '00000000-0000-4000-8000-000000000000';
const JANIS = '150385-12346';

export const ADDED_OPS: Record<string, Op> = {
  // Public reads: the catalogue, life situations, due dates.
  publicReads: { root: 'lifeSituations', query: '{ service(code: "PMLP-PASE") { code } searchServices(query: "pase", first: 1) { totalCount } serviceChanges(modifiedSince: "2026-01-01T00:00:00Z", first: 1) { pageInfo { hasNextPage } } institution(code: "PMLP") { code } channel(code: "MATRIX-NO-SUCH") { __typename } channels(first: 1) { totalCount } serviceLocationsNear(near: { latitude: 56.95, longitude: 24.1 }, radiusKm: 5, first: 1) { totalCount } lifeSituation(code: "BERNA-PIEDZIMSANA") { code } lifeSituations(first: 1) { totalCount } caseDueDate(submittedAt: "2026-03-02T10:00:00Z", processingTime: "P10D") }' },
  // Services: the register's writes and the holder's quality report.
  catalogueQualityReport: { root: 'catalogueQualityReport', query: '{ catalogueQualityReport(institutionCode: "PMLP") { __typename } }' },
  createService: { root: 'createService', query: 'mutation { createService(input: {}) { service { code } errors { code } } }' },
  updateService: { root: 'updateService', query: 'mutation { updateService(code: "PMLP-PASE", input: {}, expectedVersion: -1) { service { code } errors { code } } }' },
  publishService: { root: 'publishService', query: 'mutation { publishService(code: "MATRIX-NO-SUCH") { errors { code } } }' },
  archiveService: { root: 'archiveService', query: 'mutation { archiveService(code: "MATRIX-NO-SUCH") { errors { code } } }' },
  upsertService: { root: 'upsertService', query: 'mutation { upsertService(sourceId: "", input: {}) { errors { code } } }' },
  upsertChannel: { root: 'upsertChannel', query: 'mutation { upsertChannel(input: { code: "x", type: E_SERVICE, name: [] }) { errors { code } } }' },
  importCatalogue: { root: 'importCatalogue', query: 'mutation { importCatalogue(document: {}, dryRun: true) { __typename } }' },
  // Life situations: who reports life events.
  lifeEventReporters: { root: 'lifeEventReporters', query: '{ lifeEventReporters { __typename } }' },
  reportLifeEvent: { root: 'reportLifeEvent', query: `mutation { reportLifeEvent(input: { type: CHILD_BIRTH, client: { personalCode: "${JANIS}" }, occurredOn: "2999-01-01", reference: "" }) { errors { code } } }` },
  // Life situations: the holder's writes and who reports which events (PMLP holds DZIVESVIETAS-MAINA, which RESIDENCE_CHANGE triggers).
  createLifeSituation: { root: 'createLifeSituation', query: 'mutation { createLifeSituation(input: {}) { errors { code } } }' },
  updateLifeSituation: { root: 'updateLifeSituation', query: 'mutation { updateLifeSituation(code: "DZIVESVIETAS-MAINA", input: {}, expectedVersion: -1) { errors { code } } }' },
  publishLifeSituation: { root: 'publishLifeSituation', query: 'mutation { publishLifeSituation(code: "MATRIX-NO-SUCH") { errors { code } } }' },
  archiveLifeSituation: { root: 'archiveLifeSituation', query: 'mutation { archiveLifeSituation(code: "MATRIX-NO-SUCH") { errors { code } } }' },
  allowLifeEventReporter: { root: 'allowLifeEventReporter', query: 'mutation { allowLifeEventReporter(input: { eventType: RESIDENCE_CHANGE, institutionCode: "not a code" }) { errors { code } } }' },
  disallowLifeEventReporter: { root: 'disallowLifeEventReporter', query: 'mutation { disallowLifeEventReporter(input: { eventType: RESIDENCE_CHANGE, institutionCode: "not a code" }) { errors { code } } }' },
  // Clients: profile, representation, consents, powers of attorney.
  actingFor: { root: 'actingFor', query: '{ actingFor { displayName } }' },
  clientLookup: { root: 'client', query: `{ client(personalCode: "${JANIS}", purpose: "access matrix") { displayName } }` },
  addContact: { root: 'addContact', query: 'mutation { addContact(input: { kind: EMAIL, value: "not an address" }) { errors { code } } }' },
  updateContact: { root: 'updateContact', query: `mutation { updateContact(input: { id: "${MISSING_CASE}", preferredFor: [] }) { errors { code } } }` },
  removeContact: { root: 'removeContact', query: `mutation { removeContact(id: "${MISSING_CASE}") { errors { code } } }` },
  updatePreferences: { root: 'updatePreferences', query: 'mutation { updatePreferences(input: { language: "xx-not-a-language" }) { errors { code } } }' },
  grantConsent: { root: 'grantConsent', query: 'mutation { grantConsent(input: { recipient: { kind: APPLICATION, id: "matrix-app" }, purpose: "", scopes: [] }) { errors { code } } }' },
  requestConsent: { root: 'requestConsent', query: 'mutation { requestConsent(input: { purpose: "", scopes: [], validUntil: "2000-01-01T00:00:00Z" }) { errors { code } } }' },
  answerConsentRequest: { root: 'answerConsentRequest', query: `mutation { answerConsentRequest(input: { id: "${MISSING_CASE}", answer: GRANT }) { errors { code } } }` },
  revokeConsent: { root: 'revokeConsent', query: `mutation { revokeConsent(id: "${MISSING_CASE}") { errors { code } } }` },
  grantPowerOfAttorney: { root: 'grantPowerOfAttorney', query: `mutation { grantPowerOfAttorney(input: { attorneyPersonalCode: "${JANIS}", scopes: [] }) { errors { code } } }` },
  acceptPowerOfAttorney: { root: 'acceptPowerOfAttorney', query: `mutation { acceptPowerOfAttorney(id: "${MISSING_CASE}") { errors { code } } }` },
  revokePowerOfAttorney: { root: 'revokePowerOfAttorney', query: `mutation { revokePowerOfAttorney(id: "${MISSING_CASE}") { errors { code } } }` },
  gatewayAuthorization: { root: 'gatewayAuthorization', query: '{ gatewayAuthorization(input: { personClientId: "x" }) { scopes } }' },
  // Cases: institutions' writes and reads, persons' feedback, operators' calendar and report.
  institutionCases: { root: 'institutionCases', query: '{ institutionCases(purpose: "access matrix", first: 1) { totalCount } }' },
  caseReport: { root: 'caseReport', query: '{ caseReport(year: 2026) { __typename } }' },
  registerCase: { root: 'registerCase', query: 'mutation($k: String!) { registerCase(input: { idempotencyKey: $k, reference: "", serviceCode: "PMLP-PASE", client: { personalCode: "150385-12346" }, applicationChannel: E_SERVICE, submittedAt: "2999-01-01T00:00:00Z" }) { errors { code } } }', variables: { k: key() } },
  updateCaseStatus: { root: 'updateCaseStatus', query: `mutation($k: String!) { updateCaseStatus(input: { caseId: "${MISSING_CASE}", idempotencyKey: $k, expectedVersion: 1, status: REGISTERED }) { errors { code } } }`, variables: { k: key() } },
  addCaseEvent: { root: 'addCaseEvent', query: `mutation($k: String!) { addCaseEvent(input: { caseId: "${MISSING_CASE}", idempotencyKey: $k, expectedVersion: 1, type: MESSAGE }) { errors { code } } }`, variables: { k: key() } },
  recordServiceDeliveries: { root: 'recordServiceDeliveries', query: 'mutation($k: String!) { recordServiceDeliveries(input: { idempotencyKey: $k, deliveries: [] }) { __typename } }', variables: { k: key() } },
  rateCase: { root: 'rateCase', query: `mutation { rateCase(input: { caseId: "${MISSING_CASE}", rating: 9 }) { errors { code } } }` },
  submitCaseComplaint: { root: 'submitCaseComplaint', query: `mutation($k: String!) { submitCaseComplaint(input: { caseId: "${MISSING_CASE}", idempotencyKey: $k, text: "" }) { __typename } }`, variables: { k: key() } },
  setCalendarDay: { root: 'setCalendarDay', query: 'mutation { setCalendarDay(input: { date: "1999-01-01", kind: WORKING_DAY }) { __typename } }' },
  // Cases: channel KPIs of the client-service standard and reported indicator values.
  channelKpis: { root: 'channelKpis', query: '{ channelKpis(month: "2026-11") { kpi } }' },
  reportChannelKpi: { root: 'reportChannelKpi', query: 'mutation { reportChannelKpi(input: { kpi: CALLS_ANSWERED, channel: "WEB", month: "2026-11", value: 1, source: "matrix" }) { errors { code } } }' },
  reportServiceUnitCost: { root: 'reportServiceUnitCost', query: 'mutation { reportServiceUnitCost(input: { serviceCode: "MATRIX-NO-SUCH", year: 2026, unitCost: 1, source: "matrix" }) { errors { code } } }' },
  // Cases: the events feed and the catalogue projection (operators).
  events: { root: 'events', query: '{ events(first: 1) { pageInfo { hasNextPage } } }' },
  serviceProjection: { root: 'serviceProjection', query: '{ serviceProjection { services } }' },
  syncServiceProjection: { root: 'syncServiceProjection', query: 'mutation { syncServiceProjection { services } }' },
  // Services: the one search box, its index entries and demand, named providers.
  search: { root: 'search', query: '{ search(query: "pase", first: 1) { totalCount } }' },
  setLifeSituationSearchEntry: { root: 'setLifeSituationSearchEntry', query: 'mutation { setLifeSituationSearchEntry(input: { code: "", holderCode: "PMLP", title: [], phrases: [], serviceCodes: [] }) { errors { code } } }' },
  recordServiceDemand: { root: 'recordServiceDemand', query: 'mutation { recordServiceDemand(input: [{ serviceCode: "MATRIX-NO-SUCH", caseCount: -1, period: "" }]) { errors { code } } }' },
  nameServiceProvider: { root: 'nameServiceProvider', query: 'mutation { nameServiceProvider(input: { serviceCode: "PMLP-PASE", institutionCode: "MATRIX-NO-SUCH" }) { errors { code } } }' },
  removeServiceProvider: { root: 'removeServiceProvider', query: 'mutation { removeServiceProvider(input: { serviceCode: "PMLP-PASE", institutionCode: "MATRIX-NO-SUCH" }) { errors { code } } }' },
  // Platform: the schema registry.
  registeredSubgraphs: { root: 'registeredSubgraphs', query: '{ registeredSubgraphs { name } }' },
  registeredSubgraph: { root: 'registeredSubgraph', query: '{ registeredSubgraph(name: "clients") { name } }' },
  supergraphVersions: { root: 'supergraphVersions', query: '{ supergraphVersions(first: 1) { pageInfo { hasNextPage } } }' },
  checkSubgraph: { root: 'checkSubgraph', query: 'mutation { checkSubgraph(input: { name: "", sdl: "", routingUrl: "" }) { __typename } }' },
  publishSubgraph: { root: 'publishSubgraph', query: 'mutation { publishSubgraph(input: { name: "", sdl: "", routingUrl: "" }) { __typename } }' },
  restoreSupergraph: { root: 'restoreSupergraph', query: 'mutation { restoreSupergraph(input: { version: -1 }) { __typename } }' },
  // Platform: webhook subscriptions (tests/webhooks.test.ts checks whose events each receives).
  webhookSubscriptions: { root: 'webhookSubscriptions', query: '{ webhookSubscriptions { id } }' },
  webhookSubscription: { root: 'webhookSubscription', query: `{ webhookSubscription(id: "${MISSING_CASE}") { id } }` },
  createWebhookSubscription: { root: 'createWebhookSubscription', query: 'mutation { createWebhookSubscription(input: { url: "not a url", types: [] }) { errors { code } } }' },
  rotateWebhookSecret: { root: 'rotateWebhookSecret', query: `mutation { rotateWebhookSecret(input: { id: "${MISSING_CASE}" }) { errors { code } } }` },
  deleteWebhookSubscription: { root: 'deleteWebhookSubscription', query: `mutation { deleteWebhookSubscription(input: { id: "${MISSING_CASE}" }) { errors { code } } }` },
  redriveWebhookDeliveries: { root: 'redriveWebhookDeliveries', query: `mutation { redriveWebhookDeliveries(input: { subscriptionId: "${MISSING_CASE}" }) { errors { code } } }` },
  // Platform: the public contract's changelog and the subgraphs' status, for the developer portal.
  publicContractVersions: { root: 'publicContractVersions', query: '{ publicContractVersions(first: 1) { nodes { version breaking } } }' },
  subgraphStatuses: { root: 'subgraphStatuses', query: '{ subgraphStatuses { name up } }' },
  // Platform: self-service for applications (developers sign in as persons) and the operators' decisions.
  myApplications: { root: 'myApplications', query: '{ myApplications { id } }' },
  registeredApplication: { root: 'registeredApplication', query: '{ registeredApplication(clientId: "matrix-no-such-app") { name } }' },
  currentTermsOfUse: { root: 'currentTermsOfUse', query: '{ currentTermsOfUse { version } }' },
  applicationAccessRequests: { root: 'applicationAccessRequests', query: '{ applicationAccessRequests { id } }' },
  registerApplication: { root: 'registerApplication', query: 'mutation { registerApplication(input: { name: "", purpose: "", contact: "", redirectUris: [] }) { errors { code } } }' },
  acceptTermsOfUse: { root: 'acceptTermsOfUse', query: `mutation { acceptTermsOfUse(input: { applicationId: "${MISSING_CASE}", version: 1 }) { errors { code } } }` },
  createApplicationKey: { root: 'createApplicationKey', query: `mutation { createApplicationKey(input: { applicationId: "${MISSING_CASE}" }) { errors { code } } }` },
  rotateApplicationKey: { root: 'rotateApplicationKey', query: `mutation { rotateApplicationKey(input: { keyId: "${MISSING_CASE}" }) { errors { code } } }` },
  revokeApplicationKey: { root: 'revokeApplicationKey', query: `mutation { revokeApplicationKey(input: { keyId: "${MISSING_CASE}" }) { errors { code } } }` },
  requestApplicationAccess: { root: 'requestApplicationAccess', query: `mutation { requestApplicationAccess(input: { applicationId: "${MISSING_CASE}", tier: STANDARD, scopes: [], reason: "" }) { errors { code } } }` },
  decideApplicationAccess: { root: 'decideApplicationAccess', query: `mutation { decideApplicationAccess(input: { requestId: "${MISSING_CASE}", approve: false, note: "matrix" }) { errors { code } } }` },
};

export function addedOutcome(res: GraphQLResponse, op: Op): string {
  const codes = [...new Set(errorCodes(res))];
  const value = res.data?.[op.root];
  if (codes.length) return codes.length === 1 && !value ? String(codes[0]) : `mixed ${JSON.stringify(res.errors)}`;
  if (value == null) return 'null';
  return Array.isArray(value.errors) && value.errors.length ? 'typed' : 'ok';
}

const U = 'UNAUTHENTICATED', F = 'FORBIDDEN', B = 'BAD_USER_INPUT', N = 'NOT_FOUND', T = 'typed', V = 'GRAPHQL_VALIDATION_FAILED';
// Columns in the order of ROLES in tests/access-matrix.test.ts.
export const ADDED_EXPECTED: Record<keyof typeof ADDED_OPS, Outcome[]> = {
  //                        anon    person  other   appKey  app+prs appTok  appPrsT instKey instTok operator
  publicReads:             ['ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok'],
  catalogueQualityReport:  [U,      F,      F,      F,      F,      F,      F,      'ok',   F,      'ok'],
  createService:           [U,      F,      F,      F,      F,      F,      F,      T,      T,      T],
  updateService:           [U,      F,      F,      F,      F,      F,      F,      T,      F,      T],
  publishService:          [U,      F,      F,      F,      F,      F,      F,      N,      N,      N],
  archiveService:          [U,      F,      F,      F,      F,      F,      F,      N,      N,      N],
  upsertService:           [U,      F,      F,      F,      F,      F,      F,      T,      T,      T],
  upsertChannel:           [U,      F,      F,      F,      F,      F,      F,      T,      T,      T],
  importCatalogue:         [U,      F,      F,      F,      F,      F,      F,      B,      B,      B],
  lifeEventReporters:      [F,      F,      F,      F,      F,      F,      F,      'ok',   'ok',   'ok'],
  // PMLP's key is among CHILD_BIRTH's reporters; VID is not; operators report nothing.
  reportLifeEvent:         [F,      F,      F,      F,      F,      F,      F,      B,      F,      F],
  createLifeSituation:     [U,      F,      F,      F,      F,      F,      F,      T,      T,      T],
  // PMLP (the key) holds the situation; VID (the token) does not.
  updateLifeSituation:     [U,      F,      F,      F,      F,      F,      F,      T,      F,      T],
  publishLifeSituation:    [U,      F,      F,      F,      F,      F,      F,      N,      N,      N],
  archiveLifeSituation:    [U,      F,      F,      F,      F,      F,      F,      N,      N,      N],
  allowLifeEventReporter:  [U,      F,      F,      F,      F,      F,      F,      T,      F,      T],
  disallowLifeEventReporter: [U,    F,      F,      F,      F,      F,      F,      T,      F,      T],
  // Without X-Act-For nobody acts for anyone (tests/clients-representation.test.ts covers it with the header).
  actingFor:               ['null', 'null', 'null', 'null', 'null', 'null', 'null', 'null', 'null', 'null'],
  clientLookup:            [F,      F,      F,      F,      F,      F,      F,      'ok',   'ok',   'ok'],
  addContact:              [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  updateContact:           [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  removeContact:           [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  updatePreferences:       [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  grantConsent:            [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  // Only an application holding a person's token asks for consent.
  requestConsent:          [U,      F,      F,      F,      T,      F,      T,      F,      F,      F],
  answerConsentRequest:    [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  revokeConsent:           [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  grantPowerOfAttorney:    [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  acceptPowerOfAttorney:   [F,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  revokePowerOfAttorney:   [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  // The gateway's own question to the clients subgraph is not in the public graph.
  gatewayAuthorization:    [V,      V,      V,      V,      V,      V,      V,      V,      V,      V],
  institutionCases:        [F,      F,      F,      F,      F,      F,      F,      'ok',   'ok',   'ok'],
  caseReport:              [F,      F,      F,      F,      F,      F,      F,      'ok',   'ok',   'ok'],
  registerCase:            [F,      F,      F,      F,      F,      F,      F,      B,      B,      F],
  updateCaseStatus:        [F,      F,      F,      F,      F,      F,      F,      N,      N,      F],
  addCaseEvent:            [F,      F,      F,      F,      F,      F,      F,      N,      N,      F],
  recordServiceDeliveries: [F,      F,      F,      F,      F,      F,      F,      B,      B,      F],
  rateCase:                [F,      N,      N,      F,      F,      F,      F,      F,      F,      F],
  submitCaseComplaint:     [F,      B,      B,      F,      F,      F,      F,      F,      F,      F],
  setCalendarDay:          [F,      F,      F,      F,      F,      F,      F,      F,      F,      B],
  channelKpis:             [F,      F,      F,      F,      F,      F,      F,      'ok',   'ok',   'ok'],
  reportChannelKpi:        [U,      F,      F,      F,      F,      F,      F,      T,      T,      T],
  reportServiceUnitCost:   [U,      F,      F,      F,      F,      F,      F,      T,      T,      T],
  // The feed answers every signed-in caller, filtered to what it may see (tests/events.test.ts checks whose events).
  events:                  [U,      'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok'],
  serviceProjection:       [F,      F,      F,      F,      F,      F,      F,      F,      F,      'ok'],
  syncServiceProjection:   [F,      F,      F,      F,      F,      F,      F,      F,      F,      'ok'],
  search:                  ['ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok'],
  setLifeSituationSearchEntry: [U,  F,      F,      F,      F,      F,      F,      T,      F,      T],
  recordServiceDemand:     [U,      F,      F,      F,      F,      F,      F,      F,      F,      T],
  nameServiceProvider:     [U,      F,      F,      F,      F,      F,      F,      T,      F,      T],
  removeServiceProvider:   [U,      F,      F,      F,      F,      F,      F,      T,      F,      T],
  registeredSubgraphs:     [U,      F,      F,      F,      F,      F,      F,      'ok',   'ok',   'ok'],
  registeredSubgraph:      [U,      F,      F,      F,      F,      F,      F,      'ok',   'ok',   'ok'],
  supergraphVersions:      [U,      F,      F,      F,      F,      F,      F,      'ok',   'ok',   'ok'],
  checkSubgraph:           [U,      F,      F,      F,      F,      F,      F,      'ok',   'ok',   'ok'],
  publishSubgraph:         [U,      F,      F,      F,      F,      F,      F,      'ok',   'ok',   'ok'],
  restoreSupergraph:       [U,      F,      F,      F,      F,      F,      F,      F,      F,      'ok'],
  // Institutions, applications (however they call) and operators own subscriptions; persons do not.
  webhookSubscriptions:    [U,      F,      F,      'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok'],
  webhookSubscription:     [U,      F,      F,      'null', 'null', 'null', 'null', 'null', 'null', 'null'],
  createWebhookSubscription: [U,    F,      F,      T,      T,      T,      T,      T,      T,      T],
  rotateWebhookSecret:     [U,      F,      F,      T,      T,      T,      T,      T,      T,      T],
  deleteWebhookSubscription: [U,    F,      F,      T,      T,      T,      T,      T,      T,      T],
  redriveWebhookDeliveries: [U,     F,      F,      T,      T,      T,      T,      T,      T,      T],
  // Public: anyone, signed in or not, reads the changelog of the public contract and the subgraphs' status.
  publicContractVersions:  ['ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok'],
  subgraphStatuses:        ['ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok'],
  // Developers are persons signed in as themselves: applications, institutions and operators manage no applications here.
  myApplications:          [U,      'ok',   'ok',   F,      F,      F,      F,      F,      F,      F],
  registeredApplication:   ['null', 'null', 'null', 'null', 'null', 'null', 'null', 'null', 'null', 'null'],
  currentTermsOfUse:       ['ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok',   'ok'],
  applicationAccessRequests: [U,    F,      F,      F,      F,      F,      F,      F,      F,      'ok'],
  registerApplication:     [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  acceptTermsOfUse:        [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  createApplicationKey:    [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  rotateApplicationKey:    [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  revokeApplicationKey:    [U,      T,      T,      F,      F,      F,      F,      F,      F,      F],
  requestApplicationAccess: [U,     T,      T,      F,      F,      F,      F,      F,      F,      F],
  // Only operators decide; a missing request is a typed NOT_FOUND.
  decideApplicationAccess: [U,      F,      F,      F,      F,      F,      F,      F,      F,      T],
};
