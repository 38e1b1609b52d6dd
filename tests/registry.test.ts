import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLadSubgraph, type RunningLadSubgraph } from '../institutions/lad/src/server.ts';
import { fieldUsage } from '../subgraphs/platform/db/tables.ts';
import { createKey, startSecondGateway, withKey, type SecondGateway, type TestKey } from './support/access.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type GraphQLResponse, type TestGraph } from './support/platform.ts';

/**
 * The schema registry end to end: the institution LAD publishes its own subgraph (institutions/lad, running as
 * its own server that checks the gateway's token itself) through the running gateway, with its own API key.
 */

let graph: TestGraph;
let lad: RunningLadSubgraph;
let ladKey: TestKey;
let vidKey: TestKey;
let janis: string;
let replica: SecondGateway;
const ladSdl = readFileSync('institutions/lad/schema.graphql', 'utf8');

const CHECK = 'outcome publish problems { rule message coordinate } changes { criticality message coordinate recentOperations }';
const PUBLISH = `mutation($input: SubgraphSchemaInput!) { publishSubgraph(input: $input) { unchanged check { ${CHECK} } version { subgraph version publishedBy } supergraph { version reason live } } }`;
const CHECK_ONLY = `mutation($input: SubgraphSchemaInput!) { checkSubgraph(input: $input) { check { ${CHECK} } } }`;
const STATE = '{ supergraphVersions(first: 1) { nodes { version } } registeredSubgraph(name: "lad") { currentVersion { version sdl } } }';
const FARM = '{ me { displayName ladFarm { name registrationNumber fields { blockNumber areaHectares cropName(language: "en") } } } }';
const FIELD_AREAS = '{ institutionCases(first: 20, purpose: "platību maksājumu kontrole", filter: { reference: "LAD-VPM-2026-3310" }) { nodes { reference ladDeclaredFieldAreas { blockNumber areaHectares } } } }';

const input = (sdl = ladSdl, extra: Record<string, string> = {}) => ({ input: { name: 'lad', sdl, routingUrl: lad.url, ...extra } });
const publish = (key: TestKey, variables = input()) => graph.gql(PUBLISH, variables, withKey(key.key));
const check = (key: TestKey, variables = input()) => graph.gql(CHECK_ONLY, variables, withKey(key.key));
const registryState = async () => (await graph.gql(STATE, {}, withKey(ladKey.key))).data;
const rules = (res: GraphQLResponse) => (res.data?.publishSubgraph ?? res.data?.checkSubgraph).check.problems.map((p: { rule: string }) => p.rule);

/** Asks until `accept` holds: the gateway picks a new supergraph up on its next poll (SUPERGRAPH_POLL_MS). */
async function eventually(query: string, opts: { token?: string; headers?: Record<string, string> }, accept: (res: GraphQLResponse) => boolean): Promise<GraphQLResponse> {
  const until = Date.now() + 15_000;
  for (;;) {
    const res = await graph.gql(query, {}, opts);
    if (accept(res) || Date.now() > until) return res;
    await new Promise((r) => setTimeout(r, 100));
  }
}
const hasLadFarm = (res: GraphQLResponse) => !!res.data?.me?.ladFarm;
const lacksLadFarm = (res: GraphQLResponse) => errorCodes(res).includes('GRAPHQL_VALIDATION_FAILED');

/** Rejections must change nothing: neither the served supergraph nor the subgraph's current version. */
async function expectNothingChanged(before: unknown) {
  expect(await registryState()).toEqual(before);
}

