// Writing to the one search box's index through the gateway: a life situation's entry (its holder institution or an
// operator, with an expected version) and demand figures (operators), each refusal and bad input, and the effect
// on what the search finds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { reindexSearch } from '../../subgraphs/services/data/search-reindex.ts';
import { DEMO_SITUATION_ENTRIES } from '../../subgraphs/services/demo/situation-search.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from '../support/platform.ts';

let graph: TestGraph;
let tokens: Record<'person' | 'vsaa' | 'pmlp' | 'operator' | 'app', string>;
beforeAll(async () => {
  graph = await startTestGraph();
  tokens = {
    person: await graph.token({ person: DEMO_PEOPLE.janis.personalCode }),
    vsaa: await graph.token({ institution: 'VSAA' }),
    pmlp: await graph.token({ institution: 'PMLP' }),
    operator: await graph.token({ operator: 'ops' }),
    app: await graph.token({ application: 'startup-app' }),
  };
}, 180_000);
afterAll(() => graph?.stop());

const SET = `mutation($input: LifeSituationSearchEntryInput!, $expectedVersion: Int) {
  setLifeSituationSearchEntry(input: $input, expectedVersion: $expectedVersion) {
    entry { code holderCode title(language: "ru") phrases { language value } serviceCodes version }
    errors { code message ... on SetLifeSituationSearchEntryInvalid { problems { path message } } ... on SetLifeSituationSearchEntryVersionConflict { currentVersion } }
  }
}`;
const DEMAND = `mutation($input: [ServiceDemandInput!]!) { recordServiceDemand(input: $input) { recorded errors { code message ... on RecordServiceDemandInvalid { problems { path } } } } }`;
const FIRST = `query($q: String!) { search(query: $q, first: 3) { nodes { code scoreParts { demand } } } }`;

const birth = DEMO_SITUATION_ENTRIES.find((e) => e.code === 'BERNA-PIEDZIMSANA')!;
const localized = (m: Record<string, string[]>) => Object.entries(m).flatMap(([language, values]) => values.map((value) => ({ language, value })));
const entryInput = (extra: { lv?: string[] } = {}, overrides: Record<string, unknown> = {}) => ({
  code: birth.code,
  holderCode: birth.holderCode,
  title: localized({ lv: [birth.title.lv], en: [birth.title.en], ru: [birth.title.ru] }),
  phrases: localized({ ...birth.phrases, lv: [...birth.phrases.lv, ...(extra.lv ?? [])] }),
  serviceCodes: birth.serviceCodes,
  ...overrides,
});
const firstCodes = async (q: string, token?: string) => ((await graph.gql(FIRST, { q }, { token })).data.search.nodes as { code: string }[]).map((n) => n.code);

describe('setLifeSituationSearchEntry', () => {
  it('lets the holder add a phrase, which the search then finds, and counts versions', async () => {
    expect(await firstCodes('stārķis atnesa')).not.toContain('BERNA-PIEDZIMSANA');
    const res = await graph.gql(SET, { input: entryInput({ lv: ['stārķis atnesa'] }), expectedVersion: 1 }, { token: tokens.vsaa });
    expect(res.data.setLifeSituationSearchEntry.errors).toEqual([]);
    expect(res.data.setLifeSituationSearchEntry.entry).toMatchObject({ code: 'BERNA-PIEDZIMSANA', holderCode: 'VSAA', title: 'Рождение ребенка', version: 2 });
    expect(res.data.setLifeSituationSearchEntry.entry.phrases).toContainEqual({ language: 'lv', value: 'stārķis atnesa' });
    expect((await firstCodes('stārķis atnesa'))[0]).toBe('BERNA-PIEDZIMSANA');
  });

  it('refuses a stale expected version with the current one, and changes nothing', async () => {
    const res = await graph.gql(SET, { input: entryInput({ lv: ['stale'] }), expectedVersion: 1 }, { token: tokens.operator });
    expect(res.data.setLifeSituationSearchEntry).toMatchObject({ entry: null, errors: [{ code: 'CONFLICT', currentVersion: 2 }] });
    expect(await firstCodes('stale')).not.toContain('BERNA-PIEDZIMSANA');
  });

  it('lets an operator create an entry for a new situation', async () => {
    const input = { code: 'SUNA-IEGADE', holderCode: 'LDC', title: [{ language: 'lv', value: 'Suņa iegāde' }], phrases: [{ language: 'en', value: 'got a puppy' }], serviceCodes: ['LDC-MAJDZIVNIEKS'] };
    const res = await graph.gql(SET, { input }, { token: tokens.operator });
    expect(res.data.setLifeSituationSearchEntry).toMatchObject({ entry: { code: 'SUNA-IEGADE', version: 1 }, errors: [] });
    expect((await firstCodes('got a puppy')).slice(0, 2)).toEqual(['SUNA-IEGADE', 'LDC-MAJDZIVNIEKS']);
  });

  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['a person', 'person', 'FORBIDDEN'],
    ['an application', 'app', 'FORBIDDEN'],
    ['another institution', 'pmlp', 'FORBIDDEN'],
  ] as const)('refuses %s', async (_, who, code) => {
    const res = await graph.gql(SET, { input: entryInput({ lv: ['refused'] }) }, { token: who ? tokens[who] : undefined });
    expect(errorCodes(res)).toEqual([code]);
  });

  it('refuses an institution taking over another holder\'s entry by naming itself', async () => {
    const res = await graph.gql(SET, { input: entryInput({}, { holderCode: 'PMLP' }) }, { token: tokens.pmlp });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });

  it.each([
    ['no Latvian title', { title: [{ language: 'en', value: 'Birth' }] }, 'title'],
    ['a language that is not a code', { phrases: [{ language: 'latvian', value: 'x' }] }, 'phrases.0.language'],
    ['an empty phrase', { phrases: [{ language: 'lv', value: ' ' }] }, 'phrases.0.value'],
    ['a bad code', { code: 'birth of a child' }, 'code'],
    ['more than 100 phrases', { phrases: Array.from({ length: 101 }, (_, i) => ({ language: 'lv', value: `p${i}` })) }, 'phrases'],
    ['an unknown holder', { holderCode: 'NOPE', code: 'NEW-ONE' }, 'holderCode'],
  ])('answers %s with SetLifeSituationSearchEntryInvalid', async (_, overrides, path) => {
    const res = await graph.gql(SET, { input: entryInput({}, overrides) }, { token: tokens.operator });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const { entry, errors } = res.data.setLifeSituationSearchEntry;
    expect(entry).toBeNull();
    expect(errors[0].code).toBe('BAD_USER_INPUT');
    expect(errors[0].problems.map((p: { path: string }) => p.path)).toContain(path);
  });
});

