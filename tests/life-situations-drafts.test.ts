import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

// The MODIFIED state of a life situation, as services have it: a published situation edited as a draft.
let graph: TestGraph;
let vsaa: string, pmlp: string, person: string;
beforeAll(async () => {
  graph = await startTestGraph();
  [vsaa, pmlp, person] = await Promise.all([graph.token({ institution: 'VSAA' }), graph.token({ institution: 'PMLP' }), graph.token({ person: DEMO_PEOPLE.anna.personalCode })]);
}, 180_000);
afterAll(() => graph?.stop());

const lv = (value: string) => [{ language: 'lv', value }];
const FIELDS = 'code status publishingState version description(language: "lv") modifiedAt steps { title(language: "lv") } pendingChanges';
const ERRORS = 'errors { __typename code ... on LifeSituationInvalid { problems { path } } }';
const DRAFT = `mutation($code: String!, $input: LifeSituationInput!, $v: Int) { updateLifeSituation(code: $code, input: $input, expectedVersion: $v, asDraft: true) { lifeSituation { ${FIELDS} } ${ERRORS} } }`;
const PUBLISH = `mutation($code: String!) { publishLifeSituation(code: $code) { lifeSituation { ${FIELDS} } ${ERRORS} } }`;
const ARCHIVE = `mutation($code: String!) { archiveLifeSituation(code: $code) { lifeSituation { ${FIELDS} } ${ERRORS} } }`;
const READ = `query($code: String!) { lifeSituation(code: $code) { ${FIELDS} history(first: 3) { version change changedFields snapshot } } }`;
const OLD = 'Vecuma pensijas pieprasīšana un saistītie pakalpojumi.';
const NEW = 'Vecuma pensijas pieprasīšana tiešsaistē un pakalpojumi pēc tās.';
const NEW_STEP = { title: lv('Pieprasīt vecuma pensiju tiešsaistē'), serviceCodes: ['VSAA-VECUMA-PENSIJA'], condition: { kind: 'AGE_AT_LEAST', years: 65 } };

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await graph.gql(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

describe('a published life situation edited as a draft (MODIFIED)', () => {
  it('keeps what the public reads until the holder publishes the draft', async () => {
    const before = (await ok(READ, { code: 'PENSIONESANAS' })).lifeSituation;
    expect(before).toMatchObject({ status: 'PUBLISHED', publishingState: 'PUBLISHED', description: OLD, pendingChanges: null });

    const saved = (await ok(DRAFT, { code: 'PENSIONESANAS', v: before.version, input: { description: lv(NEW) } }, vsaa)).updateLifeSituation;
    expect(saved.errors).toEqual([]);
    expect(saved.lifeSituation).toMatchObject({ status: 'PUBLISHED', publishingState: 'MODIFIED', version: before.version + 1, description: OLD, pendingChanges: { description: lv(NEW) } });
    // A later draft adds to the pending change.
    const again = (await ok(DRAFT, { code: 'PENSIONESANAS', input: { steps: [NEW_STEP] } }, vsaa)).updateLifeSituation;
    expect(again.lifeSituation.pendingChanges).toEqual({ description: lv(NEW), steps: [NEW_STEP] });

    // The public, and another institution, still read the published situation, and do not see the draft.
    for (const token of [undefined, pmlp]) {
      const seen = (await ok(READ, { code: 'PENSIONESANAS' }, token)).lifeSituation;
      expect(seen).toMatchObject({ publishingState: 'MODIFIED', description: OLD, modifiedAt: before.modifiedAt, steps: [{ title: 'Pieprasīt vecuma pensiju' }], pendingChanges: null, history: null });
    }
    const holder = (await ok(READ, { code: 'PENSIONESANAS' }, vsaa)).lifeSituation;
    // A draft's changedFields are those its whole pending change differs in from the published situation.
    expect(holder.history[0]).toMatchObject({ version: before.version + 2, change: 'DRAFT_SAVED', changedFields: ['description', 'steps'] });
    expect(holder.history[0].snapshot).toMatchObject({ description: { lv: OLD }, pendingChanges: { description: lv(NEW), steps: [NEW_STEP] } });

    const published = (await ok(PUBLISH, { code: 'PENSIONESANAS' }, vsaa)).publishLifeSituation;
    expect(published.errors).toEqual([]);
    expect(published.lifeSituation).toMatchObject({ publishingState: 'PUBLISHED', description: NEW, steps: [{ title: 'Pieprasīt vecuma pensiju tiešsaistē' }], pendingChanges: null });
    const after = (await ok(READ, { code: 'PENSIONESANAS' })).lifeSituation;
    expect(after).toMatchObject({ publishingState: 'PUBLISHED', description: NEW, version: before.version + 3 });
    expect(after.modifiedAt > before.modifiedAt).toBe(true);
    expect((await ok(READ, { code: 'PENSIONESANAS' }, vsaa)).lifeSituation.history[0]).toMatchObject({ change: 'PUBLISHED', changedFields: ['description', 'steps'] });
    // Nothing pending: publishing again is refused.
    expect((await ok(PUBLISH, { code: 'PENSIONESANAS' }, vsaa)).publishLifeSituation.errors).toEqual([{ __typename: 'LifeSituationAlreadyInState', code: 'CONFLICT' }]);
  });

  it('refuses a draft that would break what publishing requires, another institution and the anonymous', async () => {
    const broken = (await ok(DRAFT, { code: 'BERNA-PIEDZIMSANA', input: { steps: [] } }, vsaa)).updateLifeSituation;
    expect(broken.errors).toEqual([{ __typename: 'LifeSituationInvalid', code: 'BAD_USER_INPUT', problems: [{ path: 'steps' }] }]);
    const input = { description: lv('Cits apraksts') };
    expect(errorCodes(await graph.gql(DRAFT, { code: 'BERNA-PIEDZIMSANA', input }, { token: pmlp }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(DRAFT, { code: 'BERNA-PIEDZIMSANA', input }, { token: person }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(DRAFT, { code: 'BERNA-PIEDZIMSANA', input }))).toEqual(['UNAUTHENTICATED']);
    // Nor may another institution publish the holder's draft.
    expect((await ok(DRAFT, { code: 'BERNA-PIEDZIMSANA', input }, vsaa)).updateLifeSituation.lifeSituation.publishingState).toBe('MODIFIED');
    expect(errorCodes(await graph.gql(PUBLISH, { code: 'BERNA-PIEDZIMSANA' }, { token: pmlp }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(PUBLISH, { code: 'BERNA-PIEDZIMSANA' }))).toEqual(['UNAUTHENTICATED']);
    // Archiving drops the draft.
    const archived = (await ok(ARCHIVE, { code: 'BERNA-PIEDZIMSANA' }, vsaa)).archiveLifeSituation;
    expect(archived.lifeSituation).toMatchObject({ status: 'ARCHIVED', publishingState: 'ARCHIVED', pendingChanges: null });
    expect(archived.lifeSituation.description).not.toBe('Cits apraksts');
  });
});