beforeAll(async () => {
  // Replicas share the signing key, so LAD's subgraph, reading the first gateway's JWKS, accepts both.
  const signingKey = JSON.stringify(await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey));
  // LAD finds a person's farm by personal code: the operators have registered it to receive them, with that purpose.
  const personalCodes = { PERSONAL_CODE_SUBGRAPHS: 'lad=finds the farm and declarations a person holds by their personal code' };
  graph = await startTestGraph({ SUPERGRAPH_POLL_MS: '200', USAGE_FLUSH_MS: '200', GATEWAY_SIGNING_KEY: signingKey, ...personalCodes });
  // A second gateway replica on the registry: a separate process on PostgreSQL, in this process on PGlite.
  replica = await startSecondGateway(graph, personalCodes, { fromRegistry: true });
  lad = await startLadSubgraph({
    port: 0, host: '127.0.0.1', seedDemo: true,
    databaseUrl: graph.config.DATABASE_URL,
    gatewayJwksUrl: new URL('/.well-known/jwks.json', graph.url).toString(),
  });
  ladKey = await createKey(graph, { ownerKind: 'INSTITUTION', ownerCode: 'LAD', tier: 'PARTNER' });
  vidKey = await createKey(graph, { ownerKind: 'INSTITUTION', ownerCode: 'VID', tier: 'PARTNER' });
  janis = await graph.token({ person: DEMO_PEOPLE.janis.personalCode });
}, 120_000);

afterAll(async () => {
  await replica?.stop();
  await lad?.close();
  await graph?.stop();
});

