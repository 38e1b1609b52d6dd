import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldUsage } from '../../subgraphs/platform/db/tables.ts';
import { createKey, operatorToken, withKey, type TestKey } from '../support/access.ts';
import { errorCodes, startTestGraph, type TestGraph } from '../support/platform.ts';

/**
 * The public contract in the registry: published with every supergraph version, guarded against breaking changes
 * (naming the applications that use what would break), and good enough to generate a typed client from.
 */

let graph: TestGraph;
let app: TestKey;
let operator: string;
const servicesSdl = readFileSync('schema/services.graphql', 'utf8');
const publicFile = readFileSync('schema/contracts/public.graphql', 'utf8');
const CHECK = `mutation($input: SubgraphSchemaInput!) { checkSubgraph(input: $input) { check { outcome problems { rule message coordinate } } } }`;

const without = (sdl: string, part: string) => {
  if (!sdl.includes(part)) throw new Error(`the services SDL no longer has: ${part}`);
  return sdl.replace(part, '');
};
const check = async (sdl: string) => {
  const servicesUrl = graph.platform.subgraphs.find((s) => s.name === 'services')!.url;
  const res = await graph.gql(CHECK, { input: { name: 'services', sdl, routingUrl: servicesUrl } }, { token: operator });
  expect(res.errors).toBeUndefined();
  return res.data.checkSubgraph.check as { outcome: string; problems: { rule: string; message: string; coordinate: string | null }[] };
};

beforeAll(async () => {
  graph = await startTestGraph({ USAGE_FLUSH_MS: '100' });
  app = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'pasts-app' });
  operator = await operatorToken(graph);
}, 120_000);

afterAll(async () => {
  await graph?.stop();
});

