import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
let vsaa: string, pmlp: string, operator: string, person: string;
beforeAll(async () => {
  graph = await startTestGraph();
  [vsaa, pmlp, operator, person] = await Promise.all([
    graph.token({ institution: 'VSAA' }), graph.token({ institution: 'PMLP' }), graph.token({ operator: 'ops' }), graph.token({ person: DEMO_PEOPLE.anna.personalCode }),
  ]);
}, 180_000);
afterAll(() => graph?.stop());

const lv = (value: string, en?: string) => [{ language: 'lv', value }, ...(en ? [{ language: 'en', value: en }] : [])];
const SITUATION = 'lifeSituation { code status version holderCode title(language: "en") description steps { position title services { code } dueOffset condition { kind years } } triggeredBy related { code } goals { indicators { code target } } }';
const ERRORS = 'errors { __typename code message ... on LifeSituationInvalid { problems { path message } } ... on LifeSituationIncomplete { missing } ... on LifeSituationVersionConflict { currentVersion } }';
const CREATE = `mutation($input: LifeSituationInput!) { createLifeSituation(input: $input) { ${SITUATION} ${ERRORS} } }`;
const UPDATE = `mutation($code: String!, $input: LifeSituationInput!, $v: Int) { updateLifeSituation(code: $code, input: $input, expectedVersion: $v) { ${SITUATION} ${ERRORS} } }`;
const PUBLISH = `mutation($code: String!) { publishLifeSituation(code: $code) { ${SITUATION} ${ERRORS} } }`;
const ARCHIVE = `mutation($code: String!) { archiveLifeSituation(code: $code) { ${SITUATION} ${ERRORS} } }`;
const READ = 'query($code: String!) { lifeSituation(code: $code) { code status version history { version change changedFields changedBy snapshot } } }';

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await graph.gql(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

const PET = {
  code: 'MAJDZIVNIEKA-IEGADE',
  audience: 'PERSON',
  title: lv('Mājdzīvnieka iegāde', 'Getting a pet'),
  triggeredBy: ['RESIDENCE_CHANGE'],
  goals: [{ dimension: 'RESULTS', statement: lv('Visi suņi reģistrēti'), indicators: [{ code: 'DOGS_REGISTERED', name: lv('Reģistrēto suņu daļa'), unit: 'PERCENT', target: 95, direction: 'AT_LEAST' }] }],
};

describe('a holder manages its life situation', () => {
  it('creates a draft only it and operators see, publishes it, and versions every change with a readable snapshot', async () => {
    const created = (await ok(CREATE, { input: PET }, vsaa)).createLifeSituation;
    expect(created.errors).toEqual([]);
    expect(created.lifeSituation).toMatchObject({ code: 'MAJDZIVNIEKA-IEGADE', status: 'DRAFT', version: 1, holderCode: 'VSAA', title: 'Getting a pet', triggeredBy: ['RESIDENCE_CHANGE'] });

    // A draft is the holder's own: not listed, not readable by others, not offered.
    expect((await ok(READ, { code: PET.code })).lifeSituation).toBeNull();
    expect((await ok(READ, { code: PET.code }, pmlp)).lifeSituation).toBeNull();
    expect((await ok(READ, { code: PET.code }, operator)).lifeSituation.status).toBe('DRAFT');
    const listed = await ok('{ lifeSituations(first: 100) { nodes { code } } }', {});
    expect(listed.lifeSituations.nodes.map((n: { code: string }) => n.code)).not.toContain(PET.code);

    // Publishing needs a description and steps, each with a service or done by the event.
    const incomplete = (await ok(PUBLISH, { code: PET.code }, vsaa)).publishLifeSituation;
    expect(incomplete.errors).toEqual([expect.objectContaining({ __typename: 'LifeSituationIncomplete', code: 'INCOMPLETE', missing: ['description', 'steps'] })]);

    const steps = [
      { title: lv('Reģistrē suni', 'Register the dog'), serviceCodes: ['LDC-MAJDZIVNIEKS'], dueOffset: 'P14D' },
      { title: lv('Deklarē dzīvesvietu'), serviceCodes: ['PMLP-DZIVESVIETA'], required: false, condition: { kind: 'AGE_AT_LEAST', years: 18 } },
    ];
    const updated = (await ok(UPDATE, { code: PET.code, v: 1, input: { description: lv('Ko darīt, iegādājoties suni vai kaķi.'), steps, related: ['DZIVESVIETAS-MAINA'] } }, vsaa)).updateLifeSituation;
    expect(updated.errors).toEqual([]);
    expect(updated.lifeSituation).toMatchObject({ version: 2, status: 'DRAFT', related: [{ code: 'DZIVESVIETAS-MAINA' }] });
    expect(updated.lifeSituation.steps).toEqual([
      { position: 1, title: 'Reģistrē suni', services: [{ code: 'LDC-MAJDZIVNIEKS' }], dueOffset: 'P14D', condition: null },
      { position: 2, title: 'Deklarē dzīvesvietu', services: [{ code: 'PMLP-DZIVESVIETA' }], dueOffset: null, condition: { kind: 'AGE_AT_LEAST', years: 18 } },
    ]);

    const published = (await ok(PUBLISH, { code: PET.code }, vsaa)).publishLifeSituation;
    expect(published.lifeSituation).toMatchObject({ status: 'PUBLISHED', version: 3 });
    expect((await ok(READ, { code: PET.code })).lifeSituation).toMatchObject({ status: 'PUBLISHED', history: null });
    const onService = await ok('{ service(code: "PMLP-DZIVESVIETA") { lifeSituations { code } } }', {});
    expect(onService.service.lifeSituations.map((s: { code: string }) => s.code)).toContain(PET.code);

    // A published situation keeps what publishing needs; a stale version is a conflict, not an overwrite.
    const cleared = (await ok(UPDATE, { code: PET.code, input: { steps: [] } }, vsaa)).updateLifeSituation;
    expect(cleared.errors[0]).toMatchObject({ __typename: 'LifeSituationInvalid', problems: [{ path: 'steps', message: 'is required while the life situation is published' }] });
    const stale = (await ok(UPDATE, { code: PET.code, v: 2, input: { title: lv('Suns vai kaķis') } }, vsaa)).updateLifeSituation;
    expect(stale.errors[0]).toMatchObject({ __typename: 'LifeSituationVersionConflict', code: 'CONFLICT', currentVersion: 3 });
    const retitled = (await ok(UPDATE, { code: PET.code, v: 3, input: { title: lv('Suns vai kaķis', 'A dog or a cat') } }, operator)).updateLifeSituation;
    expect(retitled.lifeSituation).toMatchObject({ version: 4, title: 'A dog or a cat' });
    // The same input again changes nothing and makes no version.
    expect((await ok(UPDATE, { code: PET.code, input: { title: lv('Suns vai kaķis', 'A dog or a cat') } }, vsaa)).updateLifeSituation.lifeSituation.version).toBe(4);

    const history = (await ok(READ, { code: PET.code }, vsaa)).lifeSituation.history;
    expect(history.map((h: { version: number; change: string; changedFields: string[]; changedBy: string }) => [h.version, h.change, h.changedFields, h.changedBy])).toEqual([
      [4, 'UPDATED', ['title'], 'operator:ops'],
      [3, 'PUBLISHED', ['status'], 'institution:VSAA'],
      [2, 'UPDATED', ['description', 'steps', 'related'], 'institution:VSAA'],
      [1, 'CREATED', [], 'institution:VSAA'],
    ]);
    // An old version's content can be read: version 2 had the old title.
    expect(history[2].snapshot).toMatchObject({ status: 'DRAFT', title: { lv: 'Mājdzīvnieka iegāde', en: 'Getting a pet' }, steps: [{ services: ['LDC-MAJDZIVNIEKS'] }, { required: false }] });

    const archived = (await ok(ARCHIVE, { code: PET.code }, vsaa)).archiveLifeSituation;
    expect(archived.lifeSituation).toMatchObject({ status: 'ARCHIVED', version: 5 });
    expect((await ok(READ, { code: PET.code })).lifeSituation.status).toBe('ARCHIVED');
    expect((await ok(ARCHIVE, { code: PET.code }, vsaa)).archiveLifeSituation.errors[0].__typename).toBe('LifeSituationAlreadyInState');
  });

  it('refuses another institution, persons and anonymous callers, and names each bad field', async () => {
    const other = await graph.gql(UPDATE, { code: 'BERNA-PIEDZIMSANA', input: { title: lv('Cits') } }, { token: pmlp });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(other.errors![0].message).toMatch(/belongs to VSAA/);
    expect(errorCodes(await graph.gql(PUBLISH, { code: 'BERNA-PIEDZIMSANA' }, { token: pmlp }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(CREATE, { input: { ...PET, code: 'CITA', holderCode: 'VSAA' } }, { token: pmlp }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(CREATE, { input: PET }, { token: person }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(CREATE, { input: PET }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graph.gql(UPDATE, { code: 'NO-SUCH', input: {} }, { token: vsaa }))).toEqual(['NOT_FOUND']);

    const bad = (await ok(CREATE, {
      input: {
        code: 'bad code', audience: 'PERSON', title: [{ language: 'en', value: 'No Latvian' }], related: ['NO-SUCH-SITUATION'],
        steps: [{ title: lv('Solis'), serviceCodes: [], dueOffset: 'one month', condition: { kind: 'AGE_UNDER' } }],
        goals: [{ dimension: 'SATISFACTION', statement: lv('Apmierināti'), indicators: [{ code: 'SCORE', name: lv('Vērtējums'), unit: 'SCORE_1_5', target: 7, direction: 'AT_LEAST' }] }],
      },
    }, vsaa)).createLifeSituation;
    expect(bad.errors[0].__typename).toBe('LifeSituationInvalid');
    expect(bad.errors[0].problems.map((p: { path: string }) => p.path).sort()).toEqual(['code', 'goals[0].indicators[0].target', 'steps[0].condition.years', 'steps[0].dueOffset', 'title']);
    const taken = (await ok(CREATE, { input: { ...PET, code: 'BERNA-PIEDZIMSANA' } }, vsaa)).createLifeSituation;
    expect(taken.errors[0]).toMatchObject({ __typename: 'LifeSituationCodeTaken', code: 'CONFLICT' });
    const unknownRelated = (await ok(CREATE, { input: { ...PET, code: 'CITA-SITUACIJA', related: ['NO-SUCH-SITUATION'] } }, vsaa)).createLifeSituation;
    expect(unknownRelated.errors[0].problems).toEqual([{ path: 'related[0]', message: 'no life situation has the code "NO-SUCH-SITUATION"' }]);
  });
});

describe('who may report life events', () => {
  const ALLOW = 'mutation($i: LifeEventReporterInput!) { allowLifeEventReporter(input: $i) { changed reporter { eventType institutionCode } errors { code } } }';
  const DISALLOW = 'mutation($i: LifeEventReporterInput!) { disallowLifeEventReporter(input: $i) { changed reporter { eventType } errors { code } } }';
  const reporters = async (type: string) => (await ok('query($t: LifeEventType) { lifeEventReporters(eventType: $t) { institutionCode } }', { t: type }, operator)).lifeEventReporters.map((r: { institutionCode: string }) => r.institutionCode);

  it('is managed by the holder of a situation the event triggers, and by operators', async () => {
    // VSAA holds BERNA-PIEDZIMSANA, which CHILD_BIRTH triggers.
    const first = (await ok(ALLOW, { i: { eventType: 'CHILD_BIRTH', institutionCode: 'VID' } }, vsaa)).allowLifeEventReporter;
    expect(first).toEqual({ changed: true, reporter: { eventType: 'CHILD_BIRTH', institutionCode: 'VID' }, errors: [] });
    expect((await ok(ALLOW, { i: { eventType: 'CHILD_BIRTH', institutionCode: 'VID' } }, vsaa)).allowLifeEventReporter.changed).toBe(false);
    expect(await reporters('CHILD_BIRTH')).toContain('VID');
    expect((await ok(DISALLOW, { i: { eventType: 'CHILD_BIRTH', institutionCode: 'VID' } }, operator)).disallowLifeEventReporter).toEqual({ changed: true, reporter: null, errors: [] });
    expect(await reporters('CHILD_BIRTH')).not.toContain('VID');
    expect((await ok(ALLOW, { i: { eventType: 'CHILD_BIRTH', institutionCode: 'not a code' } }, vsaa)).allowLifeEventReporter.errors).toEqual([{ code: 'BAD_USER_INPUT' }]);
  });

  it('is refused to an institution holding no situation the event triggers, to persons and to anonymous callers', async () => {
    const refused = await graph.gql(ALLOW, { i: { eventType: 'COMPANY_FOUNDATION', institutionCode: 'VSAA' } }, { token: vsaa });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(DISALLOW, { i: { eventType: 'CHILD_BIRTH', institutionCode: 'PMLP' } }, { token: person }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(DISALLOW, { i: { eventType: 'CHILD_BIRTH', institutionCode: 'PMLP' } }))).toEqual(['UNAUTHENTICATED']);
    expect(await reporters('CHILD_BIRTH')).toContain('PMLP');
  });
});
