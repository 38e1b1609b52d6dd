import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { devOidcIssuer, loadConfig } from '../common/config.ts';
import { CORE_SUBGRAPHS } from '../gateway/compose.ts';
import { DevIssuer } from '../gateway/dev-issuer.ts';

const dir = mkdtempSync(join(tmpdir(), 'psg-separate-'));
const children: ChildProcess[] = [];
afterAll(async () => {
  await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : (c.once('exit', resolve), c.kill('SIGTERM'))))));
  rmSync(dir, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

function run(args: string[], env: Record<string, string>, ready: RegExp): Promise<RegExpExecArray> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = ready.exec(out);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${out}`)));
  });
}

it('runs as a deployment would: each subgraph and the gateway in its own process', { timeout: 240_000 }, async () => {
  const gatewayPort = await freePort();
  const jwksUrl = `http://127.0.0.1:${gatewayPort}/.well-known/jwks.json`;
  const ports = Object.fromEntries(await Promise.all(CORE_SUBGRAPHS.map(async (name) => [name, await freePort()] as const)));
  // Each subgraph has a database of its own (here an embedded one per process) and trusts the gateway's keys.
  await Promise.all(
    CORE_SUBGRAPHS.map((name) =>
      run(['scripts/start-subgraph.ts', name], {
        GATEWAY_JWKS_URL: jwksUrl,
        PGLITE_DATA_DIR: join(dir, name),
        SEED_DEMO_DATA: 'true',
        [`${name.toUpperCase().replace('-', '_')}_PORT`]: String(ports[name]),
      }, /Subgraph \S+ on (\S+)/),
    ),
  );
  const subgraphUrls = CORE_SUBGRAPHS.map((name) => `${name}=http://127.0.0.1:${ports[name]}/graphql`).join(',');
  const [, url] = await run(['scripts/start-gateway.ts'], { PORT: String(gatewayPort), SUBGRAPH_URLS: subgraphUrls, DEV_ISSUER_KEY_FILE: join(dir, 'dev-issuer.json') }, /Gateway on (\S+)/);

  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ service(code: "RIGA-DZIMSANA") { name holder { code } lifeSituations { code } } }' }),
  });
  const body = (await res.json()) as any;
  expect(body.errors).toBeUndefined();
  expect(body.data.service).toMatchObject({ name: 'Bērna dzimšanas reģistrācija', holder: { code: 'RIGA' } });
  expect(body.data.service.lifeSituations.map((l: { code: string }) => l.code)).toContain('BERNA-PIEDZIMSANA');
  expect((await fetch(url.replace('/graphql', '/readyz'))).status).toBe(200);

  // The cases subgraph checks a case's service against its projection of the catalogue, which it reads here through
  // the graph's public changes feed: the holder's case is accepted, another holder's service refused.
  const pmlp = await (await DevIssuer.load(join(dir, 'dev-issuer.json'), 'public-service-graph', devOidcIssuer(loadConfig({})))).issue({ institution: 'PMLP' });
  const register = async (serviceCode: string) => {
    const input = { idempotencyKey: randomUUID(), reference: `SEP-${randomUUID().slice(0, 8)}`, serviceCode, client: { personalCode: '150385-12346' }, applicationChannel: 'E_SERVICE', submittedAt: '2026-03-02T09:00:00Z' };
    const r = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${pmlp}` },
      body: JSON.stringify({ query: 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { case { id } errors { code ... on RegisterCaseServiceNotAvailable { reason } } } }', variables: { input } }),
    });
    return ((await r.json()) as any).data.registerCase;
  };
  expect((await register('PMLP-PASE')).errors).toEqual([]);
  expect(await register('VSAA-GVB')).toEqual({ case: null, errors: [{ code: 'SERVICE_NOT_AVAILABLE', reason: 'NOT_PROVIDER' }] });

  // Straight to a subgraph without the gateway's token: nothing.
  const direct = await fetch(`http://127.0.0.1:${ports.services}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ services { totalCount } }' }) });
  expect(direct.status).toBe(401);
});