describe('an institution publishes its own subgraph', () => {
  it('starts with the platform’s own subgraphs only, owned by PLATFORM', async () => {
    const res = await graph.gql('{ registeredSubgraphs { name owner currentVersion { version } } supergraphVersions(first: 5) { nodes { version live reason } } }', {}, withKey(ladKey.key));
    expect(res.data.registeredSubgraphs.map((s: { name: string; owner: string }) => `${s.name}:${s.owner}`).sort()).toEqual(
      ['cases', 'clients', 'life-situations', 'platform', 'services'].map((n) => `${n}:PLATFORM`),
    );
    expect(res.data.supergraphVersions.nodes).toEqual([{ version: 1, live: true, reason: expect.stringMatching(/^publish services v1, .*platform v1$/) }]);
    expect(lacksLadFarm(await graph.gql(FARM, {}, { token: janis }))).toBe(true);
  });

  it('publishes, and the running gateway serves its fields within seconds while every request in flight succeeds', async () => {
    // Traffic across four subgraphs before, during and after the publish and the reload it causes.
    let running = true;
    const failures: unknown[] = [];
    const spans: [number, number][] = [];
    const worker = async () => {
      while (running) {
        const started = Date.now();
        const res = await graph.gql('{ me { displayName cases(first: 5) { totalCount } proactiveOffers(first: 3) { totalCount } } services(first: 10) { nodes { code } } }', {}, { token: janis });
        if (res.status !== 200 || res.errors || !res.data?.me?.displayName) failures.push(res.errors ?? res.status);
        spans.push([started, Date.now()]);
      }
    };
    const workers = [worker(), worker(), worker(), worker()];
    const until = async (done: () => boolean) => {
      for (const deadline = Date.now() + 30_000; !done() && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    };
    await until(() => spans.length >= 4);

    const publishedAt = Date.now();
    const res = await publish(ladKey);
    const published = res.data.publishSubgraph;
    expect(published.check).toMatchObject({ outcome: 'PASSED', publish: true, problems: [] });
    expect(published.version).toEqual({ subgraph: 'lad', version: 1, publishedBy: 'institution:LAD' });
    expect(published.supergraph).toEqual({ version: 2, reason: 'publish lad v1', live: true });

    const farm = await eventually(FARM, { token: janis }, hasLadFarm);
    const servedAt = Date.now();
    await until(() => spans.filter(([start]) => start > servedAt).length >= 4);
    running = false;
    await Promise.all(workers);
    expect(farm.errors).toBeUndefined();
    expect(farm.data.me.ladFarm.fields.length).toBeGreaterThan(0);
    expect(farm.data.me.ladFarm.fields[0]).toMatchObject({ blockNumber: expect.any(String), areaHectares: expect.any(Number), cropName: expect.any(String) });
    // LAD received Jānis's personal code (it is registered for it): each sending is in his access log, with the purpose.
    const log = (await graph.gql('{ me { accessLog(first: 100) { nodes { actorKind actor resource purpose } } } }', {}, { token: janis })).data.me.accessLog.nodes;
    expect(log).toContainEqual({ actorKind: 'INSTITUTION', actor: 'subgraph lad', resource: 'personal code (sent in the identity token)', purpose: 'finds the farm and declarations a person holds by their personal code' });
    expect(servedAt - publishedAt).toBeLessThan(10_000);
    // Requests were running while the gateway swapped supergraphs, and before and after it.
    expect(spans.filter(([start, end]) => start < servedAt && end > publishedAt).length).toBeGreaterThan(0);
    expect(spans.filter(([, end]) => end < publishedAt).length).toBeGreaterThan(0);
    expect(spans.filter(([start]) => start > servedAt).length).toBeGreaterThan(0);
    expect(failures).toEqual([]);

    // Every replica polls the registry: the second one serves the new fields too.
    const viaReplica = async () => {
      const until = Date.now() + 15_000;
      for (;;) {
        const r = await fetch(replica.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${janis}` }, body: JSON.stringify({ query: FARM }) });
        const body = (await r.json()) as { data?: { me?: { ladFarm?: { name: string } } } };
        if (body.data?.me?.ladFarm || Date.now() > until) return body;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    expect((await viaReplica()).data?.me?.ladFarm?.name).toBe(farm.data.me.ladFarm.name);

    // The case's reference and institution come from the cases subgraph (@requires); the field areas from LAD.
    const cases = await graph.gql(FIELD_AREAS, {}, withKey(ladKey.key));
    expect(cases.errors).toBeUndefined();
    expect(cases.data.institutionCases.nodes[0].ladDeclaredFieldAreas.length).toBeGreaterThan(0);
  });

  it('publishing the same schema again changes nothing', async () => {
    const before = await registryState();
    const res = await publish(ladKey);
    expect(res.data.publishSubgraph).toMatchObject({ unchanged: true, version: null, supergraph: null, check: { outcome: 'PASSED' } });
    await expectNothingChanged(before);
  });

  it('lists the registry to the institution through the psg CLI, and checks with exit codes fit for CI', async () => {
    const run = promisify(execFile);
    const env = { ...process.env, PSG_URL: graph.url, PSG_API_KEY: ladKey.key };
    const cli = (args: string[], extraEnv: Record<string, string | undefined> = {}) =>
      run(process.execPath, ['cli/psg.mjs', 'subgraph', ...args], { env: { ...env, ...extraEnv } }).then(
        ({ stdout }) => ({ code: 0, out: stdout }),
        (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, out: err.stdout + err.stderr }),
      );

    const list = await cli(['list']);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/^lad\s+LAD\s+v1\s+http:\/\/127\.0\.0\.1:\d+\/graphql$/m);

    const passed = await cli(['check', '--name', 'lad', '--schema', 'institutions/lad/schema.graphql']);
    expect(passed).toMatchObject({ code: 0, out: expect.stringContaining('every check passed') });

    const dir = mkdtempSync(join(tmpdir(), 'psg-cli-'));
    writeFileSync(join(dir, 'bad.graphql'), ladSdl.replace('type LadFarm {', 'type Farm {').replaceAll('ladFarm: LadFarm', 'ladFarm: Farm'));
    const rejected = await cli(['publish', '--name', 'lad', '--schema', join(dir, 'bad.graphql')]);
    expect(rejected.code).toBe(1);
    expect(rejected.out).toMatch(/not published; nothing changed[\s\S]*NAMING\s+Farm is a new type: its name must start with "Lad"/);

    expect((await cli(['publish', '--name', 'lad'])).code).toBe(2);
    expect((await cli(['list'], { PSG_API_KEY: undefined })).code).toBe(2);
    expect((await cli(['list'], { PSG_API_KEY: 'psg_nosuchkey1_abcdefghijklmnopqrstuvwxyz012345' })).code).toBe(3);
    expect((await cli(['list'], { PSG_URL: 'http://127.0.0.1:9/graphql' })).code).toBe(3);
  });
});

describe('the registry refuses, with a reason, and changes nothing', () => {
  it('a schema that does not compose with the other subgraphs', async () => {
    const before = await registryState();
    // Case.reference is a String! in the cases subgraph; an @external of another type cannot compose.
    const res = await publish(ladKey, input(ladSdl.replace('reference: String! @external', 'reference: Int! @external')));
    expect(rules(res)).toContain('COMPOSITION');
    expect(res.data.publishSubgraph.check.problems.find((p: { rule: string }) => p.rule === 'COMPOSITION').message).toMatch(/reference/);
    expect(res.data.publishSubgraph).toMatchObject({ version: null, supergraph: null });
    await expectNothingChanged(before);
    expect(hasLadFarm(await graph.gql(FARM, {}, { token: janis }))).toBe(true);
  });

  it('a breaking change to a field callers used lately, while the same change to an unused field passes', async () => {
    // The gateway meters what operations select and writes it every USAGE_FLUSH_MS; the tests above used ladFarm.
    const platformDb = graph.platform.databases.get('platform')!.db;
    const until = Date.now() + 10_000;
    while (!(await platformDb.select().from(fieldUsage).where(eq(fieldUsage.coordinate, 'Client.ladFarm'))).length && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));

    const before = await registryState();
    const withoutFarm = ladSdl.replace(/\n  """\n  The farm registered in LAD's client register[\s\S]*?ladFarm: LadFarm\n/, '\n');
    expect(withoutFarm).not.toContain('ladFarm: LadFarm');
    const res = await publish(ladKey, input(withoutFarm));
    const { check: result } = res.data.publishSubgraph;
    expect(result.outcome).toBe('FAILED');
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'BREAKING_CHANGE', coordinate: 'Client.ladFarm', message: expect.stringMatching(/Client\.ladFarm was used by \d+ operation\(s\) in the last 30 days/) }),
    ]);
    expect(result.changes.find((c: { coordinate: string }) => c.coordinate === 'Client.ladFarm')).toMatchObject({ criticality: 'BREAKING', recentOperations: expect.any(Number) });
    await expectNothingChanged(before);

    // Nobody selected LadFarm.latestDeclarationYear: removing it breaks no operation, so the check passes.
    const unusedGone = ladSdl.replace(/\n  "The latest year for which the farm has declared[^\n]*\n  latestDeclarationYear: Int\n/, '\n');
    expect(unusedGone).not.toContain('latestDeclarationYear: Int');
    const unused = (await check(ladKey, input(unusedGone))).data.checkSubgraph.check;
    expect(unused).toMatchObject({ outcome: 'PASSED', publish: false, problems: [] });
    expect(unused.changes).toContainEqual(expect.objectContaining({ criticality: 'BREAKING', coordinate: 'LadFarm.latestDeclarationYear', recentOperations: 0 }));
    await expectNothingChanged(before);
  });

  it('an @override of a core subgraph’s field, and a redefinition of one', async () => {
    const before = await registryState();
    const hijack = ladSdl
      .replace('import: ["@key", "@external", "@requires"]', 'import: ["@key", "@external", "@requires", "@override"]')
      .replace('  ladFarm: LadFarm\n', '  ladFarm: LadFarm\n  "Taken over."\n  displayName: String! @override(from: "clients")\n');
    const res = await publish(ladKey, input(hijack));
    const problems = res.data.publishSubgraph.check.problems;
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'OVERRIDE', coordinate: 'Client.displayName', message: expect.stringContaining('may not take over') }));
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'REDEFINITION', coordinate: 'Client.displayName' }));
    await expectNothingChanged(before);

    const pageInfo = `${ladSdl}\n"Mine now."\ntype PageInfo @shareable {\n  "x"\n  hasNextPage: Boolean!\n  "y"\n  endCursor: String\n}\n`.replace('"@requires"]', '"@requires", "@shareable"]');
    expect(rules(await publish(ladKey, input(pageInfo)))).toContain('REDEFINITION');
    await expectNothingChanged(before);
  });

  it('names without the institution’s prefix and types or fields without descriptions', async () => {
    const before = await registryState();
    const sloppy = ladSdl.replace('  ladFarm: LadFarm\n', '  ladFarm: LadFarm\n  farmCount: Int\n') + '\ntype LadNote {\n  text: String\n}\n';
    const res = await publish(ladKey, input(sloppy));
    expect(res.data.publishSubgraph.check.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'NAMING', coordinate: 'Client.farmCount', message: expect.stringContaining('must start with "lad"') }),
        expect.objectContaining({ rule: 'DESCRIPTION', coordinate: 'Client.farmCount' }),
        expect.objectContaining({ rule: 'DESCRIPTION', coordinate: 'LadNote' }),
        expect.objectContaining({ rule: 'DESCRIPTION', coordinate: 'LadNote.text' }),
      ]),
    );
    await expectNothingChanged(before);
  });

  it('a non-null field on Client, or a non-null reference to an entity another subgraph owns (the failure contract)', async () => {
    const before = await registryState();
    const strict = ladSdl
      .replace('  ladFarm: LadFarm\n', '  ladFarm: LadFarm!\n')
      .replace('  name: String!\n', '  name: String!\n\n  "The client holding the farm."\n  holder: Client!\n');
    expect(strict).toContain('holder: Client!');
    const res = await publish(ladKey, input(strict));
    const { check: result } = res.data.publishSubgraph;
    expect(result.outcome).toBe('FAILED');
    expect(result.problems).toEqual([
      expect.objectContaining({ rule: 'NULLABILITY', coordinate: 'Client.ladFarm', message: expect.stringMatching(/owned by the "clients" subgraph.*make it nullable/) }),
      expect.objectContaining({ rule: 'NULLABILITY', coordinate: 'LadFarm.holder', message: expect.stringMatching(/references Client.*make it nullable/) }),
    ]);
    expect(res.data.publishSubgraph).toMatchObject({ version: null, supergraph: null });
    await expectNothingChanged(before);
    // The same schema with the reference nullable passes the check.
    const nullable = (await check(ladKey, input(strict.replace('ladFarm: LadFarm!', 'ladFarm: LadFarm').replace('holder: Client!', 'holder: Client')))).data.checkSubgraph.check;
    expect(nullable).toMatchObject({ outcome: 'PASSED', problems: [] });
  });

  it('another institution’s key, for LAD’s subgraph, for a core subgraph, or for a name that is not its own', async () => {
    const before = await registryState();
    const others = [
      await publish(vidKey),
      await publish(vidKey, input(readFileSync('schema/cases.graphql', 'utf8'), { name: 'cases' })),
      await publish(vidKey, input(ladSdl, { name: 'lad-fields' })),
    ];
    for (const res of others) expect(rules(res)).toEqual(['OWNERSHIP']);
    expect(others[0].data.publishSubgraph.check.problems[0].message).toBe('The subgraph "lad" belongs to LAD; VID may publish only its own subgraphs.');
    await expectNothingChanged(before);
    expect((await graph.gql(STATE, {}, withKey(vidKey.key))).data.registeredSubgraph.currentVersion.version).toBe(1);
  });

  it('persons, applications and anonymous callers, before any check', async () => {
    const before = await registryState();
    const app = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'farm-app' });
    expect(errorCodes(await graph.gql(PUBLISH, input(), { token: janis }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(PUBLISH, input(), withKey(app.key)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql(PUBLISH, input()))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graph.gql('{ registeredSubgraphs { name } }', {}, { token: janis }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graph.gql('mutation { restoreSupergraph(input: { version: 1 }) { errors { code } } }', {}, withKey(ladKey.key)))).toEqual(['FORBIDDEN']);
    await expectNothingChanged(before);
  });

  it('bad input: SDL that does not parse, a routing URL that is not http(s), a bad name', async () => {
    const before = await registryState();
    expect(rules(await publish(ladKey, input('type Client @key(fields: "id") {')))).toEqual(['SYNTAX']);
    expect(rules(await publish(ladKey, input(ladSdl, { routingUrl: 'file:///etc/passwd' })))).toEqual(['ROUTING_URL']);
    expect(rules(await publish(ladKey, input(ladSdl, { name: 'LAD_Fields!' })))).toEqual(['NAME']);
    await expectNothingChanged(before);
  });

  it('lists every subgraph with its versions and checks in a constant number of statements; bad paging is BAD_USER_INPUT', async () => {
    const q = '{ registeredSubgraphs { name versions(last: 2) { version publishedAt } checks(last: 3) { outcome checkedAt } } }';
    // This graph polls the registry's newest supergraph and writes usage every 200 ms into the same count: only the
    // statements on the tables this query reads are the request's own. The subgraphs, one statement for all their
    // versions, one for all their checks (with N+1 it was 13).
    const before = graph.statementCount();
    const res = await graph.gql(q, {}, withKey(ladKey.key));
    const own = graph.statementsSince(before).filter((text) => /registry_(subgraphs|schema_versions|checks)/.test(text));
    expect(own.length, own.join('\n')).toBeLessThanOrEqual(3);
    const lad = res.data.registeredSubgraphs.find((s: { name: string }) => s.name === 'lad');
    expect(lad.versions).toEqual([{ version: 1, publishedAt: expect.any(String) }]);
    expect(lad.checks).toHaveLength(3);
    expect(new Date(lad.checks[0].checkedAt) >= new Date(lad.checks[2].checkedAt)).toBe(true);
    expect(res.data.registeredSubgraphs.find((s: { name: string }) => s.name === 'cases').versions).toEqual([{ version: 1, publishedAt: expect.any(String) }]);

    for (const bad of ['{ registeredSubgraphs { versions(last: 0) { version } } }', '{ supergraphVersions(after: "WyJ4Il0") { nodes { version } } }', '{ supergraphVersions(first: 500) { nodes { version } } }'])
      expect(errorCodes(await graph.gql(bad, {}, withKey(ladKey.key)))).toEqual(['BAD_USER_INPUT']);
  });

  it('records every check with its outcome, newest first', async () => {
    const res = await graph.gql('{ registeredSubgraph(name: "lad") { owner versions { version } checks(last: 100) { outcome publish checkedBy } } }', {}, withKey(ladKey.key));
    const { owner, versions, checks } = res.data.registeredSubgraph;
    expect(owner).toBe('LAD');
    expect(versions).toEqual([{ version: 1 }]);
    // The refusals above (CLI, composition, breaking change, override ×2, naming, nullability, syntax, URL by LAD; one by VID).
    const failed = (by: string) => checks.filter((c: { outcome: string; checkedBy: string }) => c.outcome === 'FAILED' && c.checkedBy === by).length;
    expect([failed('institution:LAD'), failed('institution:VID')]).toEqual([9, 1]);
    // And the passes: the publish, the unchanged publish, the CLI's check, the check without an unused field, the nullable references.
    expect(checks.filter((c: { outcome: string }) => c.outcome === 'PASSED')).toHaveLength(5);
  });
});

describe('operators restore an earlier supergraph', () => {
  it('serves the restored version within seconds, and the institution can publish again', async () => {
    const operator = await graph.token({ operator: 'ops' });
    const restore = 'mutation($v: Int!) { restoreSupergraph(input: { version: $v }) { supergraph { version reason live subgraphs { subgraph } } errors { code message } } }';
    const res = await graph.gql(restore, { v: 1 }, { token: operator });
    expect(res.data.restoreSupergraph.errors).toEqual([]);
    expect(res.data.restoreSupergraph.supergraph).toMatchObject({ version: 3, reason: 'restore v1', live: true });
    expect(res.data.restoreSupergraph.supergraph.subgraphs.map((s: { subgraph: string }) => s.subgraph).sort()).toEqual(['cases', 'clients', 'life-situations', 'platform', 'services']);
    expect(lacksLadFarm(await eventually(FARM, { token: janis }, lacksLadFarm))).toBe(true);
    expect((await registryState()).registeredSubgraph.currentVersion).toBeNull();

    const missing = await graph.gql(restore, { v: 999 }, { token: operator });
    expect(missing.data.restoreSupergraph).toEqual({ supergraph: null, errors: [{ code: 'NOT_FOUND', message: 'No supergraph has the version 999.' }] });

    const again = (await publish(ladKey)).data.publishSubgraph;
    expect(again).toMatchObject({ unchanged: false, version: { version: 2 }, supergraph: { version: 4, live: true } });
    expect(hasLadFarm(await eventually(FARM, { token: janis }, hasLadFarm))).toBe(true);
  });
});

describe('publishes at the same time', () => {
  it('by two institutions both land, each checked against the other’s', async () => {
    const vzd = await createKey(graph, { ownerKind: 'INSTITUTION', ownerCode: 'VZD', tier: 'PARTNER' });
    const vzdSdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      "A client, owned by the clients subgraph; VZD adds real estate."
      type Client @key(fields: "id") { id: ID! "How many properties the client owns in the State Land Service's register." vzdPropertyCount: Int }`;
    const ladChanged = ladSdl.replace('"The pseudonymous client id (the same in every subgraph)."', '"The pseudonymous client id, the same in every subgraph."');
    const [a, b] = await Promise.all([
      publish(vzd, { input: { name: 'vzd', sdl: vzdSdl, routingUrl: 'http://127.0.0.1:9/graphql' } }),
      publish(ladKey, input(ladChanged)),
    ]);
    expect([a.data.publishSubgraph.check.outcome, b.data.publishSubgraph.check.outcome]).toEqual(['PASSED', 'PASSED']);
    const versions = [a.data.publishSubgraph.supergraph.version, b.data.publishSubgraph.supergraph.version].sort();
    expect(versions[1]).toBe(versions[0] + 1);
    const newest = (await graph.gql('{ supergraphVersions(first: 1) { nodes { version subgraphs { subgraph version } } } }', {}, withKey(ladKey.key))).data.supergraphVersions.nodes[0];
    expect(newest.version).toBe(versions[1]);
    expect(newest.subgraphs).toEqual(expect.arrayContaining([{ subgraph: 'vzd', version: 1 }, { subgraph: 'lad', version: 3 }]));
  });
});


describe('an institution’s subgraph that is down', () => {
  it('fails only the fields it resolves; the rest of the query answers and the gateway stays ready', async () => {
    await lad.close();
    const res = await graph.gql('{ me { displayName ladFarm { name } } services(first: 2) { nodes { code } } }', {}, { token: janis });
    expect(res.status).toBe(200);
    expect(res.data.me.displayName).toBe(DEMO_PEOPLE.janis.name);
    expect(res.data.me.ladFarm).toBeNull();
    expect(res.data.services.nodes).toHaveLength(2);
    expect(res.errors?.map((e) => e.path)).toEqual([['me', 'ladFarm']]);
    expect(res.errors![0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', retryAfterSeconds: expect.any(Number) });
    expect(res.errors![0].message).not.toMatch(/lad|127\.0\.0\.1|ECONNREFUSED/i);
    expect((await fetch(new URL('/readyz', graph.url))).status).toBe(200);
  });
});
