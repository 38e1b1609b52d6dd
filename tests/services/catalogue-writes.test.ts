import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from '../support/platform.ts';

let graph: TestGraph;
let pmlp: string, vid: string, operator: string, person: string, app: string;
// Starting the whole graph and its demo catalogue on PGlite can take longer than the default hook limit when the
// machine's two cores are shared with other suites running in parallel.
beforeAll(async () => {
  graph = await startTestGraph();
  [pmlp, vid, operator, person, app] = await Promise.all([
    graph.token({ institution: 'PMLP' }),
    graph.token({ institution: 'VID' }),
    graph.token({ operator: 'ops' }),
    graph.token({ person: DEMO_PEOPLE.anna.personalCode }),
    graph.token({ application: 'some-app' }),
  ]);
}, 180_000);
afterAll(() => graph?.stop());

const lv = (value: string, en?: string) => [{ language: 'lv', value }, ...(en ? [{ language: 'en', value: en }] : [])];
const errors = (...fragments: string[]) => `errors { __typename message code ${fragments.map((f) => `... on ${f}`).join(' ')} }`;
const PROBLEMS = '{ problems { path message } }';
const SERVICE = 'service { code status version name(language: "en") channels { channel { code } } }';
const CREATE = `mutation($input: ServiceInput!) { createService(input: $input) { ${SERVICE} ${errors(`CreateServiceInvalid ${PROBLEMS}`)} } }`;
const UPDATE = `mutation($code: String!, $input: ServiceInput!, $v: Int) { updateService(code: $code, input: $input, expectedVersion: $v) { ${SERVICE} ${errors(`UpdateServiceInvalid ${PROBLEMS}`, 'UpdateServiceVersionConflict { currentVersion }')} } }`;
const PUBLISH = `mutation($code: String!) { publishService(code: $code) { ${SERVICE} ${errors('PublishServiceIncomplete { missing }')} } }`;
const ARCHIVE = `mutation($code: String!) { archiveService(code: $code) { ${SERVICE} errors { __typename code message } } }`;
const UPSERT = `mutation($sourceId: String!, $input: ServiceInput!) { upsertService(sourceId: $sourceId, input: $input) { outcome ${SERVICE} ${errors(`UpsertServiceInvalid ${PROBLEMS}`)} } }`;
const READ = 'query($code: String) { service(code: $code) { code status version description internal { history { totalCount nodes { version change changedFields changedBy } } } } }';

