import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { registerCase, testPersonalCode, updateStatus } from './support/cases.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

// Every expected value here is recomputed by hand from the demo cases in subgraphs/cases/demo/seed.ts (docs/indicators.md).
let graph: TestGraph;
let pmlp: string, vid: string, vsaa: string, operator: string, person: string;
beforeAll(async () => {
  graph = await startTestGraph();
  [pmlp, vid, vsaa, operator, person] = await Promise.all([
    graph.token({ institution: 'PMLP' }), graph.token({ institution: 'VID' }), graph.token({ institution: 'VSAA' }), graph.token({ operator: 'ops' }),
    graph.token({ person: DEMO_PEOPLE.anna.personalCode }),
  ]);
}, 180_000);
afterAll(() => graph?.stop());

const KPIS = 'query($m: String!, $i: String) { channelKpis(month: $m, institutionCode: $i) { kpi channel unit target direction measured { value basis } reported { value source reportedBy period } gap meetsTarget } }';
const REPORT = 'mutation($input: ReportChannelKpiInput!) { reportChannelKpi(input: $input) { reported { value period source reportedBy } errors { code path message } } }';
const COST = 'mutation($input: ReportServiceUnitCostInput!) { reportServiceUnitCost(input: $input) { reported { value period reportedBy } errors { code path } } }';
type Kpi = { kpi: string; channel: string; measured: { value: number; basis: number } | null; reported: { value: number } | null; gap: number | null; meetsTarget: boolean | null };
const find = (list: Kpi[], kpi: string, channel: string) => list.find((k) => k.kpi === kpi && k.channel === channel)!;

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await graph.gql(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

describe('channel KPIs of the client-service standard', () => {
  it('measure registration within 10 minutes and satisfaction from the demo cases, for every institution together', async () => {
    // November 2026: PMLP-2026/004211 registered after 5 min, PMLP-2026/004388 after 5 min, VSAA-2026-803115 after
    // 30 min; NVA-2026-11873 is not registered yet. 2 of 3 = 66.67 %.
    const nov: Kpi[] = (await ok(KPIS, { m: '2026-11' }, operator)).channelKpis;
    expect(find(nov, 'REGISTRATION_WITHIN_10_MINUTES', 'ALL')).toMatchObject({ measured: { basis: 3 }, reported: null, meetsTarget: false });
    expect(find(nov, 'REGISTRATION_WITHIN_10_MINUTES', 'ALL').measured!.value).toBeCloseTo(200 / 3, 6);
    expect(find(nov, 'SATISFACTION', 'E_SERVICE')).toMatchObject({ measured: null, gap: null, meetsTarget: null });
    // October 2026: the birth registered in Rīga (in person) was rated 4, which meets the target of at least 4.
    const oct: Kpi[] = (await ok(KPIS, { m: '2026-10' }, operator)).channelKpis;
    expect(find(oct, 'SATISFACTION', 'IN_PERSON')).toMatchObject({ measured: { value: 4, basis: 1 }, gap: 0, meetsTarget: true });
    expect(find(oct, 'REGISTRATION_WITHIN_10_MINUTES', 'ALL')).toMatchObject({ measured: { value: 0, basis: 2 }, gap: -100, meetsTarget: false });
    // Every channel clients rate through has a satisfaction KPI; the phone has its two reported ones.
    expect(oct.filter((k) => k.kpi === 'SATISFACTION').map((k) => k.channel)).toEqual(['E_SERVICE', 'IN_PERSON', 'CLIENT_SERVICE_CENTRE', 'PHONE', 'POST', 'EMAIL', 'E_ADDRESS']);
  });

  it('take the values an institution reports, with who reported them, and give the gap to the target', async () => {
    const calls = (await ok(REPORT, { input: { kpi: 'CALLS_ANSWERED', channel: 'PHONE', month: '2026-11', value: 93.5, source: 'Tālruņa centrāles atskaite 2026-11' } }, pmlp)).reportChannelKpi;
    expect(calls).toEqual({ reported: { value: 93.5, period: '2026-11', source: 'Tālruņa centrāles atskaite 2026-11', reportedBy: 'institution:PMLP' }, errors: [] });
    await ok(REPORT, { input: { kpi: 'CALL_PICKUP_SECONDS', channel: 'PHONE', month: '2026-11', value: 12, source: 'Centrāle' } }, pmlp);
    // A later report for the same month replaces the earlier one.
    await ok(REPORT, { input: { kpi: 'CALL_PICKUP_SECONDS', channel: 'PHONE', month: '2026-11', value: 8, source: 'Centrāle, labots' } }, pmlp);
    const mine: Kpi[] = (await ok(KPIS, { m: '2026-11' }, pmlp)).channelKpis;
    expect(find(mine, 'CALLS_ANSWERED', 'PHONE')).toMatchObject({ measured: null, reported: { value: 93.5, reportedBy: 'institution:PMLP', period: '2026-11' }, gap: -1.5, meetsTarget: false });
    expect(find(mine, 'CALL_PICKUP_SECONDS', 'PHONE')).toMatchObject({ reported: { value: 8, source: 'Centrāle, labots' }, gap: 2, meetsTarget: true });
    // PMLP's own November: both of its applications were registered within 5 minutes.
    expect(find(mine, 'REGISTRATION_WITHIN_10_MINUTES', 'ALL')).toMatchObject({ measured: { value: 100, basis: 2 }, gap: 0, meetsTarget: true });
    // Another institution sees its own KPIs, not PMLP's reports.
    expect(find((await ok(KPIS, { m: '2026-11' }, vid)).channelKpis, 'CALLS_ANSWERED', 'PHONE').reported).toBeNull();
  });

  it('refuse other institutions, persons and anonymous callers, and name a bad value', async () => {
    expect(errorCodes(await graph.gql(KPIS, { m: '2026-11', i: 'PMLP' }, { token: vid }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(KPIS, { m: '2026-11' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(KPIS, { m: 'November' }, { token: pmlp }))).toEqual(['BAD_USER_INPUT']);
    const input = { kpi: 'CALLS_ANSWERED', channel: 'PHONE', month: '2026-11', value: 90, source: 'x' };
    expect(errorCodes(await graph.gql(REPORT, { input: { ...input, institutionCode: 'PMLP' } }, { token: vid }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(REPORT, { input }, { token: person }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(REPORT, { input }))).toEqual(['UNAUTHENTICATED']);
    const paths = async (over: Record<string, unknown>, token = pmlp) => (await ok(REPORT, { input: { ...input, ...over } }, token)).reportChannelKpi.errors.map((e: { path: string }) => e.path);
    expect(await paths({ value: 101 })).toEqual(['value']);
    expect(await paths({ channel: 'WEB' })).toEqual(['channel']);
    expect(await paths({ month: '2026-13' })).toEqual(['month']);
    expect(await paths({ source: ' ' })).toEqual(['source']);
    expect(await paths({}, operator)).toEqual(['institutionCode']);
  });
});

describe('service indicators', () => {
  it('give the unit cost its holder reports, with the year’s cases and their cost', async () => {
    const reported = (await ok(COST, { input: { serviceCode: 'VSAA-VECUMA-PENSIJA', year: 2026, unitCost: 12.5, source: 'Izmaksu aprēķins 2026' } }, vsaa)).reportServiceUnitCost;
    expect(reported).toEqual({ reported: { value: 12.5, period: '2026', reportedBy: 'institution:VSAA' }, errors: [] });
    const res = await ok('{ service(code: "VSAA-VECUMA-PENSIJA") { unitCost(year: 2026) { year cases totalCost unitCost { value source reportedBy } } none: unitCost(year: 2025) { year } } }', {});
    // One demo case of the old-age pension in 2026 (VSAA-2026-502311): 1 × 12.50 €.
    expect(res.service).toEqual({ unitCost: { year: 2026, cases: 1, totalCost: 12.5, unitCost: { value: 12.5, source: 'Izmaksu aprēķins 2026', reportedBy: 'institution:VSAA' } }, none: null });
    expect(errorCodes(await graph.gql(COST, { input: { serviceCode: 'VSAA-VECUMA-PENSIJA', year: 2026, unitCost: 1, source: 'x' } }, { token: pmlp }))).toEqual(['FORBIDDEN']);
    expect((await ok(COST, { input: { serviceCode: 'NO-SUCH', year: 2026, unitCost: 1, source: 'x' } }, vsaa)).reportServiceUnitCost.errors).toEqual([{ code: 'BAD_USER_INPUT', path: 'serviceCode' }]);
    expect((await ok(COST, { input: { serviceCode: 'VSAA-VECUMA-PENSIJA', year: 2026, unitCost: -1, source: 'x' } }, vsaa)).reportServiceUnitCost.errors).toEqual([{ code: 'BAD_USER_INPUT', path: 'unitCost' }]);
  });

  it('break a service’s demo year down by region, client kind and month, in working days', async () => {
    const q = `query($code: String!) { service(code: $code) { caseStatistics(from: "2026-01-01T00:00:00+02:00", to: "2027-01-01T00:00:00+02:00") {
      total open decided byRegion { region count figures { averageRating satisfiedShare averageProcessingDays } } byClientKind { clientKind count }
      byMonth { period count figures { resolved averageProcessingDays } } medianProcessingDays } } }`;
    const birth = (await ok(q, { code: 'RIGA-DZIMSANA' })).service.caseStatistics;
    // RIGA-DZ-2026-5531: in person in Rīga, 8 October 2026, completed the same day (0 working days), rated 4.
    expect(birth).toMatchObject({ total: 1, open: 0, decided: 0, medianProcessingDays: 0, byClientKind: [{ clientKind: 'PERSON', count: 1 }] });
    expect(birth.byRegion).toEqual([{ region: 'Rīga', count: 1, figures: { averageRating: 4, satisfiedShare: 1, averageProcessingDays: 0 } }]);
    // VSAA-VECAKU-PABALSTS: submitted Thursday 5 November, decided Monday 16 November 2026: 6, 9–13 and 16 November = 7
    // working days (no holiday between); DECIDED, so not open.
    const benefit = (await ok(q, { code: 'VSAA-VECAKU-PABALSTS' })).service.caseStatistics;
    expect(benefit).toMatchObject({ total: 1, open: 0, decided: 1, medianProcessingDays: 7, byMonth: [{ period: '2026-11', count: 1, figures: { resolved: 1, averageProcessingDays: 7 } }] });
    expect(benefit.byRegion).toEqual([{ region: null, count: 1, figures: { averageRating: null, satisfiedShare: null, averageProcessingDays: 7 } }]);
  });

  it('give the time per step: the working days spent in each status, from the status changes', async () => {
    const q = `query($code: String!) { service(code: $code) { caseStatistics(from: "2026-01-01T00:00:00+02:00", to: "2027-01-01T00:00:00+02:00") {
      medianProcessingDays byStep { status stays workingDays averageWorkingDays } } } }`;
    // VSAA-2026-803115: SUBMITTED Thu 5 Nov 08:00Z → REGISTERED 08:30 the same day (0); → IN_PROGRESS Fri 6 Nov (1);
    // → DECIDED Mon 16 Nov (9–13 and 16 November: 6). 0 + 1 + 6 = the 7 working days to the decision; DECIDED is
    // where it is now, so it is not a step yet.
    const benefit = (await ok(q, { code: 'VSAA-VECAKU-PABALSTS' })).service.caseStatistics;
    expect(benefit.byStep).toEqual([
      { status: 'SUBMITTED', stays: 1, workingDays: 0, averageWorkingDays: 0 },
      { status: 'REGISTERED', stays: 1, workingDays: 1, averageWorkingDays: 1 },
      { status: 'IN_PROGRESS', stays: 1, workingDays: 6, averageWorkingDays: 6 },
    ]);
    expect(benefit.medianProcessingDays).toBe(7);
    // VSAA-2026-502311 (old-age pension): SUBMITTED → REGISTERED within minutes (0); → DECIDED Wed 28 Jan: 12–16, Saturday
    // 17 (worked for Friday 2 January by the Cabinet's transfer), 19–23, 26–28 = 14; DECIDED → COMPLETED Sun 1 Feb: 29, 30 = 2.
    expect((await ok(q, { code: 'VSAA-VECUMA-PENSIJA' })).service.caseStatistics.byStep).toEqual([
      { status: 'SUBMITTED', stays: 1, workingDays: 0, averageWorkingDays: 0 },
      { status: 'REGISTERED', stays: 1, workingDays: 14, averageWorkingDays: 14 },
      { status: 'DECIDED', stays: 1, workingDays: 2, averageWorkingDays: 2 },
    ]);
  });
});

describe('the roll-ups kept by the writes', () => {
  it('count a case registered in a region at once, and its registration and resolution as they happen', async () => {
    const q = '{ service(code: "PMLP-PASE") { caseStatistics(from: "2025-03-01T00:00:00+02:00", to: "2025-04-01T00:00:00+03:00") { total open decided byRegion { region count figures { resolved averageProcessingDays } } } } }';
    // Submitted Monday 3 March 2025 at 10:00 in Latvia, registered 4 minutes later, decided Friday 7 March: 4 working days.
    const c = await registerCase(graph, pmlp, { serviceCode: 'PMLP-PASE', submittedAt: '2025-03-03T08:00:00Z', region: 'Cēsu novads', personalCode: testPersonalCode(40) });
    expect((await ok(`{ case(id: "${c.id}", purpose: "test") { region } }`, {}, pmlp)).case.region).toBe('Cēsu novads');
    expect((await ok(q, {})).service.caseStatistics).toEqual({ total: 1, open: 1, decided: 0, byRegion: [{ region: 'Cēsu novads', count: 1, figures: { resolved: 0, averageProcessingDays: null } }] });
    const registered = await updateStatus(graph, pmlp, { caseId: c.id, expectedVersion: 1, status: 'REGISTERED', at: '2025-03-03T08:04:00Z' });
    await updateStatus(graph, pmlp, { caseId: c.id, expectedVersion: registered.case.version, status: 'DECIDED', at: '2025-03-07T12:00:00Z' });
    expect((await ok(q, {})).service.caseStatistics).toEqual({ total: 1, open: 0, decided: 1, byRegion: [{ region: 'Cēsu novads', count: 1, figures: { resolved: 1, averageProcessingDays: 4 } }] });
    const march: Kpi[] = (await ok(KPIS, { m: '2025-03' }, pmlp)).channelKpis;
    expect(find(march, 'REGISTRATION_WITHIN_10_MINUTES', 'ALL')).toMatchObject({ measured: { value: 100, basis: 1 }, meetsTarget: true });
    const blank = await graph.gql('mutation($input: RegisterCaseInput!) { registerCase(input: $input) { errors { code } } }', {
      input: { idempotencyKey: randomUUID(), reference: 'T-REGION', serviceCode: 'PMLP-PASE', client: { personalCode: testPersonalCode(41) }, applicationChannel: 'IN_PERSON', submittedAt: '2025-03-03T08:00:00Z', region: ' ' },
    }, { token: pmlp });
    expect(errorCodes(blank)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the portfolio view (RK2, RK11)', () => {
  const PORTFOLIO = 'servicePortfolio { serviceCount keyServiceCount keyServicesByMaturity { maturityLevel count share } byImportance { importanceLevel count byMaturity { maturityLevel count } } }';

  it('gives per institution the share of its key services at each maturity level, as its published services say', async () => {
    const res = await ok(`{ institution(code: "PMLP") { ${PORTFOLIO} } services(first: 100, filter: { holderCode: "PMLP" }) { totalCount nodes { isKeyService maturityLevel importance { level } } } }`, {});
    const list: { isKeyService: boolean; maturityLevel: number | null; importance: { level: number } | null }[] = res.services.nodes;
    const p = res.institution.servicePortfolio;
    // Recomputed from the catalogue's own list of PMLP's services.
    const key = list.filter((s) => s.isKeyService);
    expect(p.serviceCount).toBe(res.services.totalCount);
    expect(p.keyServiceCount).toBe(key.length);
    expect(key.length).toBeGreaterThan(0);
    for (const level of [0, 1, 2, 3, 4, 5]) {
      const count = key.filter((s) => s.maturityLevel === level).length;
      expect(p.keyServicesByMaturity.find((m: { maturityLevel: number }) => m.maturityLevel === level)).toEqual({ maturityLevel: level, count, share: count / key.length });
    }
    expect(p.byImportance.reduce((n: number, i: { count: number }) => n + i.count, 0)).toBe(list.length);
    for (const i of p.byImportance) expect(i.count).toBe(list.filter((s) => (s.importance?.level ?? null) === i.importanceLevel).length);
  });

  it('costs the same statements for every institution as for a few', async () => {
    const statementsFor = async (n: number) => {
      const before = graph.statementCount();
      const res = await graph.gql(`query($n: Int) { institutions(first: $n) { nodes { code ${PORTFOLIO} } } }`, { n });
      expect(res.errors).toBeUndefined();
      return graph.requestStatementsSince(before);
    };
    expect(await statementsFor(30)).toBe(await statementsFor(3));
  });
});
