import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

/** `npm run token` as a person types it: help and mistakes answer with the usage, never a stack trace. */
const dir = mkdtempSync(join(tmpdir(), 'psg-token-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const token = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], {
    env: { ...process.env, DEV_ISSUER_KEY_FILE: join(dir, 'dev-issuer.json'), NODE_ENV: 'development' },
    encoding: 'utf8',
  });

it('--help prints the usage on stdout and exits 0', () => {
  const run = token('--help');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('usage: npm run token');
  expect(run.stderr).not.toMatch(/\bat \S+ \(|TypeError|ERR_PARSE_ARGS/);
});

it.each([
  ['an unknown option', ['--bogus'], "Unknown option '--bogus'"],
  ['no subject', [], 'Say whom the token is for'],
  ['a lifetime that is not a number', ['--person', '150385-12346', '--ttl', 'soon'], '--ttl must be'],
])('%s: a message and the usage on stderr, exit 2', (_, args, message) => {
  const run = token(...args);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(message);
  expect(run.stderr).toContain('usage: npm run token');
  expect(run.stderr).not.toMatch(/\bat \S+ \(/);
  expect(run.stdout).toBe('');
});

it('prints a token for a person', () => {
  const run = token('--person', '150385-12346');
  expect(run.status).toBe(0);
  expect(run.stdout.trim().split('.')).toHaveLength(3);
});