async function gql(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await graph.gql(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}
const searchCodes = async (query: string) => ((await gql('query($q: String!) { searchServices(query: $q) { nodes { code } } }', { q: query })).searchServices.nodes as { code: string }[]).map((n) => n.code);
const listCodes = async (holderCode: string) => ((await gql('query($h: String) { services(first: 100, filter: { holderCode: $h }) { nodes { code } } }', { h: holderCode })).services.nodes as { code: string }[]).map((n) => n.code);

const complete = {
  description: lv('Apliecība par pilsonības statusu, ko izsniedz pēc pieprasījuma.', 'A certificate of citizenship status, issued on request.'),
  processingTime: 'P5D',
  legalBasis: [{ title: lv('Pilsonības likums', 'Citizenship Law'), article: '2. pants' }],
  channels: [{ channelCode: 'PMLP-E-PAKALPOJUMI' }, { channelCode: 'PMLP-RIGA-CIEKURKALNS', charge: { amount: 7.5, description: lv('Klātienē', 'In person') } }],
  keywords: [{ language: 'lv', value: 'pilsonības apliecība' }, { language: 'en', value: 'citizenship certificate' }],
};

describe('who may write', () => {
  const attempt = (query: string, variables: Record<string, unknown>, token?: string) => graph.gql(query, variables, { token });

  it('refuses anyone but institutions and operators, before anything is read', async () => {
    const input = { code: 'PMLP-NEVER', name: lv('Nekad') };
    expect(errorCodes(await attempt(CREATE, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await attempt(CREATE, { input }, person))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await attempt(CREATE, { input }, app))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await attempt(UPDATE, { code: 'PMLP-PASE', input: { description: lv('x') } }, person))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await attempt('mutation($d: JSON!) { importCatalogue(document: $d) { created } }', { d: { format: 'psg-catalogue/1' } }))).toEqual(['UNAUTHENTICATED']);
    expect((await gql('{ service(code: "PMLP-NEVER") { code } }', {}, operator)).service).toBeNull();
  });

  it('an institution cannot change, publish, archive or take over another institution’s service', async () => {
    const before = (await gql(READ, { code: 'PMLP-PASE' }, operator)).service;
    expect(errorCodes(await attempt(UPDATE, { code: 'PMLP-PASE', input: { description: lv('VID raksta') } }, vid))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await attempt(PUBLISH, { code: 'PMLP-PASE' }, vid))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await attempt(ARCHIVE, { code: 'PMLP-PASE' }, vid))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await attempt(CREATE, { input: { code: 'PMLP-BY-VID', holderCode: 'PMLP', name: lv('x') } }, vid))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await attempt(UPSERT, { sourceId: 'vid-1', input: { code: 'PMLP-BY-VID', holderCode: 'PMLP', name: lv('x') } }, vid))).toEqual(['FORBIDDEN']);
    // Upserting its own record under another institution's code is a conflict, not a takeover.
    const takeover = (await gql(UPSERT, { sourceId: 'vid-2', input: { code: 'PMLP-PASE', name: lv('VID pase') } }, vid)).upsertService;
    expect(takeover).toMatchObject({ outcome: 'REJECTED', service: null, errors: [{ __typename: 'UpsertServiceCodeTaken', code: 'CONFLICT' }] });
    // A channel belongs to its owner too.
    const channel = await attempt('mutation($i: ChannelInput!) { upsertChannel(input: $i) { outcome } }', { i: { code: 'PMLP-EPASTS', type: 'EMAIL', name: lv('VID'), email: 'x@vid.gov.lv' } }, vid);
    expect(errorCodes(channel)).toEqual(['FORBIDDEN']);
    const after = (await gql(READ, { code: 'PMLP-PASE' }, operator)).service;
    expect(after).toEqual(before);
  });

  it('a draft of another institution is not even found', async () => {
    await gql(CREATE, { input: { code: 'PMLP-SECRET-DRAFT', name: lv('Slepens melnraksts') } }, pmlp);
    expect(errorCodes(await attempt(UPDATE, { code: 'PMLP-SECRET-DRAFT', input: { description: lv('x') } }, vid))).toEqual(['NOT_FOUND']);
    expect((await gql(READ, { code: 'PMLP-SECRET-DRAFT' }, vid)).service).toBeNull();
  });

  it('operators may change any institution’s service', async () => {
    const res = (await gql(UPDATE, { code: 'VID-IZZINA-PARADI', input: { keywords: [{ language: 'en', value: 'tax certificate' }] } }, operator)).updateService;
    expect(res.errors).toEqual([]);
    const history = (await gql(READ, { code: 'VID-IZZINA-PARADI' }, vid)).service.internal.history;
    expect(history.nodes[0]).toMatchObject({ change: 'UPDATED', changedFields: ['keywords'], changedBy: 'operator:ops' });
  });
});