describe('the registry and the public contract', () => {
  it('publishes the public contract with the supergraph, readable by anyone', async () => {
    const res = await graph.gql('{ publicContractVersions(first: 1) { nodes { version live breaking sdl typeOwners { type subgraphs } } } subgraphStatuses { name owner up } }');
    const [live] = res.data.publicContractVersions.nodes;
    expect(live).toMatchObject({ live: true, breaking: false });
    expect(live.sdl).toBe(publicFile);
    expect(live.typeOwners).toContainEqual({ type: 'Service', subgraphs: expect.arrayContaining(['services', 'cases']) });
    expect(res.data.subgraphStatuses).toContainEqual({ name: 'clients', owner: 'PLATFORM', up: true });
  });

  it('refuses a change that removes a public field an application used, naming the application', async () => {
    const used = await graph.gql('{ services(first: 1) { nodes { code keywords } } }', {}, withKey(app.key));
    expect(used.errors).toBeUndefined();
    const db = graph.platform.databases.get('platform')!.db;
    const until = Date.now() + 10_000;
    while (!(await db.select().from(fieldUsage).where(and(eq(fieldUsage.coordinate, 'Service.keywords'), eq(fieldUsage.application, 'pasts-app')))).length && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));

    const result = await check(without(servicesSdl, `  "Search keywords in the reader's language."\n  keywords(language: String): [String!]!\n`));
    expect(result.outcome).toBe('FAILED');
    const problem = result.problems.find((p) => p.rule === 'PUBLIC_CONTRACT');
    expect(problem).toMatchObject({ coordinate: 'Service.keywords' });
    expect(problem!.message).toContain('pasts-app');
  });

  it('refuses removing a public field nobody used too, and lets an internal one go', async () => {
    const unused = await check(without(servicesSdl, `  "Maturity level (RK11): 0 non-existent, 1 initial, 2 repeatable, 3 defined, 4 managed, 5 optimised; null when not assessed."\n  maturityLevel: Int\n`));
    expect(unused.problems).toEqual([expect.objectContaining({ rule: 'PUBLIC_CONTRACT', coordinate: 'Service.maturityLevel' })]);
    expect(unused.problems[0].message).not.toContain('used by the registered');

    const internal = servicesSdl.replace(/  """\n  Data quality of one institution's catalogue[\s\S]*?catalogueQualityReport\(institutionCode: String!\): CatalogueQualityReport @tag\(name: "institution"\)\n/, '');
    expect(internal).not.toBe(servicesSdl);
    expect(await check(internal)).toEqual({ outcome: 'PASSED', problems: [] });
  });
});

describe('self-service for applications', () => {
  const M = (field: string, input: string, selection = 'errors { code field }') => `mutation($input: ${input}!) { ${field}(input: $input) { ${selection} } }`;
  it('registers, asks for the terms before a key, keeps each developer to their own, and records the operator’s decision', async () => {
    const anna = { token: await graph.token({ person: '220790-14568' }) };
    const janis = { token: await graph.token({ person: '150385-12346' }) };
    const bad = await graph.gql(M('registerApplication', 'RegisterApplicationInput'), { input: { name: 'Pasts', purpose: 'Sūtījumu izsekošana ģimenei.', contact: 'a@b.lv', redirectUris: ['http://example.lv/cb'] } }, anna);
    expect(bad.data.registerApplication.errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'redirectUris' }]);
    const made = await graph.gql(M('registerApplication', 'RegisterApplicationInput', 'application { id clientId mustAcceptTerms } errors { code }'),
      { input: { name: 'Pasts lietotne', purpose: 'Sūtījumu izsekošana ģimenei.', contact: 'a@b.lv', redirectUris: ['https://pasts.example.lv/cb'] } }, anna);
    const app = made.data.registerApplication.application;
    expect(app).toMatchObject({ clientId: expect.stringMatching(/^pasts-lietotne-[0-9a-f]{6}$/), mustAcceptTerms: true });

    const early = await graph.gql(M('createApplicationKey', 'ApplicationInput', 'secret errors { code }'), { input: { applicationId: app.id } }, anna);
    expect(early.data.createApplicationKey).toEqual({ secret: null, errors: [{ code: 'TERMS_NOT_ACCEPTED' }] });
    const wrong = await graph.gql(M('acceptTermsOfUse', 'AcceptTermsOfUseInput'), { input: { applicationId: app.id, version: 2 } }, anna);
    expect(wrong.data.acceptTermsOfUse.errors).toEqual([{ code: 'CONFLICT', field: 'version' }]);
    // Another developer gets nothing of Anna's application, whatever id they send.
    const theirs = await graph.gql(M('acceptTermsOfUse', 'AcceptTermsOfUseInput'), { input: { applicationId: app.id, version: 1 } }, janis);
    expect(theirs.data.acceptTermsOfUse.errors).toEqual([{ code: 'NOT_FOUND', field: 'applicationId' }]);
    await graph.gql(M('acceptTermsOfUse', 'AcceptTermsOfUseInput'), { input: { applicationId: app.id, version: 1 } }, anna);
    const key = await graph.gql(M('createApplicationKey', 'ApplicationInput', 'secret apiKey { id tier ownerCode } errors { code }'), { input: { applicationId: app.id } }, anna);
    const { secret, apiKey } = key.data.createApplicationKey;
    expect(apiKey).toMatchObject({ tier: 'FREE', ownerCode: app.clientId });
    expect((await graph.gql('{ myApiKeys { nodes { id } } }', {}, withKey(secret))).data.myApiKeys.nodes).toEqual([{ id: apiKey.id }]);
    const stolen = await graph.gql(M('revokeApplicationKey', 'ApplicationKeyInput'), { input: { keyId: apiKey.id } }, janis);
    expect(stolen.data.revokeApplicationKey.errors).toEqual([{ code: 'NOT_FOUND', field: 'keyId' }]);
    expect((await graph.gql('{ myApplications { id } }', {}, janis)).data.myApplications).toEqual([]);
    const terms = await graph.gql('{ myApplications { termsAccepted { version acceptedAt } mustAcceptTerms } }', {}, anna);
    expect(terms.data.myApplications[0]).toMatchObject({ termsAccepted: { version: 1, acceptedAt: expect.any(String) }, mustAcceptTerms: false });

    // More access: asked once, decided by an operator, recorded, and the key has it.
    const REQ = M('requestApplicationAccess', 'RequestApplicationAccessInput', 'request { id status } errors { code }');
    const asked = await graph.gql(REQ, { input: { applicationId: app.id, tier: 'STANDARD', scopes: ['consent:cases:read'], reason: 'Ražošanā ar 5000 lietotājiem.' } }, anna);
    const requestId = asked.data.requestApplicationAccess.request.id;
    const again = await graph.gql(REQ, { input: { applicationId: app.id, tier: 'PARTNER', scopes: [], reason: 'Vēl vairāk lietotāju.' } }, anna);
    expect(again.data.requestApplicationAccess.errors).toEqual([{ code: 'CONFLICT' }]);
    const DECIDE = M('decideApplicationAccess', 'DecideApplicationAccessInput', 'request { status decidedBy note application } errors { code }');
    expect(errorCodes(await graph.gql(DECIDE, { input: { requestId, approve: true, note: 'Apstiprināts.' } }, anna))).toEqual(['FORBIDDEN']);
    const decided = await graph.gql(DECIDE, { input: { requestId, approve: true, note: 'Apstiprināts.' } }, { token: operator });
    expect(decided.data.decideApplicationAccess.request).toEqual({ status: 'APPROVED', decidedBy: 'operator:ops', note: 'Apstiprināts.', application: app.clientId });
    const after = await graph.gql('{ myApiKeys { nodes { tier scopes } } }', {}, withKey(secret));
    expect(after.data.myApiKeys.nodes).toEqual([{ tier: 'STANDARD', scopes: ['consent:cases:read'] }]);

    await graph.gql(M('revokeApplicationKey', 'ApplicationKeyInput'), { input: { keyId: apiKey.id } }, anna);
    expect(errorCodes(await graph.gql('{ services(first: 1) { totalCount } }', {}, withKey(secret)))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('GraphiQL at /graphql', () => {
  it('comes from the gateway itself, no CDN, with the Latvian examples and the headers explained', async () => {
    const res = await fetch(graph.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="lv">');
    expect(html).toContain('MekletPakalpojumus');
    for (const header of ['X-API-Key', 'Authorization: Bearer', 'X-Act-For']) expect(html).toContain(header);
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdn\./);
    expect(html).not.toContain('Welcome to Hive Gateway');
  });
});

describe('a typed client generated from the public contract', () => {
  const dir = join('tests', 'contracts', '.generated', String(process.pid));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles with strict TypeScript and runs the example operations against the graph', async () => {
    mkdirSync(dir, { recursive: true });
    await generate({
      schema: 'schema/contracts/public.graphql',
      documents: 'docs/examples/operations/public.graphql',
      silent: true,
      generates: {
        [`${dir}/gql/`]: {
          preset: 'client',
          config: { scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' }, strictScalars: true, useTypeImports: true, enumsAsTypes: true },
        },
      },
    }, true);
    writeFileSync(join(dir, 'client.ts'), CLIENT);
    const tsc = promisify(execFile)(process.execPath, [
      'node_modules/typescript/bin/tsc', '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
      '--allowImportingTsExtensions', '--skipLibCheck', '--types', 'node', join(dir, 'client.ts'),
    ]).catch((err) => err);
    const compiled = await tsc;
    expect(compiled.stdout ?? '', compiled.stdout).toBe('');

    const client = await import(/* @vite-ignore */ pathToFileURL(resolve(dir, 'client.ts')).href);
    const out = await client.runExamples(graph.url, app.key);
    expect(out.found).toBeGreaterThan(0);
    expect(out.card.code).toBe('PMLP-PASE');
    expect(typeof out.card.validFrom === 'string' || out.card.validFrom === null).toBe(true);
    expect(out.situations.length).toBeGreaterThan(0);
    expect(out.keys).toContainEqual(expect.objectContaining({ prefix: app.prefix, tier: 'FREE', status: 'ACTIVE' }));
  }, 120_000);
});

// What an application writes: typed documents in, typed results out; a wrong field or variable does not compile.
const CLIENT = `import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { DzivesSituacijasDocument, ManasAtslegasDocument, MekletPakalpojumusDocument, PakalpojumaKartiteDocument } from './gql/graphql.ts';

async function run<R, V>(url: string, key: string, document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query: print(document), variables }) });
  const body = (await res.json()) as { data?: R; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? 'no data');
  return body.data;
}

export async function runExamples(url: string, key: string) {
  const search = await run(url, key, MekletPakalpojumusDocument, { vaicajums: 'pase' });
  const found: number = search.searchServices?.totalCount ?? 0;
  const card = await run(url, key, PakalpojumaKartiteDocument, { kods: 'PMLP-PASE' });
  const validFrom: string | null | undefined = card.service?.validFrom;
  const situations = (await run(url, key, DzivesSituacijasDocument, {})).lifeSituations?.nodes ?? [];
  const titles: string[] = situations.map((s) => s.title);
  const keys = (await run(url, key, ManasAtslegasDocument, {})).myApiKeys?.nodes ?? [];
  const tiers: ('FREE' | 'STANDARD' | 'PARTNER' | 'INTERNAL')[] = keys.map((k) => k.tier);
  return { found, card: { code: card.service?.code, validFrom }, situations: titles, keys, tiers };
}
`;
