import { parseArgs } from 'node:util';
import { eq, or } from 'drizzle-orm';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { isUuid } from '@public-service-graph/subgraph-kit/errors';
import { insertKey, listKeys, revokeKey, rotateKey } from './data/key-store.ts';
import { apiKeyTiers, apiKeys, type ApiKeyRow, type ApiKeyTier } from './db/tables.ts';
import { MAX_GRACE_MINUTES, isInvalid, keyStatus, rotationEnd, validGrace, validateNewKey, type ApiKeyStatus } from './domain/keys.ts';

export const USAGE = `usage: npm run apikey -- <command> …
  create --owner-kind application|institution --owner <client id | institution code> --name "<what for>"
         [--scope developer]… [--tier FREE|STANDARD|PARTNER|INTERNAL] [--persisted-only] [--expires <ISO date-time>]
  list   [--owner <code>] [--status ACTIVE|EXPIRED|REVOKED]
  rotate <id or prefix> [--grace <minutes>]
  revoke <id or prefix>`;

export class CliError extends Error {}

/**
 * `npm run apikey`: operators manage keys on the server, against the platform database, with the same rules and the
 * same statements as the operator mutations (so a revocation here reaches every gateway replica at once too).
 */
export async function runApiKeyCli(argv: string[], db: Db, print: (line: string) => void, operator: string): Promise<void> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      'owner-kind': { type: 'string' }, owner: { type: 'string' }, name: { type: 'string' }, scope: { type: 'string', multiple: true },
      tier: { type: 'string' }, 'persisted-only': { type: 'boolean' }, expires: { type: 'string' }, status: { type: 'string' }, grace: { type: 'string' },
    },
  });
  const by = `operator:${operator}`;
  switch (command) {
    case 'create': {
      const ownerKind = values['owner-kind']?.toUpperCase();
      if (ownerKind !== 'APPLICATION' && ownerKind !== 'INSTITUTION') throw new CliError('--owner-kind must be application or institution');
      if (!values.owner || !values.name) throw new CliError('--owner and --name are required');
      const tier = (values.tier?.toUpperCase() ?? 'FREE') as ApiKeyTier;
      if (!apiKeyTiers.includes(tier)) throw new CliError(`--tier must be one of ${apiKeyTiers.join(', ')}`);
      const expiresAt = values.expires ? new Date(values.expires) : null;
      if (expiresAt && Number.isNaN(expiresAt.getTime())) throw new CliError('--expires must be an ISO 8601 date-time');
      const checked = validateNewKey({ name: values.name, ownerKind, ownerCode: values.owner, scopes: values.scope, tier, persistedOperationsOnly: values['persisted-only'], expiresAt });
      if (isInvalid(checked)) throw new CliError(`${checked.field}: ${checked.message}`);
      const { row, secret } = await insertKey(db, checked, by);
      print(`Created ${describe(row)}`);
      print(`Key (shown once, store it now): ${secret}`);
      return;
    }
    case 'list': {
      const status = values.status?.toUpperCase() as ApiKeyStatus | undefined;
      const { rows, total } = await listKeys(db, { ownerCode: values.owner, status }, null, 1000);
      for (const row of rows) print(describe(row));
      print(`${total} key(s)${total > rows.length ? `, the newest ${rows.length} shown` : ''}`);
      return;
    }
    case 'rotate': {
      const row = await find(db, positionals[0]);
      const grace = values.grace === undefined ? 0 : Number(values.grace);
      if (!validGrace(grace)) throw new CliError(`--grace must be 0–${MAX_GRACE_MINUTES} minutes`);
      if (keyStatus(row) !== 'ACTIVE') throw new CliError(`the key is ${keyStatus(row).toLowerCase()}: create a new one instead`);
      const rotated = await rotateKey(db, row, rotationEnd(row, grace), by);
      print(`Rotated ${row.prefix} → ${describe(rotated.row)}`);
      print(grace ? `The old key works until ${rotated.previous.expiresAt.toISOString()}.` : 'The old key no longer works.');
      print(`New key (shown once, store it now): ${rotated.secret}`);
      return;
    }
    case 'revoke': {
      const row = await revokeKey(db, (await find(db, positionals[0])).id, by);
      print(`Revoked ${describe(row!)}`);
      return;
    }
    default:
      throw new CliError(USAGE);
  }
}

async function find(db: Db, idOrPrefix: string | undefined): Promise<ApiKeyRow> {
  if (!idOrPrefix) throw new CliError('give the key’s id or prefix');
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(isUuid(idOrPrefix) ? or(eq(apiKeys.id, idOrPrefix), eq(apiKeys.prefix, idOrPrefix)) : eq(apiKeys.prefix, idOrPrefix));
  if (!row) throw new CliError(`no key has the id or prefix "${idOrPrefix}"`);
  return row;
}

const describe = (row: ApiKeyRow) =>
  `${row.id} psg_${row.prefix}_… ${keyStatus(row)} ${row.ownerKind.toLowerCase()} ${row.ownerCode} "${row.name}" tier ${row.tier}` +
  `${row.scopes.length ? ` scopes ${row.scopes.join(',')}` : ''}${row.persistedOnly ? ' persisted-only' : ''} expires ${row.expiresAt.toISOString()}`;
