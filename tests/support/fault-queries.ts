import type { CoreSubgraph } from '../../gateway/compose.ts';
import { DEMO_COMPANIES, DEMO_PEOPLE } from '@public-service-graph/subgraph-kit/demo-people';
import type { DevSubject } from '../../gateway/dev-issuer.ts';

/**
 * The README's and bench/'s queries, each with probes: a path into `data` and every subgraph its value depends on.
 * With one subgraph down, a probe that does not depend on it must still have its value, and one that does must be
 * null (the outage costs that field, with SUBGRAPH_UNAVAILABLE on its path).
 */

export interface Probe { path: string; needs: CoreSubgraph[] }
export interface FaultQuery { name: string; query: string; variables?: Record<string, unknown>; as?: DevSubject; headers?: Record<string, string>; probes: Probe[] }

const S = 'services', L = 'life-situations', C = 'clients', K = 'cases', P = 'platform';

export const FAULT_QUERIES: FaultQuery[] = [
  {
    name: 'README: the public catalogue',
    query: `{ service(code: "RIGA-DZIMSANA") { name(language: "en") holder { name } lifeSituations { title(language: "en") steps { position title services { code name } } } }
             services(first: 5, filter: { holderCode: "VSAA" }) { totalCount pageInfo { hasNextPage endCursor } nodes { code name processingTime } } }`,
    probes: [{ path: 'service.name', needs: [S] }, { path: 'service.lifeSituations.0.title', needs: [S, L] }, { path: 'services.totalCount', needs: [S] }],
  },
  {
    name: 'README: a person’s cases',
    query: '{ me { displayName cases { nodes { reference status service { name } statusHistory { status at } } } } }',
    as: { person: DEMO_PEOPLE.janis.personalCode },
    probes: [{ path: 'me.displayName', needs: [C] }, { path: 'me.cases.nodes.0.reference', needs: [C, K] }, { path: 'me.cases.nodes.0.service.name', needs: [C, K, S] }],
  },
  {
    name: 'README: acting for a company (X-Act-For)',
    query: '{ actingFor { displayName cases { nodes { reference status } } } }',
    as: { person: DEMO_PEOPLE.janis.personalCode },
    headers: { 'x-act-for': DEMO_COMPANIES.darznieciba.registrationNumber },
    probes: [{ path: 'actingFor.displayName', needs: [C] }, { path: 'actingFor.cases.nodes', needs: [C, K] }],
  },
  {
    name: 'README: a person’s profile and access log',
    query: '{ me { displayName contacts { kind value } preferences { language } consents(status: [REQUESTED, GRANTED]) { nodes { id purpose } } representing { nodes { basis } } accessLog(first: 20) { nodes { at actorKind actor resource purpose } } } }',
    as: { person: DEMO_PEOPLE.anna.personalCode },
    probes: [{ path: 'me.displayName', needs: [C] }, { path: 'me.accessLog.nodes', needs: [C, K, L] }],
  },
  {
    name: 'README: life situations and a service’s',
    query: '{ lifeSituations(first: 20, filter: { text: "bērna piedzimšana" }) { totalCount nodes { code title holder { name } steps { position services { code name } } } } service(code: "VSAA-PIEDZIMSANA") { name lifeSituations { code title } } }',
    probes: [{ path: 'lifeSituations.totalCount', needs: [L] }, { path: 'service.name', needs: [S] }, { path: 'service.lifeSituations.0.code', needs: [S, L] }],
  },
  {
    name: 'README: proactive offers and progress',
    query: '{ me { displayName proactiveOffers(first: 20) { totalCount } activeLifeSituations { complete } lifeEvents { nodes { type occurredOn } } } }',
    as: { person: DEMO_PEOPLE.anna.personalCode },
    probes: [{ path: 'me.displayName', needs: [C] }, { path: 'me.lifeEvents.nodes.0.type', needs: [C, L] }, { path: 'me.proactiveOffers.totalCount', needs: [C, L, K] }],
  },
  {
    name: 'bench: catalogue page across four subgraphs',
    query: 'query CataloguePage($n: Int) { services(first: $n) { totalCount nodes { code name holder { code name } lifeSituations { code title } caseStatistics { total } } } }',
    variables: { n: 12 },
    probes: [{ path: 'services.nodes.0.name', needs: [S] }, { path: 'services.nodes.0.lifeSituations', needs: [S, L] }, { path: 'services.nodes.0.caseStatistics.total', needs: [S, K] }],
  },
  {
    name: 'bench: person overview',
    query: 'query PersonOverview($n: Int) { me { displayName cases(first: $n) { totalCount nodes { reference status service { name holder { name } lifeSituations { title } } } } } }',
    variables: { n: 10 },
    as: { person: DEMO_PEOPLE.janis.personalCode },
    probes: [{ path: 'me.displayName', needs: [C] }, { path: 'me.cases.totalCount', needs: [C, K] }, { path: 'me.cases.nodes.0.service.name', needs: [C, K, S] }],
  },
  {
    name: 'bench: a service’s statistics, and an operator’s keys',
    query: '{ service(code: "PMLP-PASE") { code caseStatistics(to: "2026-01-01T00:00:00+02:00") { total byStatus { status count } medianProcessingDays } } apiKeys(first: 1) { totalCount } caseDueDate(submittedAt: "2026-06-19T10:00:00+03:00", processingTime: "P3D") }',
    as: { operator: 'ops' },
    probes: [{ path: 'service.code', needs: [S] }, { path: 'service.caseStatistics.total', needs: [S, K] }, { path: 'apiKeys.totalCount', needs: [P] }, { path: 'caseDueDate', needs: [K] }],
  },
];

/** The value at a dotted path ("me.cases.nodes.0.reference"), undefined where the path breaks off. */
export const valueAt = (data: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), data);
