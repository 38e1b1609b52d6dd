import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'psg-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm start`'s entry point as a user would, on a persistent embedded database, on free ports. */
async function start(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PGLITE_DATA_DIR: join(dir, 'pglite'),
      DEV_ISSUER_KEY_FILE: join(dir, 'dev-issuer.json'),
      PORT: '0', SERVICES_PORT: '0', LIFE_SITUATIONS_PORT: '0', CLIENTS_PORT: '0', CASES_PORT: '0', DEV_OIDC_PORT: '0', PORTAL_PORT: '0',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /GraphQL[^:]*: (http:\/\/\S+\/graphql)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`start exited with ${code}: ${out}`)));
  });
  return { child, url };
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

it('finishes a request in flight on SIGTERM, exits within seconds, and keeps its data for the next start', { timeout: 240_000 }, async () => {
  const first = await start();
  const body = JSON.stringify({ query: '{ services(first: 3) { totalCount nodes { code } } }' });
  // Send half of the request, signal, then the rest: the server must still answer it.
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(first.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject);
    req.write(body.slice(0, 10));
    setTimeout(() => {
      first.child.kill('SIGTERM');
      setTimeout(() => req.end(body.slice(10)), 300);
    }, 200);
  });
  const signalledAt = Date.now();
  const answer = await response;
  expect(answer.status, answer.body).toBe(200);
  expect(JSON.parse(answer.body).errors, answer.body).toBeUndefined();
  const total = JSON.parse(answer.body).data.services.totalCount;
  expect(total).toBeGreaterThanOrEqual(30);
  expect(await exited(first.child)).toBe(0);
  expect(Date.now() - signalledAt).toBeLessThan(10_000);

  // New connections are refused once it has stopped; a second start finds the same data (migrated and seeded once).
  await expect(fetch(first.url, { method: 'POST', body })).rejects.toThrow();
  const second = await start();
  const again = await fetch(second.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  expect(((await again.json()) as any).data.services.totalCount).toBe(total);
  second.child.kill('SIGTERM');
  expect(await exited(second.child)).toBe(0);
});
