/**
 * Languages through the gateway (issue 19): BCP 47 matching, a fallback that says it is one, a person's stored
 * language preference when the request names none, and error messages in Latvian, English and Russian.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, startTestGraph, type TestGraph } from '../support/platform.ts';

let graph: TestGraph;
let person: string, pmlp: string;
beforeAll(async () => {
  graph = await startTestGraph();
  [person, pmlp] = await Promise.all([graph.token({ person: DEMO_PEOPLE.anna.personalCode }), graph.token({ institution: 'PMLP' })]);
}, 180_000);
afterAll(() => graph?.stop());

async function read(code: string, opts: { language?: string; header?: string; token?: string } = {}) {
  const lang = opts.language ? `(language: "${opts.language}")` : '';
  const q = `query($c: String) { service(code: $c) { name${lang} description${lang} contentLanguage${lang} { requested served isFallback fallbackFields available } } }`;
  const res = await graph.gql(q, { c: code }, { token: opts.token, headers: opts.header ? { 'accept-language': opts.header } : {} });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data.service;
}

describe('BCP 47 matching and fallbacks', () => {
  it('serves English for "en-GB" (argument) and for an Accept-Language with a region', async () => {
    const byArgument = await read('PMLP-PASE', { language: 'en-GB' });
    expect(byArgument).toMatchObject({ name: 'Issuing a passport', contentLanguage: { requested: 'en-gb', served: 'en', isFallback: false, fallbackFields: [] } });
    expect((await read('PMLP-PASE', { header: 'en-US,en;q=0.9' })).name).toBe('Issuing a passport');
  });

  it('says when it falls back to Latvian, and which texts did', async () => {
    const german = await read('PMLP-PASE', { language: 'de-AT' });
    expect(german).toMatchObject({ name: 'Pases izsniegšana', contentLanguage: { requested: 'de-at', served: 'lv', isFallback: true } });
    expect(german.contentLanguage.fallbackFields).toEqual(expect.arrayContaining(['name', 'description']));
    expect(german.contentLanguage.available).toEqual(expect.arrayContaining(['lv', 'en']));
    // Nothing asked: Latvian, and that is no fallback.
    expect((await read('PMLP-PASE')).contentLanguage).toMatchObject({ requested: null, served: 'lv', isFallback: false });
  });
});

describe('a person’s stored language', () => {
  it('applies when the request names no language; an argument or a header still wins', async () => {
    const set = await graph.gql('mutation { updatePreferences(input: { language: "en" }) { preferences { language } errors { message } } }', {}, { token: person });
    expect(set.data.updatePreferences.errors).toEqual([]);
    expect((await read('PMLP-PASE', { token: person })).name).toBe('Issuing a passport');
    expect((await read('PMLP-PASE', { token: person, header: 'lv' })).name).toBe('Pases izsniegšana');
    expect((await read('PMLP-PASE', { token: person, language: 'lv' })).name).toBe('Pases izsniegšana');
    // Anonymous readers get Latvian.
    expect((await read('PMLP-PASE')).name).toBe('Pases izsniegšana');
  });
});

describe('error messages in the reader’s language', () => {
  const both = '{ service(id: "00000000-0000-4000-8000-000000000000", code: "PMLP-PASE") { code } }';
  const message = async (query: string, header?: string, token?: string) => {
    const res = await graph.gql(query, {}, { token, headers: header ? { 'accept-language': header } : {} });
    return { code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message as string, extensions: res.errors?.[0]?.extensions };
  };

  it('answers in Latvian, Russian or English by Accept-Language, English by default', async () => {
    expect(await message(both, 'lv')).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Norādiet tieši vienu no "id" vai "code".' });
    expect(await message(both, 'ru-RU')).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Укажите ровно одно из "id" или "code".' });
    expect(await message(both, 'en')).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Give exactly one of "id" or "code" to find a service.' });
    expect((await message(both)).message).toBe('Give exactly one of "id" or "code" to find a service.');
    // The translations travel no further than the message.
    expect((await message(both, 'lv')).extensions).not.toHaveProperty('i18n');
  });

  it('refusals too; a message without its own translation says in the reader’s language what kind of failure it is', async () => {
    const write = 'mutation { updateService(code: "PMLP-PASE", input: { processingTime: "P9D" }) { errors { code } } }';
    expect(await message(write, 'lv', person)).toMatchObject({ code: 'FORBIDDEN', message: 'Katalogu drīkst mainīt tikai iestādes (savus pakalpojumus un kanālus) un operatori.' });
    expect(await message(write, 'ru', person)).toMatchObject({ code: 'FORBIDDEN', message: 'Изменять каталог могут только учреждения (свои услуги и каналы) и операторы.' });
    const badId = await message('{ service(id: "not-an-id") { code } }', 'lv');
    expect(badId).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^Pieprasījumā ir kļūda\. \(.*not-an-id.*\)$/) });
  });

  it('the typed errors of a write payload too', async () => {
    const write = 'mutation($v: Int) { updateService(code: "PMLP-PASE", input: { processingTime: "later" }, expectedVersion: $v) { errors { __typename code message ... on UpdateServiceInvalid { problems { path } } } } }';
    const ask = async (header: string) => (await graph.gql(write, {}, { token: pmlp, headers: { 'accept-language': header } })).data.updateService.errors[0];
    expect(await ask('lv')).toMatchObject({ __typename: 'UpdateServiceInvalid', code: 'BAD_USER_INPUT', message: 'PMLP-PASE: kļūdas laukos processingTime (sīkāk — problems).', problems: [{ path: 'processingTime' }] });
    expect((await ask('ru')).message).toBe('PMLP-PASE: ошибки в полях processingTime (подробнее — problems).');
    expect((await ask('en')).message).toMatch(/^The service has a problem: processingTime must be an ISO 8601 duration/);
    const stale = (await graph.gql(write.replace('"later"', '"P9D"'), { v: 999 }, { token: pmlp, headers: { 'accept-language': 'lv' } })).data.updateService.errors[0];
    expect(stale).toMatchObject({ __typename: 'UpdateServiceVersionConflict', message: expect.stringMatching(/^PMLP-PASE ir mainīts kopš jūsu lasītās versijas; tagad tā ir \d+\. versija/) });
  });
});