describe('the publishing lifecycle', () => {
  it('a draft is the holder’s alone, cannot be published incomplete, and goes public when complete', async () => {
    const created = (await gql(CREATE, { input: { code: 'PMLP-PILSONIBAS-APLIECIBA', name: lv('Pilsonības statusa apliecība', 'Certificate of citizenship status') } }, pmlp)).createService;
    expect(created).toMatchObject({ errors: [], service: { code: 'PMLP-PILSONIBAS-APLIECIBA', status: 'DRAFT', version: 1 } });
    expect((await gql(READ, { code: 'PMLP-PILSONIBAS-APLIECIBA' })).service).toBeNull();
    expect(await listCodes('PMLP')).not.toContain('PMLP-PILSONIBAS-APLIECIBA');

    const incomplete = (await gql(PUBLISH, { code: 'PMLP-PILSONIBAS-APLIECIBA' }, pmlp)).publishService;
    expect(incomplete.service).toBeNull();
    expect(incomplete.errors[0]).toMatchObject({ __typename: 'PublishServiceIncomplete', code: 'INCOMPLETE', missing: ['description', 'channels', 'processingTime', 'legalBasis'] });
    expect(incomplete.errors[0].message).toContain('a Latvian description, at least one channel, a processing time, at least one legal basis');

    const updated = (await gql(UPDATE, { code: 'PMLP-PILSONIBAS-APLIECIBA', input: complete, v: 1 }, pmlp)).updateService;
    expect(updated).toMatchObject({ errors: [], service: { version: 2, channels: [{ channel: { code: 'PMLP-E-PAKALPOJUMI' } }, { channel: { code: 'PMLP-RIGA-CIEKURKALNS' } }] } });
    const published = (await gql(PUBLISH, { code: 'PMLP-PILSONIBAS-APLIECIBA' }, pmlp)).publishService;
    expect(published).toMatchObject({ errors: [], service: { status: 'PUBLISHED', version: 3 } });

    expect((await gql(READ, { code: 'PMLP-PILSONIBAS-APLIECIBA' })).service).toMatchObject({ status: 'PUBLISHED', internal: null });
    expect(await listCodes('PMLP')).toContain('PMLP-PILSONIBAS-APLIECIBA');
    expect((await searchCodes('citizenship certificate')).slice(0, 3)).toContain('PMLP-PILSONIBAS-APLIECIBA');
    expect((await searchCodes('pilsonības apliecību')).slice(0, 3)).toContain('PMLP-PILSONIBAS-APLIECIBA');
    const again = (await gql(PUBLISH, { code: 'PMLP-PILSONIBAS-APLIECIBA' }, pmlp)).publishService;
    expect(again.errors[0]).toMatchObject({ __typename: 'PublishServiceAlreadyPublished', code: 'CONFLICT' });

    // Every change is versioned with who and when.
    const history = (await gql(READ, { code: 'PMLP-PILSONIBAS-APLIECIBA' }, pmlp)).service.internal.history;
    expect(history.totalCount).toBe(3);
    expect(history.nodes.map((n: any) => [n.version, n.change, n.changedBy])).toEqual([
      [3, 'PUBLISHED', 'institution:PMLP'],
      [2, 'UPDATED', 'institution:PMLP'],
      [1, 'CREATED', 'institution:PMLP'],
    ]);
    expect(history.nodes[1].changedFields).toEqual(expect.arrayContaining(['description', 'processingTime', 'legalBasis', 'keywords', 'channels']));
  });

  it('a published service cannot lose what publishing requires', async () => {
    const res = (await gql(UPDATE, { code: 'PMLP-DZIVESVIETA', input: { channels: [], processingTime: null } }, pmlp)).updateService;
    expect(res.service).toBeNull();
    expect(res.errors[0].problems).toEqual([
      { path: 'channels', message: 'is required while the service is published' },
      { path: 'processingTime', message: 'is required while the service is published' },
    ]);
    const { service } = await gql('{ service(code: "PMLP-DZIVESVIETA") { processingTime channels { channel { code } } } }', {});
    expect(service.processingTime).toBe('P1D');
    expect(service.channels.length).toBeGreaterThan(20);
  });

  it('tells a writer whose version is stale instead of overwriting', async () => {
    const { service } = await gql(READ, { code: 'PMLP-VIZA' }, pmlp);
    await gql(UPDATE, { code: 'PMLP-VIZA', input: { maturityLevel: 4 }, v: service.version }, pmlp);
    const stale = (await gql(UPDATE, { code: 'PMLP-VIZA', input: { maturityLevel: 2 }, v: service.version }, pmlp)).updateService;
    expect(stale.errors[0]).toMatchObject({ __typename: 'UpdateServiceVersionConflict', code: 'CONFLICT', currentVersion: service.version + 1 });
    expect((await gql('{ service(code: "PMLP-VIZA") { maturityLevel } }', {})).service.maturityLevel).toBe(4);
  });

  it('reports every invalid field at once and writes nothing', async () => {
    const input = {
      code: 'PMLP-BROKEN', name: [{ language: 'en', value: 'No Latvian' }], processingTime: '10 days', processingTimeLimit: 'P1D',
      channels: [{ channelCode: 'NO-SUCH-CHANNEL' }], costs: [{ amount: -1 }], importance: { targetGroupSize: 5, needImportance: 1, contribution: 1 },
      legalBasis: [{ title: lv('Likums'), url: 'http://insecure.example' }], validFrom: '2026-05-01T00:00:00Z', validTo: '2026-04-01T00:00:00Z', maturityLevel: 9,
    };
    const res = (await gql(CREATE, { input }, pmlp)).createService;
    expect(res.service).toBeNull();
    expect(res.errors[0].__typename).toBe('CreateServiceInvalid');
    expect(res.errors[0].problems.map((p: any) => p.path)).toEqual(expect.arrayContaining(['name', 'processingTime', 'costs[0].amount', 'importance.targetGroupSize', 'legalBasis[0].url', 'maturityLevel']));
    // Rules across fields and references are checked once the fields themselves are valid.
    const crossField = (await gql(CREATE, { input: { code: 'PMLP-BROKEN', name: lv('Salauzts'), processingTime: 'P10D', processingTimeLimit: 'P1D', channels: [{ channelCode: 'NO-SUCH-CHANNEL' }], validFrom: '2026-05-01T00:00:00Z', validTo: '2026-04-01T00:00:00Z' } }, pmlp)).createService;
    expect(crossField.errors[0].problems.map((p: any) => p.path)).toEqual(['validTo', 'processingTimeLimit', 'channels[0].channelCode']);
    expect((await gql(READ, { code: 'PMLP-BROKEN' }, operator)).service).toBeNull();
    // A GraphQL type error is a BAD_USER_INPUT error of the request, and the server goes on.
    expect(errorCodes(await graph.gql(CREATE, { input: { code: 'PMLP-X', kind: 'NOT_A_KIND' } }, { token: pmlp }))).toEqual(['BAD_USER_INPUT']);
    const taken = (await gql(CREATE, { input: { code: 'PMLP-PASE', name: lv('Dublikāts') } }, pmlp)).createService;
    expect(taken.errors[0]).toMatchObject({ __typename: 'CreateServiceCodeTaken', code: 'CONFLICT' });
  });

  it('a service scheduled for later is not in the catalogue until its validFrom, then leaves at validTo', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    await gql(CREATE, { input: { code: 'PMLP-NAKOTNE', name: lv('Nākotnes pakalpojums', 'Future service'), ...complete, validFrom: future } }, pmlp);
    expect((await gql(PUBLISH, { code: 'PMLP-NAKOTNE' }, pmlp)).publishService.errors).toEqual([]);
    expect((await gql(READ, { code: 'PMLP-NAKOTNE' })).service).toBeNull();
    expect((await gql(READ, { code: 'PMLP-NAKOTNE' }, pmlp)).service.status).toBe('PUBLISHED');
    expect(await listCodes('PMLP')).not.toContain('PMLP-NAKOTNE');
    // Move its window into the past: it is published and has expired.
    await gql(UPDATE, { code: 'PMLP-NAKOTNE', input: { validFrom: '2020-01-01T00:00:00Z', validTo: '2021-01-01T00:00:00Z' } }, pmlp);
    expect(await listCodes('PMLP')).not.toContain('PMLP-NAKOTNE');
    await gql(UPDATE, { code: 'PMLP-NAKOTNE', input: { validTo: null } }, pmlp);
    expect(await listCodes('PMLP')).toContain('PMLP-NAKOTNE');
  });

  it('archiving takes a service out of lists and search, keeps it readable, and the feed reports it', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const archived = (await gql(ARCHIVE, { code: 'PMLP-VIZA' }, pmlp)).archiveService;
    expect(archived).toMatchObject({ errors: [], service: { status: 'ARCHIVED' } });
    expect((await gql(ARCHIVE, { code: 'PMLP-VIZA' }, pmlp)).archiveService.errors[0]).toMatchObject({ __typename: 'ArchiveServiceAlreadyArchived' });
    expect(await listCodes('PMLP')).not.toContain('PMLP-VIZA');
    expect(await searchCodes('visa')).not.toContain('PMLP-VIZA');
    expect((await gql(READ, { code: 'PMLP-VIZA' })).service).toMatchObject({ status: 'ARCHIVED' });

    await gql(CREATE, { input: { code: 'PMLP-FEED-DRAFT', name: lv('Tikai melnraksts') } }, pmlp);
    await gql(ARCHIVE, { code: 'PMLP-FEED-DRAFT' }, pmlp);
    const feed = await gql('query($s: DateTime!) { serviceChanges(modifiedSince: $s, first: 100) { edges { modifiedAt node { code status } } } }', { s: since });
    const changed = feed.serviceChanges.edges.map((e: any) => e.node);
    expect(changed).toContainEqual({ code: 'PMLP-VIZA', status: 'ARCHIVED' });
    // A draft that was never published is never in the feed, not even when archived.
    expect(changed.map((c: any) => c.code)).not.toContain('PMLP-FEED-DRAFT');
    expect((await gql(READ, { code: 'PMLP-FEED-DRAFT' })).service).toBeNull();
    const times = feed.serviceChanges.edges.map((e: any) => e.modifiedAt);
    expect(times).toEqual([...times].sort());
    // Republishing brings it back.
    expect((await gql(PUBLISH, { code: 'PMLP-VIZA' }, pmlp)).publishService.service.status).toBe('PUBLISHED');
  });

  it('the changes feed pages in order and mirrors the whole catalogue from the beginning', async () => {
    const Q = 'query($s: DateTime!, $after: String) { serviceChanges(modifiedSince: $s, first: 30, after: $after) { pageInfo { hasNextPage endCursor } nodes { code } } }';
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await gql(Q, { s: '2000-01-01T00:00:00Z', after })).serviceChanges;
      seen.push(...page.nodes.map((n: any) => n.code));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(80);
    expect(seen).toContain('PMLP-PASE');
    expect(seen).not.toContain('PMLP-SECRET-DRAFT');
  });
});

