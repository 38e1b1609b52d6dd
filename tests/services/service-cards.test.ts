/**
 * Full service cards through the gateway (issue 19): the CPSV-AP 3.2 / SDG Art. 10 fields, the lifecycle with
 * unpublished changes and readable old versions, channel changes in the changes feed, and opening hours by the
 * one Latvian calendar and the service↔channel link's own hours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, startTestGraph, type TestGraph } from '../support/platform.ts';

let graph: TestGraph;
let pmlp: string, vid: string, operator: string;
beforeAll(async () => {
  graph = await startTestGraph();
  [pmlp, vid, operator] = await Promise.all([graph.token({ institution: 'PMLP' }), graph.token({ institution: 'VID' }), graph.token({ operator: 'ops' })]);
}, 180_000);
afterAll(() => graph?.stop());

const lv = (value: string, en?: string) => [{ language: 'lv', value }, ...(en ? [{ language: 'en', value: en }] : [])];
async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await graph.gql(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}
const UPDATE = `mutation($code: String!, $input: ServiceInput!, $draft: Boolean) { updateService(code: $code, input: $input, asDraft: $draft) {
  service { code version publishingState } errors { __typename code message ... on UpdateServiceInvalid { problems { path message } } } } }`;
const update = async (code: string, input: Record<string, unknown>, asDraft?: boolean, token = pmlp) => (await gql(UPDATE, { code, input, draft: asDraft }, token)).updateService;
const CARD = `query($code: String) { service(code: $code) {
  code version status publishingState description(language: "lv") hasNoRequirements procedureLanguages paymentMethods identificationMeans
  rules { title(language: "en") description url }
  redress { appealTo { code } appealDeadline }
  channels { channel { code type ... on EServiceChannel { url } } url }
} }`;

describe('service card fields (CPSV-AP Rule, SDG Art. 10)', () => {
  it('the holder writes rules, languages, payment and identification means, redress to a body and a deep link per service', async () => {
    const channels = [{ channelCode: 'PMLP-E-PAKALPOJUMI', url: 'https://www.latvija.lv/lv/pakalpojumi/demo-pase' }, { channelCode: 'PMLP-RIGA-CIEKURKALNS' }];
    const r = await update('PMLP-PASE', {
      rules: [{ title: lv('Pasu izsniegšanas kārtība', 'Procedure for issuing passports'), url: 'https://www.pmlp.gov.lv/lv/demo-kartiba' }],
      procedureLanguages: ['lv', 'en-GB'],
      paymentMethods: ['CARD_ONLINE', 'CARD_IN_PERSON'],
      identificationMeans: ['EID_CARD', 'EPARAKSTS_MOBILE', 'IDENTITY_DOCUMENT'],
      redress: { appealToCode: 'IEM', appealDeadline: 'P1M', silence: 'NOT_APPLICABLE' },
      channels,
    });
    expect(r.errors).toEqual([]);
    const card = (await gql(CARD, { code: 'PMLP-PASE' })).service;
    expect(card).toMatchObject({
      procedureLanguages: ['lv', 'en-gb'], paymentMethods: ['CARD_ONLINE', 'CARD_IN_PERSON'], identificationMeans: ['EID_CARD', 'EPARAKSTS_MOBILE', 'IDENTITY_DOCUMENT'],
      rules: [{ title: 'Procedure for issuing passports', description: null, url: 'https://www.pmlp.gov.lv/lv/demo-kartiba' }],
      redress: { appealTo: { code: 'IEM' }, appealDeadline: 'P1M' },
    });
    // The shared portal keeps its own address; the service's link has its own page on it.
    expect(card.channels[0]).toEqual({ channel: { code: 'PMLP-E-PAKALPOJUMI', type: 'E_SERVICE', url: 'https://www.latvija.lv' }, url: 'https://www.latvija.lv/lv/pakalpojumi/demo-pase' });
    expect(card.channels[1].url).toBeNull();
  });

  it('refuses what does not fit, each problem with its path, and changes nothing', async () => {
    const before = (await gql(CARD, { code: 'PMLP-EID' })).service;
    const r = await update('PMLP-EID', {
      redress: { appealToCode: 'NO-SUCH-BODY', silence: 'NOT_APPLICABLE' },
      paymentMethods: ['CASH', 'CASH'],
      procedureLanguages: ['latviešu'],
      channels: [{ channelCode: 'PMLP-RIGA-CIEKURKALNS', url: 'https://www.pmlp.gov.lv/x' }],
    });
    expect(r.service).toBeNull();
    expect(r.errors[0].__typename).toBe('UpdateServiceInvalid');
    expect(r.errors[0].problems.map((p: { path: string }) => p.path).sort()).toEqual(['paymentMethods[1]', 'procedureLanguages[0]']);
    // Field-by-field rules first; references are checked once the fields are well-formed.
    const refs = await update('PMLP-EID', { redress: { appealToCode: 'NO-SUCH-BODY', silence: 'NOT_APPLICABLE' }, channels: [{ channelCode: 'PMLP-RIGA-CIEKURKALNS', url: 'https://www.pmlp.gov.lv/x' }] });
    expect(refs.errors[0].problems.map((p: { path: string }) => p.path).sort()).toEqual(['channels[0].url', 'redress.appealToCode']);
    const none = await update('PMLP-EID', { noRequirements: true, requirements: [{ description: lv('Jābūt pilsonim') }] });
    expect(none.errors[0].problems).toEqual([{ path: 'noRequirements', message: expect.stringContaining('cannot be true while requirements are listed') }]);
    expect((await gql(CARD, { code: 'PMLP-EID' })).service).toEqual(before);
  });

  it('a deep link leads to one service: another service of the portal cannot reuse it', async () => {
    const r = await update('PMLP-EID', { channels: [{ channelCode: 'PMLP-E-PAKALPOJUMI', url: 'https://www.latvija.lv/lv/pakalpojumi/demo-pase' }] });
    expect(r.errors[0].problems).toEqual([{ path: 'channels[0].url', message: expect.stringContaining('PMLP-PASE') }]);
    const own = await update('PMLP-EID', { channels: [{ channelCode: 'PMLP-E-PAKALPOJUMI', url: 'https://www.latvija.lv/lv/pakalpojumi/demo-eid' }, { channelCode: 'PMLP-RIGA-CIEKURKALNS' }] });
    expect(own.errors).toEqual([]);
  });

  it('a stated "no requirements" reads as such', async () => {
    expect((await update('PMLP-EID', { requirements: [], noRequirements: true })).errors).toEqual([]);
    expect((await gql(CARD, { code: 'PMLP-EID' })).service.hasNoRequirements).toBe(true);
  });
});

describe('lifecycle', () => {
  const READ_OWN = `query($code: String) { service(code: $code) { version publishingState description(language: "lv")
    internal { pendingChanges history(first: 50) { nodes { version change changedFields snapshot } } } } }`;

  it('a change saved as draft leaves the public card as it is (MODIFIED) until it is published', async () => {
    const public0 = (await gql(CARD, { code: 'PMLP-DZIVESVIETA' })).service;
    const saved = await update('PMLP-DZIVESVIETA', { description: lv('Jauns apraksts, vēl nepublicēts.') }, true);
    expect(saved.errors).toEqual([]);
    expect(saved.service).toMatchObject({ publishingState: 'MODIFIED', version: public0.version + 1 });
    // The public reads the published text; the holder sees the pending change.
    expect((await gql(CARD, { code: 'PMLP-DZIVESVIETA' })).service).toMatchObject({ description: public0.description, status: 'PUBLISHED', publishingState: 'MODIFIED' });
    const own = (await gql(READ_OWN, { code: 'PMLP-DZIVESVIETA' }, pmlp)).service;
    expect(own.internal.pendingChanges).toEqual({ description: lv('Jauns apraksts, vēl nepublicēts.') });
    expect(own.internal.history.nodes[0]).toMatchObject({ change: 'DRAFT_SAVED', changedFields: ['description'] });
    // A draft that would break publishing is refused when saved, not when published.
    const broken = await update('PMLP-DZIVESVIETA', { legalBasis: [] }, true);
    expect(broken.errors[0].problems).toEqual([{ path: 'legalBasis', message: 'is required while the service is published' }]);

    const published = (await gql('mutation { publishService(code: "PMLP-DZIVESVIETA") { service { publishingState description(language: "lv") } errors { code } } }', {}, pmlp)).publishService;
    expect(published).toEqual({ service: { publishingState: 'PUBLISHED', description: 'Jauns apraksts, vēl nepublicēts.' }, errors: [] });
    const after = (await gql(READ_OWN, { code: 'PMLP-DZIVESVIETA' }, pmlp)).service;
    expect(after.internal.pendingChanges).toBeNull();
    // Old versions' content stays readable.
    const versions = after.internal.history.nodes;
    expect(versions[0]).toMatchObject({ change: 'PUBLISHED', changedFields: ['description'] });
    const first = versions.at(-1);
    expect(first.snapshot.description.lv).toBe(public0.description);
    expect(first.snapshot.channels).toContain('PMLP-E-PAKALPOJUMI');
  });

  it('a channel keeps its type: changing it is a typed error and nothing changes', async () => {
    const r = (await gql('mutation($i: ChannelInput!) { upsertChannel(input: $i) { outcome channel { code } errors { __typename code message ... on UpsertChannelTypeChange { currentType } } } }', {
      i: { code: 'PMLP-EPASTS', type: 'PHONE', name: lv('PMLP tālrunis'), phoneNumber: '+371 67209400' },
    }, pmlp)).upsertChannel;
    expect(r).toMatchObject({ outcome: 'REJECTED', channel: null, errors: [{ __typename: 'UpsertChannelTypeChange', code: 'CONFLICT', currentType: 'EMAIL' }] });
    expect((await gql('{ channel(code: "PMLP-EPASTS") { type } }')).channel.type).toBe('EMAIL');
  });

  it('a channel change reaches serviceChanges for every service that uses it', async () => {
    // From now: a second back could reach the demo data seeded just before this file's first test (a fast database).
    const since = new Date().toISOString();
    const FEED = `query($s: DateTime!) { serviceChanges(modifiedSince: $s, first: 100) { nodes { code version } } }`;
    const before = (await gql(FEED, { s: since })).serviceChanges.nodes.map((n: { code: string }) => n.code);
    const users = (await gql('{ channel(code: "PMLP-EPASTS") { services(first: 100) { nodes { code } } } }')).channel.services.nodes.map((n: { code: string }) => n.code);
    expect(users.length).toBeGreaterThan(0);
    for (const code of users) expect(before).not.toContain(code);
    const r = (await gql('mutation($i: ChannelInput!) { upsertChannel(input: $i) { outcome errors { code } } }', {
      i: { code: 'PMLP-EPASTS', type: 'EMAIL', name: lv('PMLP e-pasts (iesniegumiem)', 'OCMA e-mail'), email: 'pasts@pmlp.gov.lv' },
    }, pmlp)).upsertChannel;
    expect(r).toEqual({ outcome: 'UPDATED', errors: [] });
    const after = (await gql(FEED, { s: since })).serviceChanges.nodes.map((n: { code: string }) => n.code);
    for (const code of users) expect(after).toContain(code);
    const history = (await gql('query($c: String) { service(code: $c) { internal { history(first: 1) { nodes { change changedFields changedBy } } } } }', { c: users[0] }, operator)).service.internal.history.nodes[0];
    expect(history).toEqual({ change: 'CHANNEL_UPDATED', changedFields: ['channels.PMLP-EPASTS'], changedBy: 'institution:PMLP' });
  });

  it('another institution cannot save a draft of PMLP’s service', async () => {
    const res = await graph.gql(UPDATE, { code: 'PMLP-PASE', input: { description: lv('VID') }, draft: true }, { token: vid });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });
});

describe('opening hours by one Latvian calendar and the link’s own hours', () => {
  const OPEN = `query($at: DateTime) { service(code: "PMLP-PASE") { channels(type: SERVICE_LOCATION) { channel { code ... on ServiceLocation { isOpen(at: $at) } } isOpen(at: $at) } } }`;
  const riga = async (at: string) => (await gql(OPEN, { at })).service.channels.find((c: { channel: { code: string } }) => c.channel.code === 'PMLP-RIGA-CIEKURKALNS');

  it('knows the Cabinet’s transferred working days: 22 June 2026 closed, Saturday 27 June open with Monday’s hours', async () => {
    expect(await riga('2026-06-22T07:00:00Z')).toMatchObject({ isOpen: false, channel: { isOpen: false } });
    expect(await riga('2026-06-27T07:00:00Z')).toMatchObject({ isOpen: true, channel: { isOpen: true } });
    // Monday's hours (until 18:00): 17:30 Riga time is open on the transferred Saturday.
    expect((await riga('2026-06-27T14:30:00Z')).isOpen).toBe(true);
  });

  it('"open now" and serviceLocationsNear follow the hours the location keeps for the service', async () => {
    const tuesdayOnly = { weekly: [{ day: 'TUESDAY', opens: '09:00', closes: '12:00' }] };
    const r = await update('PMLP-PASE', { channels: [{ channelCode: 'PMLP-E-PAKALPOJUMI', url: 'https://www.latvija.lv/lv/pakalpojumi/demo-pase' }, { channelCode: 'PMLP-RIGA-CIEKURKALNS', hours: tuesdayOnly }] });
    expect(r.errors).toEqual([]);
    const monday = '2026-03-09T08:00:00Z', tuesday = '2026-03-10T08:00:00Z';
    expect(await riga(monday)).toMatchObject({ isOpen: false, channel: { isOpen: true } });
    expect(await riga(tuesday)).toMatchObject({ isOpen: true, channel: { isOpen: true } });
    const NEAR = `query($at: DateTime, $s: String) { serviceLocationsNear(near: { latitude: 56.9779, longitude: 24.1641 }, radiusKm: 1, serviceCode: $s, openAt: $at) { nodes { code } } }`;
    const near = async (at: string, s?: string) => (await gql(NEAR, { at, s })).serviceLocationsNear.nodes.map((n: { code: string }) => n.code);
    expect(await near(monday, 'PMLP-PASE')).not.toContain('PMLP-RIGA-CIEKURKALNS');
    expect(await near(tuesday, 'PMLP-PASE')).toContain('PMLP-RIGA-CIEKURKALNS');
    expect(await near(monday)).toContain('PMLP-RIGA-CIEKURKALNS');
  });
});

describe('the quality report flags every gap of a card', () => {
  const GAPS = ['servicesWithoutChannels', 'servicesMissingEnglish', 'servicesWithoutInstructions', 'servicesWithoutRequirements', 'servicesWithoutEvidence',
    'servicesWithoutLegalBasisUrl', 'servicesWithoutRedress', 'keyServicesMissingRussian'] as const;
  const REPORT = `{ catalogueQualityReport(institutionCode: "PMLP") { ${GAPS.map((g) => `${g} { code }`).join(' ')} } }`;
  const flagged = async (code: string) => {
    const report = (await gql(REPORT, {}, pmlp)).catalogueQualityReport as Record<string, { code: string }[]>;
    return GAPS.filter((g) => report[g].some((s) => s.code === code));
  };

  it('a bare card has every gap; each filled field takes it off its list, and only that one', async () => {
    const created = (await gql('mutation($i: ServiceInput!) { createService(input: $i) { service { code } errors { message } } }', {
      i: { code: 'PMLP-KVALITATE', name: lv('Kvalitātes pārbaudes pakalpojums'), isKeyService: true },
    }, pmlp)).createService;
    expect(created.errors).toEqual([]);
    expect(await flagged('PMLP-KVALITATE')).toEqual([...GAPS]);

    const steps: [Record<string, unknown>, (typeof GAPS)[number][]][] = [
      [{ channels: [{ channelCode: 'PMLP-EPASTS' }] }, ['servicesWithoutChannels']],
      [{ instructions: lv('1. Aizpildiet iesniegumu. 2. Nosūtiet to.') }, ['servicesWithoutInstructions']],
      [{ noRequirements: true }, ['servicesWithoutRequirements']],
      [{ evidence: [{ name: lv('Iesniegums', 'Application') }] }, ['servicesWithoutEvidence']],
      [{ legalBasis: [{ title: lv('Administratīvā procesa likums'), url: 'https://likumi.lv/ta/id/55567' }] }, ['servicesWithoutLegalBasisUrl']],
      [{ redress: { howToAppeal: lv('Apstrīdēt IeM mēneša laikā.'), appealToCode: 'IEM', silence: 'NOT_APPLICABLE' } }, ['servicesWithoutRedress']],
      [{ name: [...lv('Kvalitātes pārbaudes pakalpojums', 'Quality check service'), { language: 'ru', value: 'Услуга проверки качества' }], description: [...lv('Apraksts', 'Description'), { language: 'ru', value: 'Описание' }] }, ['servicesMissingEnglish', 'keyServicesMissingRussian']],
    ];
    let left: string[] = [...GAPS];
    for (const [input, fixed] of steps) {
      expect((await update('PMLP-KVALITATE', input)).errors).toEqual([]);
      left = left.filter((g) => !fixed.includes(g as (typeof GAPS)[number]));
      expect(await flagged('PMLP-KVALITATE'), JSON.stringify(input)).toEqual(left);
    }
    expect(left).toEqual([]);
    // A legal act without a link is a gap again, even beside one with a link.
    await update('PMLP-KVALITATE', { legalBasis: [{ title: lv('Administratīvā procesa likums'), url: 'https://likumi.lv/ta/id/55567' }, { title: lv('Kāds cits akts') }] });
    expect(await flagged('PMLP-KVALITATE')).toEqual(['servicesWithoutLegalBasisUrl']);
  });

  it('only the institution itself and operators read it', async () => {
    expect(errorCodes(await graph.gql(REPORT, {}, { token: vid }))).toEqual(['FORBIDDEN']);
  });
});