describe('recordServiceDemand', () => {
  it('lets operators record demand, which the ranking uses', async () => {
    const demandOf = async () => ((await graph.gql(FIRST, { q: 'alimenti' }, { token: tokens.operator })).data.search.nodes as { code: string; scoreParts: { demand: number } }[]).find((n) => n.code === 'UGFA-UZTURLIDZEKLI')!.scoreParts.demand;
    expect(await demandOf()).toBe(0);
    const res = await graph.gql(DEMAND, { input: [{ serviceCode: 'UGFA-UZTURLIDZEKLI', caseCount: 20_000, period: '2025' }] }, { token: tokens.operator });
    expect(res.data.recordServiceDemand).toEqual({ recorded: 1, errors: [] });
    expect(await demandOf()).toBeGreaterThan(0.2);
  });

  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['a person', 'person', 'FORBIDDEN'],
    ['the holder institution', 'vsaa', 'FORBIDDEN'],
  ] as const)('refuses %s', async (_, who, code) => {
    const res = await graph.gql(DEMAND, { input: [{ serviceCode: 'VSAA-GVB', caseCount: 1, period: '2025' }] }, { token: who ? tokens[who] : undefined });
    expect(errorCodes(res)).toEqual([code]);
  });

  it.each([
    ['an unknown service', { serviceCode: 'NOPE', caseCount: 1, period: '2025' }, 'input.0.serviceCode'],
    ['a negative count', { serviceCode: 'VSAA-GVB', caseCount: -1, period: '2025' }, 'input.0.caseCount'],
    ['an empty period', { serviceCode: 'VSAA-GVB', caseCount: 1, period: ' ' }, 'input.0.period'],
  ])('answers %s with RecordServiceDemandInvalid, recording nothing', async (_, entry, path) => {
    const res = await graph.gql(DEMAND, { input: [entry] }, { token: tokens.operator });
    expect(res.data.recordServiceDemand).toMatchObject({ recorded: 0, errors: [{ code: 'BAD_USER_INPUT', problems: [{ path }] }] });
  });

  it('refuses an empty list', async () => {
    const res = await graph.gql(DEMAND, { input: [] }, { token: tokens.operator });
    expect(res.data.recordServiceDemand).toMatchObject({ recorded: 0, errors: [{ problems: [{ path: 'input' }] }] });
  });
});

describe('reindexSearch (npm run search:reindex)', () => {
  it('rewrites columns an older release left behind, and nothing else', async () => {
    const db = graph.platform.databases.get('services')!.db;
    // As an older release left them: no Russian in the service's columns, no search text on locations.
    await db.execute(sql`update catalogue.services set search_names = 'pas izsnieg', search_alt_names = '', search_keywords = '', search_body = '', search_plain = 'pase' where code = 'PMLP-PASE'`);
    await db.execute(sql`update catalogue.channels set search_text = '' where code = 'VPVKAC-CESIS'`);
    expect(await firstCodes('паспорт')).not.toContain('PMLP-PASE');
    expect(await firstCodes('VPVKAC Cēsis')).not.toContain('VPVKAC-CESIS');
    expect(await reindexSearch(db)).toEqual({ services: 1, channels: 1, situations: 0 });
    expect((await firstCodes('паспорт'))[0]).toBe('PMLP-PASE');
    expect((await firstCodes('VPVKAC Cēsis'))[0]).toBe('VPVKAC-CESIS');
    expect(await reindexSearch(db)).toEqual({ services: 0, channels: 0, situations: 0 });
  });
});