describe('upserts by the institution’s own source id', () => {
  const input = { code: 'PMLP-SOURCE-1', name: lv('Avota pakalpojums'), ...complete };

  it('is idempotent: the same record twice writes once', async () => {
    const first = (await gql(UPSERT, { sourceId: 'pmlp-crm-1', input }, pmlp)).upsertService;
    expect(first).toMatchObject({ outcome: 'CREATED', errors: [], service: { code: 'PMLP-SOURCE-1', status: 'DRAFT', version: 1 } });
    const second = (await gql(UPSERT, { sourceId: 'pmlp-crm-1', input }, pmlp)).upsertService;
    expect(second).toMatchObject({ outcome: 'UNCHANGED', service: { version: 1 } });
    const changed = (await gql(UPSERT, { sourceId: 'pmlp-crm-1', input: { ...input, processingTime: 'P7D' } }, pmlp)).upsertService;
    expect(changed).toMatchObject({ outcome: 'UPDATED', service: { version: 2 } });
    // Without the code, the source id alone finds the record.
    const bySource = (await gql(UPSERT, { sourceId: 'pmlp-crm-1', input: { processingTime: 'P7D' } }, pmlp)).upsertService;
    expect(bySource).toMatchObject({ outcome: 'UNCHANGED', service: { code: 'PMLP-SOURCE-1' } });
  });

  it('rejects a new record without a code and a code change', async () => {
    const noCode = (await gql(UPSERT, { sourceId: 'pmlp-crm-2', input: { name: lv('Bez koda') } }, pmlp)).upsertService;
    expect(noCode).toMatchObject({ outcome: 'REJECTED', errors: [{ __typename: 'UpsertServiceInvalid', problems: [{ path: 'code' }] }] });
    const rename = (await gql(UPSERT, { sourceId: 'pmlp-crm-1', input: { code: 'PMLP-SOURCE-RENAMED' } }, pmlp)).upsertService;
    expect(rename).toMatchObject({ outcome: 'REJECTED', errors: [{ problems: [{ path: 'code' }] }] });
  });
});

