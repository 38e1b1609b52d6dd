// Lists and federation references load only the columns their selection reads (services/data/service-columns.ts,
// life-situations/data/situation-columns.ts, cases' statistics parts): every field they list must answer from the
// partial row exactly what it answers from the whole one.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SERVICE_FIELD_COLUMNS } from '../../subgraphs/services/data/service-columns.ts';
import { SITUATION_FIELD_COLUMNS } from '../../subgraphs/life-situations/data/situation-columns.ts';
import { DEMO_SITUATIONS } from '../../subgraphs/life-situations/demo/situations.ts';
import { DEMO_PEOPLE, startTestGraph, type TestGraph } from '../support/platform.ts';

let graph: TestGraph;
let operator: string;
let person: string;
beforeAll(async () => {
  graph = await startTestGraph();
  operator = await graph.token({ operator: 'ops' });
  person = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
});
afterAll(() => graph?.stop());

/** Sub-selections of the listed fields that return objects; the parent's resolver is what reads the row. */
const SUB: Record<string, string> = { holder: '{ code name }', nameTranslations: '{ language value }', titleTranslations: '{ language value }', steps: '{ position }', triggeredBy: '', related: '{ code }' };
const fieldsOf = (map: Record<string, unknown>) => Object.keys(map).map((f) => `${f} ${SUB[f] ?? ''}`).join(' ');
const SERVICE_FIELDS = fieldsOf(SERVICE_FIELD_COLUMNS);
const SITUATION_FIELDS = fieldsOf(SITUATION_FIELD_COLUMNS);

// Services of the demo life situations (so the page has situations to show) and others; a page within the cost limit.
const CODES = [...new Set(DEMO_SITUATIONS.flatMap((s) => s.steps.flatMap((step) => step.services)))].slice(0, 30);
const PAGE = `services(first: 40, filter: { codes: ${JSON.stringify(CODES)} })`;

async function read(query: string, token: string) {
  const before = graph.statementCount();
  const res = await graph.gql(query, {}, { token });
  expect(res.errors).toBeUndefined();
  return { data: res.data, sql: graph.statementsSince(before) };
}

it('a list of services asking only for listed fields reads their columns only, and answers as from whole rows', async () => {
  const partial = await read(`{ ${PAGE} { totalCount nodes { ${SERVICE_FIELDS} lifeSituations { ${SITUATION_FIELDS} } } } }`, operator);
  // `description` is listed on neither: whole rows of both.
  const whole = await read(`{ ${PAGE} { totalCount nodes { ${SERVICE_FIELDS} description lifeSituations { ${SITUATION_FIELDS} description } } } }`, operator);
  const servicesSql = (r: { sql: string[] }) => r.sql.filter((s) => s.includes('from "catalogue"."services"'));
  // The situations of the services (the related ones are read by a loader of their own, whole).
  const situationsSql = (r: { sql: string[] }) => r.sql.filter((s) => s.startsWith('select distinct "life_situations"."step_services"."service_code"'));
  expect(servicesSql(partial).length).toBeGreaterThan(0);
  expect(situationsSql(partial).length).toBeGreaterThan(0);
  expect(servicesSql(partial).some((s) => s.includes('"search_body"'))).toBe(false);
  expect(servicesSql(whole).some((s) => s.includes('"search_body"'))).toBe(true);
  expect(situationsSql(partial).some((s) => s.includes('"goals"'))).toBe(false);
  expect(situationsSql(whole).some((s) => s.includes('"goals"'))).toBe(true);
  const strip = ({ description: _d, lifeSituations, ...rest }: Record<string, unknown>) => ({ ...rest, lifeSituations: (lifeSituations as Record<string, unknown>[]).map(({ description: _s, ...s }) => s) });
  expect(whole.data.services.nodes.length).toBeGreaterThan(5);
  expect(partial.data.services.nodes.some((n: { lifeSituations: unknown[] }) => n.lifeSituations.length)).toBe(true);
  expect(partial.data).toEqual({ services: { ...whole.data.services, nodes: whole.data.services.nodes.map(strip) } });
});

it('each listed field, asked alone, answers from its partial row as from the whole row', async () => {
  // One alias per field: each is a field of its own, with its own selection and so its own columns.
  const page = `services(first: 8, filter: { codes: ${JSON.stringify(CODES)} })`;
  const sel = (f: string) => `${f} ${SUB[f] ?? ''}`;
  const aliases = (extra: string) => [
    ...Object.keys(SERVICE_FIELD_COLUMNS).map((f) => `s_${f}: ${page} { nodes { code ${sel(f)} ${extra} } }`),
    ...Object.keys(SITUATION_FIELD_COLUMNS).map((f) => `l_${f}: ${page} { nodes { code lifeSituations { code ${sel(f)} ${extra} } } }`),
  ];
  for (let i = 0; i < aliases('').length; i += 8) {
    const partial = await read(`{ ${aliases('').slice(i, i + 8).join(' ')} }`, operator);
    const whole = await read(`{ ${aliases('description').slice(i, i + 8).join(' ')} }`, operator);
    const withoutDescription = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(withoutDescription) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'description').map(([k, x]) => [k, withoutDescription(x)])) : v;
    expect(partial.data).toEqual(withoutDescription(whole.data));
  }
});

it('services referenced from another subgraph (a person’s cases) answer from partial rows as from whole ones', async () => {
  const viaCases = await read(`{ me { cases(first: 50) { nodes { serviceCode service { ${SERVICE_FIELDS} } } } } }`, person);
  const nodes = viaCases.data.me.cases.nodes as { serviceCode: string; service: Record<string, unknown> | null }[];
  expect(nodes.filter((n) => n.service).length).toBeGreaterThan(1);
  expect(viaCases.sql.filter((s) => s.includes('from "catalogue"."services"')).some((s) => s.includes('"search_body"'))).toBe(false);
  for (const n of nodes.filter((x) => x.service)) {
    // `service(code:)` reads whole rows.
    const direct = await read(`{ service(code: "${n.serviceCode}") { ${SERVICE_FIELDS} } }`, person);
    expect(n.service).toEqual(direct.data.service);
  }
});

it('case statistics asking for totals only send one statement and agree with the full statistics', async () => {
  const totals = await read('{ services(first: 100) { nodes { code caseStatistics { total open byStatus { status count } byMonth { period count } } } } }', operator);
  const full = await read('{ services(first: 100) { nodes { code caseStatistics { total open byStatus { status count } byMonth { period count } byRegion { region count } medianProcessingDays } } } }', operator);
  const rollups = (r: { sql: string[] }) => r.sql.filter((s) => /_rollups"|monthly_service_days/.test(s)).length;
  expect(rollups(totals)).toBe(1);
  expect(rollups(full)).toBe(3);
  const strip = (n: { code: string; caseStatistics: Record<string, unknown> }) => {
    const { byRegion: _r, medianProcessingDays: _m, ...rest } = n.caseStatistics;
    return { code: n.code, caseStatistics: rest };
  };
  expect(full.data.services.nodes.some((n: { caseStatistics: { total: number } }) => n.caseStatistics.total > 0)).toBe(true);
  expect(totals.data.services.nodes).toEqual(full.data.services.nodes.map(strip));
});
