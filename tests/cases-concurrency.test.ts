import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_EVENT, REGISTER, registerCase, testPersonalCode, TIMELINE, UPDATE_STATUS } from './support/cases.ts';
import { startTestGraph, type TestGraph } from './support/platform.ts';

// Run with TEST_DATABASE_URL to have PostgreSQL serialise the writers for real (row locks, unique keys);
// on PGlite the same code runs against one embedded connection.
let graph: TestGraph;
let pmlp: string;
beforeAll(async () => {
  graph = await startTestGraph();
  pmlp = await graph.token({ institution: 'PMLP' });
});
afterAll(() => graph?.stop());

const timeline = async (id: string) => (await graph.gql(TIMELINE, { id, purpose: 'pārbaude' }, { token: pmlp })).data.case;

describe('concurrent writes', () => {
  it('two writers with the same expected version: one wins, the other gets CONFLICT', async () => {
    for (let round = 0; round < 5; round++) {
      const created = await registerCase(graph, pmlp);
      const write = (status: string) =>
        graph.gql(UPDATE_STATUS, { input: { caseId: created.id, idempotencyKey: randomUUID(), expectedVersion: 1, status } }, { token: pmlp });
      const answers = (await Promise.all([write('REGISTERED'), write('REJECTED')])).map((r) => r.data.updateCaseStatus);
      const winners = answers.filter((a) => a.errors.length === 0);
      const losers = answers.filter((a) => a.errors.length > 0);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0]).toEqual({ case: null, errors: [expect.objectContaining({ __typename: 'UpdateCaseStatusConflict', code: 'CONFLICT', currentVersion: 2 })] });
      const after = await timeline(created.id);
      expect(after).toMatchObject({ version: 2, status: winners[0].case.status, timeline: { totalCount: 2 } });
    }
  });

  it('an event and a status change racing on one version: one wins, the other gets CONFLICT', async () => {
    const created = await registerCase(graph, pmlp);
    const [status, event] = await Promise.all([
      graph.gql(UPDATE_STATUS, { input: { caseId: created.id, idempotencyKey: randomUUID(), expectedVersion: 1, status: 'REGISTERED' } }, { token: pmlp }),
      graph.gql(ADD_EVENT, { input: { caseId: created.id, idempotencyKey: randomUUID(), expectedVersion: 1, type: 'MESSAGE', note: [{ language: 'lv', value: 'Sveiki' }] } }, { token: pmlp }),
    ]);
    const errors = [...status.data.updateCaseStatus.errors, ...event.data.addCaseEvent.errors];
    expect(errors).toEqual([expect.objectContaining({ code: 'CONFLICT', currentVersion: 2 })]);
    expect(await timeline(created.id)).toMatchObject({ version: 2, timeline: { totalCount: 2 } });
  });

  it('the same write sent three times at once makes one event', async () => {
    const created = await registerCase(graph, pmlp);
    const input = { caseId: created.id, idempotencyKey: randomUUID(), expectedVersion: 1, status: 'IN_PROGRESS' };
    const answers = await Promise.all([1, 2, 3].map(() => graph.gql(UPDATE_STATUS, { input }, { token: pmlp })));
    for (const a of answers) expect(a.data.updateCaseStatus).toMatchObject({ errors: [], case: { status: 'IN_PROGRESS', version: 2 } });
    expect(await timeline(created.id)).toMatchObject({ version: 2, timeline: { totalCount: 2 } });
  });

  it('the same registration sent three times at once makes one case', async () => {
    const input = { idempotencyKey: randomUUID(), reference: `C-${randomUUID().slice(0, 6)}`, serviceCode: 'PMLP-PASE', applicationChannel: 'E_SERVICE', submittedAt: '2026-03-02T09:00:00Z', client: { personalCode: testPersonalCode(14) } };
    const answers = await Promise.all([1, 2, 3].map(() => graph.gql(REGISTER, { input }, { token: pmlp })));
    const ids = new Set(answers.map((a) => a.data.registerCase.case.id));
    expect(ids.size).toBe(1);
    const list = await graph.gql('query($r: String) { institutionCases(purpose: "pārbaude", filter: { reference: $r }) { totalCount } }', { r: input.reference }, { token: pmlp });
    expect(list.data.institutionCases.totalCount).toBe(1);
  });
});