describe('bulk import', () => {
  const IMPORT = 'mutation($d: JSON!, $dry: Boolean) { importCatalogue(document: $d, dryRun: $dry) { created updated unchanged rejected dryRun results { itemType index code sourceId outcome problems { path message } } } }';
  const document = {
    format: 'psg-catalogue/1',
    publisher: 'PMLP',
    channels: [
      { identifier: 'PMLP-TALRUNIS', type: 'PHONE', name: { lv: 'PMLP informatīvais tālrunis', en: 'OCMA information line' }, phone: '+371 67219181', openingHours: { weekly: [{ day: 'MONDAY', opens: '08:30', closes: '17:00' }] } },
    ],
    services: [
      {
        sourceId: 'pmlp-42', identifier: 'PMLP-IMPORT-VIZA', status: 'published',
        name: { lv: 'Vīzas atbalsta pieprasījums', en: 'Visa support request' }, description: { lv: 'Uzaicinājuma apstiprināšana ārzemniekam.', en: 'Approving an invitation for a foreigner.' },
        hasChannel: [{ identifier: 'PMLP-TALRUNIS' }, { identifier: 'PMLP-E-PAKALPOJUMI' }], processingTime: 'P5D',
        hasCost: [{ value: 14.23, currency: 'EUR', ifAccessedThrough: 'E_SERVICE', description: { lv: 'Valsts nodeva' } }],
        hasInput: [{ name: { lv: 'Ārzemnieka pases kopija' } }, { name: { lv: 'Ziņas par uzaicinātāju' }, obtainedByInstitution: true, sourceRegister: 'Iedzīvotāju reģistrs' }],
        hasLegalResource: [{ title: { lv: 'Imigrācijas likums' }, article: '9. pants' }],
        keyword: { lv: ['uzaicinājums'], en: ['invitation'] }, thematicArea: ['RESIDENCE_AND_CITIZENSHIP'], audience: ['PERSON', 'BUSINESS'],
      },
      { sourceId: 'pmlp-43', identifier: 'PMLP-IMPORT-BAD', name: { en: 'No Latvian name' }, processingTime: 'soon', hasChannel: [{ identifier: 'NOPE' }], colour: 'blue' },
      { sourceId: 'pmlp-44', identifier: 'PMLP-IMPORT-DRAFT', name: { lv: 'Melnraksts no importa' } },
      { sourceId: 'pmlp-45', identifier: 'PMLP-IMPORT-INCOMPLETE', status: 'published', name: { lv: 'Nepilnīgs' } },
      { sourceId: 'vid-1', identifier: 'VID-IMPORT', hasCompetentAuthority: 'VID', name: { lv: 'Cita iestāde' } },
    ],
  };

  it('reports per item what was created, updated or rejected and why; a bad item writes nothing', async () => {
    const dry = (await gql(IMPORT, { d: document, dry: true }, pmlp)).importCatalogue;
    expect(dry).toMatchObject({ dryRun: true, created: 3, rejected: 3 });
    expect((await gql(READ, { code: 'PMLP-IMPORT-VIZA' }, pmlp)).service).toBeNull();

    const result = (await gql(IMPORT, { d: document }, pmlp)).importCatalogue;
    expect(result).toMatchObject({ dryRun: false, created: 3, updated: 0, unchanged: 0, rejected: 3 });
    const byCode = Object.fromEntries(result.results.map((r: any) => [r.code, r]));
    expect(byCode['PMLP-TALRUNIS']).toMatchObject({ itemType: 'CHANNEL', index: 0, outcome: 'CREATED' });
    expect(byCode['PMLP-IMPORT-VIZA']).toMatchObject({ itemType: 'SERVICE', index: 0, sourceId: 'pmlp-42', outcome: 'CREATED', problems: [] });
    expect(byCode['PMLP-IMPORT-DRAFT']).toMatchObject({ outcome: 'CREATED' });
    expect(byCode['PMLP-IMPORT-BAD'].outcome).toBe('REJECTED');
    expect(byCode['PMLP-IMPORT-BAD'].problems.map((p: any) => p.path)).toEqual(['colour']);
    expect(byCode['PMLP-IMPORT-INCOMPLETE']).toMatchObject({ outcome: 'REJECTED' });
    expect(byCode['PMLP-IMPORT-INCOMPLETE'].problems.map((p: any) => p.path)).toEqual(['description', 'channels', 'processingTime', 'legalBasis']);
    expect(byCode['VID-IMPORT'].problems[0].message).toContain('belongs to VID');

    const { service } = await gql('{ service(code: "PMLP-IMPORT-VIZA") { status audiences costs { amount channelType } evidence { obtainedByInstitution sourceRegister } channels { channel { code type } } legalBasis { article } } }', {});
    expect(service).toMatchObject({
      status: 'PUBLISHED', audiences: ['PERSON', 'BUSINESS'], costs: [{ amount: 14.23, channelType: 'E_SERVICE' }], legalBasis: [{ article: '9. pants' }],
      evidence: [{ obtainedByInstitution: false, sourceRegister: null }, { obtainedByInstitution: true, sourceRegister: 'Iedzīvotāju reģistrs' }],
      channels: [{ channel: { code: 'PMLP-TALRUNIS', type: 'PHONE' } }, { channel: { code: 'PMLP-E-PAKALPOJUMI', type: 'E_SERVICE' } }],
    });
    for (const code of ['PMLP-IMPORT-BAD', 'PMLP-IMPORT-INCOMPLETE', 'VID-IMPORT']) expect((await gql(READ, { code }, operator)).service, code).toBeNull();
    expect((await gql(READ, { code: 'PMLP-IMPORT-DRAFT' }, pmlp)).service.status).toBe('DRAFT');
  });

  it('importing the same document again changes nothing', async () => {
    const again = (await gql(IMPORT, { d: document }, pmlp)).importCatalogue;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 3 });
    expect((await gql(READ, { code: 'PMLP-IMPORT-VIZA' }, pmlp)).service.version).toBe(1);
  });

  it.each([
    ['not an object', [1, 2]],
    ['an unknown format', { format: 'cpsv-ap/3', services: [] }],
    ['services that are not a list', { format: 'psg-catalogue/1', services: {} }],
    ['more than 500 items', { format: 'psg-catalogue/1', services: Array.from({ length: 501 }, (_, i) => ({ identifier: `PMLP-X${i}` })) }],
  ])('rejects a document that is %s with BAD_USER_INPUT', async (_, d) => {
    const res = await graph.gql(IMPORT, { d }, { token: pmlp });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the import command line', () => {
  const cli = (file: string, token: string, ...args: string[]) =>
    new Promise<{ code: number; out: string }>((resolve) => {
      const env = { ...process.env, PSG_URL: graph.url, PSG_TOKEN: token, LOG_LEVEL: 'silent' };
      execFile('npx', ['tsx', 'scripts/catalogue-import.ts', file, ...args], { env }, (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 2) : 0, out: stdout + stderr }));
    });

  it('imports the documented example through the gateway, and again without changes', async () => {
    const vsaa = await graph.token({ institution: 'VSAA' });
    const first = await cli('docs/examples/catalogue-vsaa.json', vsaa);
    expect(first.out).toMatch(/SERVICE #0 +VSAA-PIEMAKSA-PENSIJAI +CREATED/);
    expect(first.out).toContain('4 created, 0 updated, 0 unchanged, 0 rejected.');
    expect(first.code).toBe(0);
    expect((await gql('{ service(code: "VSAA-PIEMAKSA-PENSIJAI") { status channels { channel { code } } } }', {})).service).toMatchObject({ status: 'PUBLISHED' });
    const second = await cli('docs/examples/catalogue-vsaa.json', vsaa, '--batch-size', '1');
    expect(second.out).toContain('0 created, 0 updated, 4 unchanged, 0 rejected.');
  }, 120_000);

  it('prints why an item is rejected and exits with 1; another institution’s token changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psg-import-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 'psg-catalogue/1', publisher: 'VSAA', services: [{ identifier: 'VSAA-CLI-BAD', name: { lv: 'Slikts' }, processingTime: 'drīz' }] }));
    const bad = await cli(file, await graph.token({ institution: 'VSAA' }));
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/processingTime: must be an ISO 8601 duration/);
    const other = await cli('docs/examples/catalogue-vsaa.json', pmlp);
    expect(other.code).toBe(1);
    expect(other.out).toContain('0 created, 0 updated, 0 unchanged, 4 rejected.');
    const anonymous = await cli('docs/examples/catalogue-vsaa.json', 'not-a-token');
    expect(anonymous.code).toBe(2);
    expect(anonymous.out).toContain('UNAUTHENTICATED');
  }, 180_000);
});

