import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compose, loadTypeDefs } from '../gateway/compose.ts';
import { startTestGraph, type TestGraph } from './support/platform.ts';

/**
 * `npm run start:gateway` serves any valid supergraph, also one without the clients subgraph (a catalogue-only
 * deployment); only requests that need the clients check (X-Act-For, an application with a person's token) are refused.
 */
const dir = mkdtempSync(join(tmpdir(), 'psg-start-gateway-'));
let graph: TestGraph;
let child: ChildProcess | undefined;
let url: string;
let output = '';

beforeAll(async () => {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  // The standalone gateway signs with the same key, so the test graph's subgraphs accept its calls.
  graph = await startTestGraph({ GATEWAY_SIGNING_KEY: JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'standalone' }) });
  const services = graph.platform.subgraphs.find((s) => s.name === 'services')!;
  const file = join(dir, 'supergraph.graphql');
  writeFileSync(file, compose([{ name: 'services', url: services.url, typeDefs: loadTypeDefs('services') }]).supergraphSdl);
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start-gateway.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', SUPERGRAPH_FILE: file, DATABASE_URL: '', SUBGRAPH_URLS: '',
      GATEWAY_SIGNING_KEY: graph.config.GATEWAY_SIGNING_KEY!, DEV_ISSUER_KEY_FILE: graph.config.DEV_ISSUER_KEY_FILE,
      // The test graph's OpenID provider listens on a free port; a gateway alone trusts its key under that issuer.
      DEV_OIDC_ISSUER: graph.platform.devIssuer!.issuer,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the gateway did not start:\n${output}`)), 60_000);
    child!.stdout!.on('data', (d) => {
      output += d;
      const m = /Gateway on (\S+)/.exec(output);
      if (m) (clearTimeout(timer), resolve(m[1]));
    });
    child!.stderr!.on('data', (d) => (output += d));
    child!.once('exit', (code) => (clearTimeout(timer), reject(new Error(`the gateway exited ${code}:\n${output}`))));
  });
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null) await new Promise<void>((resolve) => (child!.once('exit', () => resolve()), child!.kill('SIGTERM')));
  await graph?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const post = async (query: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
};

it('serves a supergraph without the clients subgraph: the catalogue answers, also to a signed-in person', async () => {
  expect((await post('{ service(code: "PMLP-PASE") { code } }')).body).toEqual({ data: { service: { code: 'PMLP-PASE' } } });
  const token = await graph.token({ person: '150385-12346' });
  expect((await post('{ service(code: "PMLP-PASE") { code } }', { authorization: `Bearer ${token}` })).body.data).toEqual({ service: { code: 'PMLP-PASE' } });
});

it('refuses only what needs the clients check, with CLIENTS_CHECK_UNAVAILABLE', async () => {
  const person = await graph.token({ person: '150385-12346' });
  const actFor = await post('{ service(code: "PMLP-PASE") { code } }', { authorization: `Bearer ${person}`, 'x-act-for': '40203123456' });
  expect(actFor.body.errors?.map((e) => e.extensions?.code)).toEqual(['CLIENTS_CHECK_UNAVAILABLE']);
  const app = await graph.token({ person: '150385-12346', app: 'some-app' });
  const withPerson = await post('{ service(code: "PMLP-PASE") { code } }', { authorization: `Bearer ${app}` });
  expect(withPerson.body.errors?.map((e) => e.extensions?.code)).toEqual(['CLIENTS_CHECK_UNAVAILABLE']);
});
