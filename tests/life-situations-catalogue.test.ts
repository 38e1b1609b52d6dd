import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lifeSituations, stepServices, steps } from '../subgraphs/life-situations/db/tables.ts';
import { errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph?.stop());

const SITUATION = `query($code: String!) {
  lifeSituation(code: $code) {
    code title(language: "en") offerText(language: "en") audience holderCode holder { code name(language: "en") }
    euEvents { scheme code label(language: "en") } triggeredBy related { code }
    goals { dimension statement(language: "en") indicators { code name(language: "en") unit target direction } }
    steps { position title(language: "en") required dueOffset dueText(language: "lv") fulfilledByEvent
            condition { kind years text(language: "en") evaluation } services { code } }
  }
}`;

describe('a life situation', () => {
  it('comes with its holder, goals, EU mapping, triggers, steps, conditions, terms and services', async () => {
    const res = await graph.gql(SITUATION, { code: 'BERNA-PIEDZIMSANA' });
    expect(res.errors).toBeUndefined();
    const s = res.data.lifeSituation;
    expect(s).toMatchObject({
      code: 'BERNA-PIEDZIMSANA', title: 'Birth of a child', audience: 'PERSON', holderCode: 'VSAA', holder: { code: 'VSAA', name: 'State Social Insurance Agency' },
      euEvents: [{ scheme: 'LIFE_EVENT', code: 'having-a-child', label: 'Having a child' }], triggeredBy: ['CHILD_BIRTH'], related: [{ code: 'DZIVESVIETAS-MAINA' }],
    });
    expect(s.offerText).toMatch(/Congratulations/);
    expect(s.goals.map((g: { dimension: string }) => g.dimension)).toEqual(['SATISFACTION', 'EFFICIENCY', 'RESULTS']);
    expect(s.goals[0].indicators[0]).toEqual({ code: 'SATISFACTION_SCORE', name: 'Average client rating of the situation’s services', unit: 'SCORE_1_5', target: 4, direction: 'AT_LEAST' });
    expect(s.steps[0]).toMatchObject({ position: 1, title: 'Register the birth', required: true, dueOffset: 'P1M', dueText: '1 mēneša laikā pēc notikuma', fulfilledByEvent: true, condition: null, services: [{ code: 'RIGA-DZIMSANA' }] });
    expect(s.steps.find((st: { title: string }) => st.title === 'Claim the parental benefit')).toMatchObject({
      required: false, condition: { kind: 'IS_SOCIALLY_INSURED', years: null, text: 'is socially insured (employed or self-employed)', evaluation: 'NONE' },
    });
    expect(s.steps.map((st: { position: number }) => st.position)).toEqual(s.steps.map((_: unknown, i: number) => i + 1));
  });

  it('is found by id as well, and a bad lookup is BAD_USER_INPUT', async () => {
    const { data } = await graph.gql('{ lifeSituation(code: "PENSIONESANAS") { id } }');
    const byId = await graph.gql('query($id: ID!) { lifeSituation(id: $id) { code steps { condition { kind years evaluation } } } }', { id: data.lifeSituation.id });
    expect(byId.data.lifeSituation).toEqual({ code: 'PENSIONESANAS', steps: [{ condition: { kind: 'AGE_AT_LEAST', years: 65, evaluation: 'FULL' } }] });
    expect((await graph.gql('{ lifeSituation(code: "NO-SUCH") { id } }')).data.lifeSituation).toBeNull();
    expect(errorCodes(await graph.gql('{ lifeSituation { id } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graph.gql('{ lifeSituation(id: "not-a-uuid") { id } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps its other services when one is no longer in the catalogue', async () => {
    const db = graph.platform.databases.get('life-situations')!.db;
    const [moving] = await db.select().from(lifeSituations).where(eq(lifeSituations.code, 'DZIVESVIETAS-MAINA'));
    const [first] = await db.select().from(steps).where(eq(steps.lifeSituationId, moving.id)).orderBy(steps.position).limit(1);
    await db.insert(stepServices).values({ stepId: first.id, serviceCode: 'ZZ-WITHDRAWN', position: 9 });
    const res = await graph.gql('{ lifeSituation(code: "DZIVESVIETAS-MAINA") { code steps { position services { code name } } } }');
    expect(res.data.lifeSituation.code).toBe('DZIVESVIETAS-MAINA');
    expect(res.data.lifeSituation.steps[0].services).toEqual([{ code: 'PMLP-DZIVESVIETA', name: 'Dzīvesvietas deklarēšana' }, null]);
    expect(res.data.lifeSituation.steps).toHaveLength(4);
    // The gateway reports the missing service where it is, and only there.
    const [firstStepErrors, others] = [(res.errors ?? []).filter((e) => e.path?.slice(0, 5).join('.') === 'lifeSituation.steps.0.services.1'), (res.errors ?? []).filter((e) => e.path?.slice(0, 5).join('.') !== 'lifeSituation.steps.0.services.1')];
    expect(firstStepErrors.length).toBeGreaterThan(0);
    expect(others.filter((e) => e.path?.[2] === 0)).toEqual([]);
    // Asking only for the code needs no other subgraph: the withdrawn code is still there.
    const codes = await graph.gql('{ lifeSituation(code: "DZIVESVIETAS-MAINA") { steps { services { code } } } }');
    expect(codes.errors).toBeUndefined();
    expect(codes.data.lifeSituation.steps[0].services).toEqual([{ code: 'PMLP-DZIVESVIETA' }, { code: 'ZZ-WITHDRAWN' }]);
    await db.delete(stepServices).where(eq(stepServices.serviceCode, 'ZZ-WITHDRAWN'));
  });

  it('is listed from a service it includes', async () => {
    const res = await graph.gql('{ service(code: "PMLP-DZIVESVIETA") { lifeSituations { code } } }');
    expect(res.data.service.lifeSituations.map((s: { code: string }) => s.code)).toEqual([
      'BERNA-PIEDZIMSANA', 'DZIVESVIETAS-MAINA', 'LAULIBA', 'MAJAS-BUVNIECIBA', 'NEKUSTAMA-IPASUMA-IEGADE', 'PARCELSANAS-UZ-LATVIJU', 'STUDIJAS',
    ]);
  });
});

describe('listing and searching life situations', () => {
  const LIST = 'query($first: Int, $after: String, $filter: LifeSituationFilter) { lifeSituations(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { code } } }';
  const codes = async (filter: Record<string, unknown>) => {
    const res = await graph.gql(LIST, { first: 100, filter });
    expect(res.errors).toBeUndefined();
    return res.data.lifeSituations.nodes.map((n: { code: string }) => n.code);
  };

  it('lists the twelve latvija.lv situations in pages by code', async () => {
    const first = await graph.gql(LIST, { first: 5 });
    expect(first.data.lifeSituations).toMatchObject({ totalCount: 12, pageInfo: { hasNextPage: true } });
    const rest = await graph.gql(LIST, { first: 100, after: first.data.lifeSituations.pageInfo.endCursor });
    const all = [...first.data.lifeSituations.nodes, ...rest.data.lifeSituations.nodes].map((n: { code: string }) => n.code);
    expect(all).toHaveLength(12);
    expect(all).toEqual([...all].sort());
    expect(rest.data.lifeSituations.pageInfo.hasNextPage).toBe(false);
  });

  it('finds situations by words in any language, inflected, without diacritics', async () => {
    expect(await codes({ text: 'berns' })).toEqual(['BERNA-PIEDZIMSANA']);
    expect(await codes({ text: 'bērna piedzimšana' })).toEqual(['BERNA-PIEDZIMSANA']);
    expect(await codes({ text: 'BĒRNA PIEDZIMŠANAI' })).toEqual(['BERNA-PIEDZIMSANA']);
    expect(await codes({ text: 'moving' })).toEqual(['DZIVESVIETAS-MAINA', 'PARCELSANAS-UZ-LATVIJU']);
    expect(await codes({ text: 'pensija' })).toEqual(['PENSIONESANAS']);
    expect(await codes({ text: 'kāzas' })).toEqual(['LAULIBA']);
    expect(await codes({ text: 'bērna pensija' })).toEqual([]);
  });

  it('filters by audience and by the event that triggers them, with a matching total', async () => {
    expect(await codes({ audience: 'BUSINESS' })).toEqual(['UZNEMUMA-DIBINASANA']);
    expect(await codes({ triggeredBy: 'CHILD_BIRTH' })).toEqual(['BERNA-PIEDZIMSANA']);
    expect(await codes({ text: 'moving', audience: 'PERSON', triggeredBy: 'ARRIVAL_IN_LATVIA' })).toEqual(['PARCELSANAS-UZ-LATVIJU']);
    const res = await graph.gql(LIST, { first: 1, filter: { text: 'dzīvesvieta' } });
    expect(res.data.lifeSituations.nodes).toHaveLength(1);
    expect(res.data.lifeSituations.totalCount).toBeGreaterThan(1);
  });

  it('refuses a bad filter, page size or cursor with BAD_USER_INPUT', async () => {
    for (const variables of [{ filter: { text: '  ' } }, { filter: { text: 'x'.repeat(201) } }, { first: 0 }, { first: 101 }, { after: 'not-a-cursor' }])
      expect(errorCodes(await graph.gql(LIST, variables)), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
  });

  it('costs the same SQL for a page of 2 situations with their steps as for 12', async () => {
    const q = 'query($first: Int) { lifeSituations(first: $first) { nodes { code triggeredBy related { code } holder { code } steps { position condition { kind } services { code } } } } }';
    const count = async (first: number) => {
      const before = graph.statementCount();
      const res = await graph.gql(q, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data.lifeSituations.nodes).toHaveLength(first);
      return graph.requestStatementsSince(before);
    };
    const two = await count(2);
    expect(await count(12)).toBe(two);
    // page + count, triggers, related, steps, step services
    expect(two).toBeLessThanOrEqual(6);
  });
});