describe('the data-quality report', () => {
  const REPORT = `query($code: String!) { catalogueQualityReport(institutionCode: $code) { serviceCount
    servicesWithoutChannels { code } servicesMissingEnglish { code } staleServices { code } publishedWithoutProcessingTime { code } channelsWithoutServices { code } } }`;

  it('is for the institution itself and operators only', async () => {
    expect(errorCodes(await graph.gql(REPORT, { code: 'PMLP' }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graph.gql(REPORT, { code: 'PMLP' }, { token: vid }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(REPORT, { code: 'PMLP' }, { token: person }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(REPORT, { code: 'NOPE' }, { token: operator }))).toEqual(['NOT_FOUND']);
  });

  it('finds services without channels or English, stale ones, published ones without a processing time, unused channels', async () => {
    const db = graph.platform.databases.get('services')!.db;
    await gql(CREATE, { input: { code: 'VID-QUALITY-DRAFT', name: lv('Tikai latviski') } }, vid);
    await gql('mutation($i: ChannelInput!) { upsertChannel(input: $i) { outcome } }', { i: { code: 'VID-NEIZMANTOTS', type: 'EMAIL', name: lv('Neizmantots'), email: 'neizmantots@vid.gov.lv' } }, vid);
    // Data as it arrives from older systems: a published service without a time, one untouched for two years.
    await db.execute(sql`update catalogue.services set processing_time = null where code = 'VID-PVN'`);
    await db.execute(sql`update catalogue.services set updated_at = now() - interval '2 years' where code = 'VID-ALGAS-GRAMATINA'`);

    const report = (await gql(REPORT, { code: 'VID' }, vid)).catalogueQualityReport;
    const list = (key: string) => report[key].map((s: { code: string }) => s.code);
    expect(report.serviceCount).toBeGreaterThanOrEqual(7);
    expect(list('servicesWithoutChannels')).toEqual(['VID-QUALITY-DRAFT']);
    expect(list('servicesMissingEnglish')).toEqual(['VID-QUALITY-DRAFT']);
    expect(list('staleServices')).toEqual(['VID-ALGAS-GRAMATINA']);
    expect(list('publishedWithoutProcessingTime')).toEqual(['VID-PVN']);
    expect(list('channelsWithoutServices')).toEqual(['VID-NEIZMANTOTS']);
    expect((await gql(REPORT, { code: 'VID' }, operator)).catalogueQualityReport.serviceCount).toBe(report.serviceCount);
  });
});
