import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

// The expected values are recomputed by hand from the demo cases in subgraphs/cases/demo/seed.ts (docs/indicators.md).
let graph: TestGraph;
let vsaa: string, pmlp: string;
beforeAll(async () => {
  graph = await startTestGraph();
  [vsaa, pmlp] = await Promise.all([graph.token({ institution: 'VSAA' }), graph.token({ institution: 'PMLP' })]);
}, 180_000);
afterAll(() => graph?.stop());

type Month = { month: string; value: number | null; basis: number; open: number };
type Indicator = { code: string; unit: string; measure: { kind: string; serviceCodes: string[]; workingDays: number | null } | null; unmeasuredReason: string | null; measuredValues: Month[] | null };
const INDICATORS = 'query($code: String!, $year: Int!) { lifeSituation(code: $code) { goals { indicators { code unit measure { kind serviceCodes workingDays } unmeasuredReason measuredValues(year: $year) { month value basis open } } } } }';
const indicators = (data: { lifeSituation: { goals: { indicators: Indicator[] }[] } }) => data.lifeSituation.goals.flatMap((g) => g.indicators);
const month = (list: Month[] | null, m: string) => list!.find((x) => x.month === m);
const lv = (value: string) => [{ language: 'lv', value }];

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await graph.gql(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

describe('life-situation indicators measured from cases', () => {
  it('the birth of a child: benefits decided within 10 working days and the average rating, per month of 2026', async () => {
    const list: Indicator[] = indicators(await ok(INDICATORS, { code: 'BERNA-PIEDZIMSANA', year: 2026 }));
    const benefits = list.find((i) => i.code === 'BENEFITS_DECIDED_IN_10_DAYS')!;
    expect(benefits.measure).toEqual({ kind: 'RESOLVED_WITHIN_WORKING_DAYS', serviceCodes: ['VSAA-PIEDZIMSANA', 'VSAA-VECAKU-PABALSTS', 'VSAA-GVB'], workingDays: 10 });
    expect(benefits.measuredValues).toHaveLength(12);
    // November: VSAA-2026-803115 (parental benefit) decided in 7 working days, within 10: 1 of 1 = 100 %.
    expect(month(benefits.measuredValues, '2026-11')).toEqual({ month: '2026-11', value: 100, basis: 1, open: 0 });
    // October: VSAA-2026-771020 (childbirth benefit) still awaits the client: nothing resolved to measure, one open.
    expect(month(benefits.measuredValues, '2026-10')).toEqual({ month: '2026-10', value: null, basis: 0, open: 1 });
    expect(month(benefits.measuredValues, '2026-01')).toEqual({ month: '2026-01', value: null, basis: 0, open: 0 });

    const rating = list.find((i) => i.code === 'SATISFACTION_SCORE')!;
    expect(rating.measure!.kind).toBe('AVERAGE_RATING');
    // October: RIGA-DZ-2026-5531 (the birth registered in Rīga) rated 4; VSAA-2026-771020 open.
    expect(month(rating.measuredValues, '2026-10')).toEqual({ month: '2026-10', value: 4, basis: 1, open: 1 });
    // September: PMLP-2026/003907 (a declared residence) rated 5.
    expect(month(rating.measuredValues, '2026-09')).toEqual({ month: '2026-09', value: 5, basis: 1, open: 0 });
    // November: no ratings; PMLP-2026/004211 and PMLP-2026/004388 open (VSAA-2026-803115 is decided).
    expect(month(rating.measuredValues, '2026-11')).toEqual({ month: '2026-11', value: null, basis: 0, open: 2 });

    // What the graph cannot measure says so, with no number.
    for (const code of ['PROACTIVE_SHARE', 'DAYS_TO_COMPLETE', 'ON_TIME_SHARE'])
      expect(list.find((i) => i.code === code)).toMatchObject({ measure: null, unmeasuredReason: 'NEEDS_LIFE_EVENTS_WITH_CASES', measuredValues: null });
    expect(benefits.unmeasuredReason).toBeNull();
  });

  it('the holder declares a measure on its own situation; wrong declarations are named, a bad year refused', async () => {
    const UPDATE = 'mutation($code: String!, $input: LifeSituationInput!) { updateLifeSituation(code: $code, input: $input) { errors { code ... on LifeSituationInvalid { problems { path } } } } }';
    const goal = (indicator: Record<string, unknown>) => ({ goals: [{ dimension: 'EFFICIENCY', statement: lv('Pieteikumi'), indicators: [{ code: 'APPLICATIONS', name: lv('Pieteikumu skaits'), direction: 'AT_LEAST', ...indicator }] }] });
    const problems = async (indicator: Record<string, unknown>) =>
      (await ok(UPDATE, { code: 'DZIVESVIETAS-MAINA', input: goal(indicator) }, pmlp)).updateLifeSituation.errors.flatMap((e: { problems: { path: string }[] }) => e.problems.map((p) => p.path));
    expect(await problems({ unit: 'PERCENT', measure: { kind: 'APPLICATIONS', serviceCodes: ['PMLP-PASE'] } })).toEqual(['goals[0].indicators[0].measure.kind']);
    expect(await problems({ unit: 'PERCENT', measure: { kind: 'RESOLVED_WITHIN_WORKING_DAYS', serviceCodes: ['PMLP-PASE'] } })).toEqual(['goals[0].indicators[0].measure.workingDays']);
    expect(await problems({ unit: 'COUNT', measure: { kind: 'APPLICATIONS', serviceCodes: [] }, unmeasuredReason: 'DATA_OUTSIDE_GRAPH' }))
      .toEqual(['goals[0].indicators[0].unmeasuredReason', 'goals[0].indicators[0].measure.serviceCodes']);
    // Another institution may not declare how PMLP's situation is measured.
    expect(errorCodes(await graph.gql(UPDATE, { code: 'DZIVESVIETAS-MAINA', input: goal({ unit: 'COUNT' }) }, { token: vsaa }))).toEqual(['FORBIDDEN']);

    const declared = await ok(UPDATE, { code: 'DZIVESVIETAS-MAINA', input: goal({ unit: 'COUNT', measure: { kind: 'APPLICATIONS', serviceCodes: ['PMLP-PASE', 'PMLP-EID'] } }) }, pmlp);
    expect(declared.updateLifeSituation.errors).toEqual([]);
    const [applications]: Indicator[] = indicators(await ok(INDICATORS, { code: 'DZIVESVIETAS-MAINA', year: 2026 }));
    // November 2026: PMLP-2026/004211 (passport) and PMLP-2026/004388 (eID card), both open.
    expect(month(applications.measuredValues, '2026-11')).toEqual({ month: '2026-11', value: 2, basis: 2, open: 2 });

    const bad = await graph.gql(INDICATORS, { code: 'DZIVESVIETAS-MAINA', year: 1900 });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].path).toEqual(['lifeSituation', 'goals', 0, 'indicators', 0, 'measuredValues']);
    expect(indicators(bad.data)[0]).toMatchObject({ code: 'APPLICATIONS', measuredValues: null });
  });

  it('with the cases subgraph down, the values are null with SUBGRAPH_UNAVAILABLE on their path; the declarations stand', async () => {
    await graph.platform.subgraphs.find((s) => s.name === 'cases')!.close();
    const res = await graph.gql(INDICATORS, { code: 'BERNA-PIEDZIMSANA', year: 2026 });
    expect(res.status).toBe(200);
    const benefits = indicators(res.data).find((i) => i.code === 'BENEFITS_DECIDED_IN_10_DAYS')!;
    expect(benefits).toMatchObject({ measure: { kind: 'RESOLVED_WITHIN_WORKING_DAYS', workingDays: 10 }, unmeasuredReason: null, measuredValues: null });
    expect(res.errors!.length).toBeGreaterThan(0);
    for (const error of res.errors!) {
      expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', retryAfterSeconds: expect.any(Number) });
      expect(error.path!.at(-1)).toBe('measuredValues');
    }
  });
});
