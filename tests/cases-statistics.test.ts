import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakdownRollups, monthlyChannelRollups, monthlyRollups, monthlyServiceDays, yearlyChannelRollups } from '../subgraphs/cases/db/tables.ts';
import { rebuildRollups } from '../subgraphs/cases/data/rollups.ts';
import { ADD_EVENT, registerCase, testPersonalCode, updateStatus } from './support/cases.ts';
import { errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
let nvd: string;
const DAY = 86_400_000;

/** A case of NVD-EVAK (no demo cases) submitted at `submitted`, resolved `days` later in `status` (or left open). */
async function caseOf(submitted: string, channel: string, resolution?: { days: number; status: 'DECIDED' | 'COMPLETED' | 'REJECTED' }, personalCode = testPersonalCode(20)) {
  const created = await registerCase(graph, nvd, { serviceCode: 'NVD-EVAK', submittedAt: submitted, applicationChannel: channel, processingTime: 'P10D', status: 'REGISTERED', personalCode });
  if (!resolution) return { ...created, version: 1 };
  const at = new Date(new Date(submitted).getTime() + resolution.days * DAY).toISOString();
  const payload = await updateStatus(graph, nvd, { caseId: created.id, expectedVersion: 1, status: resolution.status, at });
  expect(payload.errors).toEqual([]);
  return payload.case as { id: string; version: number };
}

beforeAll(async () => {
  graph = await startTestGraph();
  nvd = await graph.token({ institution: 'NVD' });
  const rater = testPersonalCode(21);
  const person = await graph.token({ person: rater });
  const rate = (id: string, rating: number) => graph.gql('mutation($id: ID!, $r: Int!) { rateCase(input: { caseId: $id, rating: $r }) { errors { code } } }', { id, r: rating }, { token: person });

  const c1 = await caseOf('2025-03-03T08:00:00Z', 'E_SERVICE', { days: 1, status: 'COMPLETED' }, rater);
  const c2 = await caseOf('2025-03-04T08:00:00Z', 'E_SERVICE', { days: 2, status: 'COMPLETED' }, rater);
  const c3 = await caseOf('2025-04-01T08:00:00Z', 'POST', { days: 3, status: 'REJECTED' });
  await caseOf('2025-04-02T08:00:00Z', 'IN_PERSON', { days: 4, status: 'DECIDED' });
  const c5 = await caseOf('2025-05-05T08:00:00Z', 'E_SERVICE', { days: 30, status: 'COMPLETED' }, rater);
  await caseOf('2025-05-06T08:00:00Z', 'CLIENT_SERVICE_CENTRE');
  await graph.gql('mutation($input: RecordServiceDeliveriesInput!) { recordServiceDeliveries(input: $input) { recorded } }', {
    input: { idempotencyKey: randomUUID(), deliveries: [{ reference: 'EVAK-D1', serviceCode: 'NVD-EVAK', client: { personalCode: testPersonalCode(22) }, channel: 'E_SERVICE', deliveredAt: '2025-06-01T10:00:00Z' }] },
  }, { token: nvd });
  // Outside the period: must not count.
  await caseOf('2024-12-31T21:59:00Z', 'E_SERVICE', { days: 1, status: 'COMPLETED' });

  expect((await rate(c1.id, 5)).data.rateCase.errors).toEqual([]);
  expect((await rate(c2.id, 3)).data.rateCase.errors).toEqual([]);
  await graph.gql(ADD_EVENT, { input: { caseId: c3.id, idempotencyKey: randomUUID(), expectedVersion: c3.version, type: 'COMPLAINT', note: [{ language: 'lv', value: 'Sūdzība' }] } }, { token: nvd });
  await graph.gql('mutation($id: ID!, $k: String!) { submitCaseComplaint(input: { caseId: $id, idempotencyKey: $k, text: "Par ilgu" }) { case { id } } }', { id: c5.id, k: randomUUID() }, { token: person });
});
afterAll(() => graph?.stop());

const STATS = `query($from: DateTime, $to: DateTime) { service(code: "NVD-EVAK") { caseStatistics(from: $from, to: $to) {
  from to total eventOnly open decided byStatus { status count } byChannel { channel count } byMonth { period count }
  byRegion { region count } byClientKind { clientKind count figures { open decided complaints } }
  medianProcessingDays p90ProcessingDays averageProcessingDays resolvedOnTimeShare averageRating satisfiedShare ratingCount complaints } } }`;

describe('case statistics of a service', () => {
  it('counts by status, channel and month, with processing times, punctuality, satisfaction and complaints; public', async () => {
    const res = await graph.gql(STATS, { from: '2025-01-01T00:00:00+02:00', to: '2026-01-01T00:00:00+02:00' });
    expect(res.errors).toBeUndefined();
    const s = res.data.service.caseStatistics;
    expect(s).toMatchObject({ total: 7, eventOnly: 1, ratingCount: 2, averageRating: 4, satisfiedShare: 0.5, complaints: 2, resolvedOnTimeShare: 0.8 });
    // The period is whole Latvian months, and a DECIDED case is no longer open.
    expect(s).toMatchObject({ from: '2024-12-31T22:00:00.000Z', to: '2025-12-31T22:00:00.000Z', open: 1, decided: 1 });
    // Latvian working days after the day of submission up to the day of resolution: 1 (Mon→Tue), 2 (Tue→Thu),
    // 3 (Tue→Fri), 2 (Wed→Sun: Thu, Fri) and 23 (5 May → 4 June 2025: 22 weekdays and Saturday 10 May, a transferred
    // working day; 5 May itself is the day off for 4 May).
    expect(s.medianProcessingDays).toBe(2);
    expect(s.p90ProcessingDays).toBeCloseTo(15, 6); // 3 + 0.6 × (23 − 3), linear interpolation
    expect(s.averageProcessingDays).toBeCloseTo(6.2, 6); // 31 / 5
    expect(s.byRegion).toEqual([{ region: null, count: 7 }]);
    expect(s.byClientKind).toEqual([{ clientKind: 'PERSON', count: 7, figures: { open: 1, decided: 1, complaints: 2 } }]);
    expect(s.byStatus).toEqual([{ status: 'COMPLETED', count: 4 }, { status: 'DECIDED', count: 1 }, { status: 'REGISTERED', count: 1 }, { status: 'REJECTED', count: 1 }]);
    expect(s.byChannel).toEqual([{ channel: 'E_SERVICE', count: 4 }, { channel: 'CLIENT_SERVICE_CENTRE', count: 1 }, { channel: 'IN_PERSON', count: 1 }, { channel: 'POST', count: 1 }]);
    expect(s.byMonth).toEqual([{ period: '2025-03', count: 2 }, { period: '2025-04', count: 2 }, { period: '2025-05', count: 2 }, { period: '2025-06', count: 1 }]);
  });

  it('is empty, not an error, for a period without cases; refuses a period that ends before it starts', async () => {
    const empty = await graph.gql(STATS, { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' });
    expect(empty.data.service.caseStatistics).toMatchObject({ total: 0, byStatus: [], medianProcessingDays: null, averageRating: null, resolvedOnTimeShare: null });
    expect(errorCodes(await graph.gql(STATS, { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graph.gql(STATS, { from: '2000-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('breaks down by region and client kind as the cases are now, over whole years and over single months', async () => {
    const q = `query($from: DateTime, $to: DateTime) { service(code: "NVD-EVAK") { caseStatistics(from: $from, to: $to) {
      byRegion { region count figures { open decided } } byClientKind { clientKind count figures { open decided } } } } }`;
    const read = async (from: string, to: string) => (await graph.gql(q, { from, to })).data.service.caseStatistics;
    const year = () => read('2024-01-01T00:00:00+02:00', '2025-01-01T00:00:00+02:00'); // the yearly rows
    const months = () => read('2024-06-01T00:00:00+03:00', '2025-02-01T00:00:00+02:00'); // monthly rows only
    // In 2024 so far only the case of 31 December (a person's, no region, completed).
    const before = { byRegion: [{ region: null, count: 1, figures: { open: 0, decided: 0 } }], byClientKind: [{ clientKind: 'PERSON', count: 1, figures: { open: 0, decided: 0 } }] };
    expect(await year()).toEqual(before);
    const company = await registerCase(graph, nvd, { serviceCode: 'NVD-EVAK', submittedAt: '2024-06-10T08:00:00Z', applicationChannel: 'IN_PERSON', region: 'Cēsu novads', processingTime: 'P10D', status: 'REGISTERED', registrationNumber: '40003000001' });
    const open = {
      byRegion: [{ region: null, count: 1, figures: { open: 0, decided: 0 } }, { region: 'Cēsu novads', count: 1, figures: { open: 1, decided: 0 } }],
      byClientKind: [{ clientKind: 'COMPANY', count: 1, figures: { open: 1, decided: 0 } }, { clientKind: 'PERSON', count: 1, figures: { open: 0, decided: 0 } }],
    };
    expect(await year()).toEqual(open);
    expect(await months()).toEqual(open);
    const decided = await updateStatus(graph, nvd, { caseId: company.id, expectedVersion: 1, status: 'DECIDED', at: '2024-06-12T08:00:00Z' });
    expect(decided.errors).toEqual([]);
    const now = {
      byRegion: [{ region: null, count: 1, figures: { open: 0, decided: 0 } }, { region: 'Cēsu novads', count: 1, figures: { open: 0, decided: 1 } }],
      byClientKind: [{ clientKind: 'COMPANY', count: 1, figures: { open: 0, decided: 1 } }, { clientKind: 'PERSON', count: 1, figures: { open: 0, decided: 0 } }],
    };
    expect(await year()).toEqual(now);
    expect(await months()).toEqual(now);
    // 2024 and 2025 as two whole years: the 2025 cases (no region, persons) add to the same rows.
    const twoYears = await read('2024-01-01T00:00:00+02:00', '2026-01-01T00:00:00+02:00');
    expect(twoYears.byRegion).toEqual([{ region: null, count: 8, figures: { open: 1, decided: 1 } }, { region: 'Cēsu novads', count: 1, figures: { open: 0, decided: 1 } }]);
    expect(twoYears.byClientKind).toEqual([{ clientKind: 'PERSON', count: 8, figures: { open: 1, decided: 1 } }, { clientKind: 'COMPANY', count: 1, figures: { open: 0, decided: 1 } }]);
  });

  it('costs one query for a whole page of services', async () => {
    const q = 'query($n: Int) { services(first: $n) { nodes { code caseStatistics(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { total byStatus { status count } } } } }';
    const statementsFor = async (n: number) => {
      const before = graph.statementCount();
      const res = await graph.gql(q, { n });
      expect(res.errors).toBeUndefined();
      expect(res.data.services.nodes).toHaveLength(n);
      return graph.requestStatementsSince(before);
    };
    const five = await statementsFor(5);
    const thirty = await statementsFor(30);
    expect(thirty).toBe(five);
    const pass = await graph.gql(q, { n: 30 });
    const pase = pass.data.services.nodes.find((n: { code: string }) => n.code === 'PMLP-PASE');
    expect(pase.caseStatistics.total).toBe(1); // the demo case PMLP-2026/004211
  });
});

describe('the yearly report', () => {
  const REPORT = `query($year: Int!, $i: String) { caseReport(year: $year, institutionCode: $i) { year institutionCode csv rows {
    institutionCode serviceCode channel cases eventOnly completed rejected withdrawn open decided resolvedOnTime complaints averageRating } } }`;

  it('gives an institution its cases per service and channel, as rows and as CSV', async () => {
    const res = await graph.gql(REPORT, { year: 2025 }, { token: nvd });
    expect(res.errors).toBeUndefined();
    const report = res.data.caseReport;
    expect(report).toMatchObject({ year: 2025, institutionCode: 'NVD' });
    expect(report.rows).toEqual([
      { institutionCode: 'NVD', serviceCode: 'NVD-EVAK', channel: 'CLIENT_SERVICE_CENTRE', cases: 1, eventOnly: 0, completed: 0, rejected: 0, withdrawn: 0, open: 1, decided: 0, resolvedOnTime: 0, complaints: 0, averageRating: null },
      { institutionCode: 'NVD', serviceCode: 'NVD-EVAK', channel: 'E_SERVICE', cases: 4, eventOnly: 1, completed: 4, rejected: 0, withdrawn: 0, open: 0, decided: 0, resolvedOnTime: 2, complaints: 1, averageRating: 4 },
      // The DECIDED case is decided, not open.
      { institutionCode: 'NVD', serviceCode: 'NVD-EVAK', channel: 'IN_PERSON', cases: 1, eventOnly: 0, completed: 0, rejected: 0, withdrawn: 0, open: 0, decided: 1, resolvedOnTime: 1, complaints: 0, averageRating: null },
      { institutionCode: 'NVD', serviceCode: 'NVD-EVAK', channel: 'POST', cases: 1, eventOnly: 0, completed: 0, rejected: 1, withdrawn: 0, open: 0, decided: 0, resolvedOnTime: 1, complaints: 1, averageRating: null },
    ]);
    const name = 'NVD-EVAK,Eiropas veselības apdrošināšanas kartes izsniegšana,Issuing a European Health Insurance Card';
    expect(report.csv.split('\r\n')).toEqual([
      'institution_code,service_code,service_name_lv,service_name_en,channel,cases,event_only,open,decided,completed,rejected,withdrawn,resolved,resolved_on_time,average_processing_working_days,complaints,rating_count,average_rating',
      `NVD,${name},CLIENT_SERVICE_CENTRE,1,0,1,0,0,0,0,0,0,,0,0,`,
      `NVD,${name},E_SERVICE,4,1,0,0,4,0,0,3,2,8.67,1,2,4`,
      `NVD,${name},IN_PERSON,1,0,0,1,0,0,0,1,1,2,0,0,`,
      `NVD,${name},POST,1,0,0,0,0,1,0,1,1,3,1,0,`,
      '',
    ]);
  });

  it('breaks the year down by region, client kind and month, or gives its totals', async () => {
    const q = `query($by: [CaseReportDimension!]) { caseReport(year: 2025) { rows(by: $by) { institutionCode serviceCode region clientKind month cases open decided } csv(by: $by) } }`;
    const byMonth = (await graph.gql(q, { by: ['CLIENT_KIND', 'MONTH'] }, { token: nvd })).data.caseReport;
    expect(byMonth.rows).toEqual([
      { institutionCode: null, serviceCode: null, region: null, clientKind: 'PERSON', month: '2025-03', cases: 2, open: 0, decided: 0 },
      { institutionCode: null, serviceCode: null, region: null, clientKind: 'PERSON', month: '2025-04', cases: 2, open: 0, decided: 1 },
      { institutionCode: null, serviceCode: null, region: null, clientKind: 'PERSON', month: '2025-05', cases: 2, open: 1, decided: 0 },
      { institutionCode: null, serviceCode: null, region: null, clientKind: 'PERSON', month: '2025-06', cases: 1, open: 0, decided: 0 },
    ]);
    expect(byMonth.csv.split('\r\n')[0]).toBe('client_kind,month,cases,event_only,open,decided,completed,rejected,withdrawn,resolved,resolved_on_time,average_processing_working_days,complaints,rating_count,average_rating');
    const totals = (await graph.gql(q, { by: [] }, { token: nvd })).data.caseReport.rows;
    expect(totals).toEqual([{ institutionCode: null, serviceCode: null, region: null, clientKind: null, month: null, cases: 7, open: 1, decided: 1 }]);
    const before = graph.statementCount();
    const all = await graph.gql('{ caseReport(year: 2025) { rows { cases } csv byRegion: rows(by: [REGION]) { region cases } } }', {}, { token: nvd });
    expect(all.data.caseReport.byRegion).toEqual([{ region: null, cases: 7 }]);
    // One statement per breakdown, however many rows: rows and csv of the same breakdown share it.
    expect(graph.requestStatementsSince(before)).toBe(2);
  });

  it('gives operators every institution, or one; nobody else', async () => {
    const operator = await graph.token({ operator: 'ops' });
    const all = (await graph.gql(REPORT, { year: 2026 }, { token: operator })).data.caseReport;
    expect(all.institutionCode).toBeNull();
    expect(new Set(all.rows.map((r: { institutionCode: string }) => r.institutionCode))).toEqual(new Set(['CSDD', 'LAD', 'NVA', 'PMLP', 'RIGA', 'UR', 'VID', 'VSAA', 'VZD']));
    const vsaa = (await graph.gql(REPORT, { year: 2026, i: 'VSAA' }, { token: operator })).data.caseReport;
    expect(vsaa.rows.map((r: { serviceCode: string; cases: number }) => [r.serviceCode, r.cases])).toEqual([['VSAA-PIEDZIMSANA', 1], ['VSAA-VECAKU-PABALSTS', 1], ['VSAA-VECUMA-PENSIJA', 1]]);
    expect(errorCodes(await graph.gql(REPORT, { year: 2026 }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(REPORT, { year: 2026 }, { token: await graph.token({ application: 'stats-app' }) }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(REPORT, { year: 1999 }, { token: operator }))).toEqual(['BAD_USER_INPUT']);
  });
});

// Last: rebuilding would hide a roll-up the writes got wrong from the tests above.
describe('the monthly roll-ups', () => {
  it('kept with every case change equal the roll-ups summed anew from the cases', async () => {
    const db = graph.platform.databases.get('cases')!.db;
    const read = async () => ({
      rollups: await db.select().from(monthlyRollups),
      channels: await db.select().from(monthlyChannelRollups),
      years: await db.select().from(yearlyChannelRollups),
      breakdowns: await db.select().from(breakdownRollups),
      days: await db.select().from(monthlyServiceDays),
    });
    const sorted = <T,>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
    const kept = await read();
    expect(kept.rollups.length).toBeGreaterThan(5);
    await rebuildRollups(db);
    const rebuilt = await read();
    expect(sorted(rebuilt.rollups)).toEqual(sorted(kept.rollups));
    expect(kept.channels.length).toBeGreaterThan(5);
    expect(sorted(rebuilt.channels)).toEqual(sorted(kept.channels));
    expect(kept.years.length).toBeGreaterThan(5);
    expect(sorted(rebuilt.years)).toEqual(sorted(kept.years));
    expect(kept.breakdowns.length).toBeGreaterThan(5);
    expect(sorted(rebuilt.breakdowns)).toEqual(sorted(kept.breakdowns));
    expect(sorted(rebuilt.days.filter((d) => d.cases !== 0))).toEqual(sorted(kept.days.filter((d) => d.cases !== 0)));
  });
});
