import { forbidden, unauthenticated } from '@public-service-graph/subgraph-kit/errors';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import { PLATFORM_OWNER, type ApiKeyOwnerKind, type ApiKeyRow } from '../db/tables.ts';

/**
 * Who may do what with API keys. The gateway's schema directives say the same coarsely; this is where it is decided.
 * - operators: everything;
 * - an application (its own key, its client-credentials token, or a person's token issued to it) and an institution:
 *   read their own keys and usage;
 * - persons and anonymous callers: nothing.
 */
export interface KeyOwner { kind: ApiKeyOwnerKind; code: string }

export function requireOperator(identity: Identity): void {
  if (identity.kind === 'anonymous') throw unauthenticated('Managing API keys needs an operator’s token.');
  if (identity.kind !== 'operator') throw forbidden('Only operators manage API keys.');
}

/** The owner the caller speaks for, or null for persons, operators and anonymous callers. */
export function ownerOf(identity: Identity): KeyOwner | null {
  if (identity.kind === 'application' && identity.application) return { kind: 'APPLICATION', code: identity.application };
  if (identity.kind === 'institution' && identity.institution) return { kind: 'INSTITUTION', code: identity.institution };
  return null;
}

export function requireOwner(identity: Identity): KeyOwner {
  const owner = ownerOf(identity);
  if (owner) return owner;
  if (identity.kind === 'anonymous') throw unauthenticated('Send your API key (X-API-Key) or your client-credentials token to list your keys.');
  throw forbidden('Only applications and institutions own API keys; operators list them with `apiKeys`.');
}

/** Operators see every key; an owner sees its own; nobody else sees any, whatever id they pass. */
export function mayReadKey(identity: Identity, row: ApiKeyRow): boolean {
  if (identity.kind === 'operator') return true;
  const owner = ownerOf(identity);
  return owner !== null && owner.kind === row.ownerKind && owner.code === row.ownerCode;
}

/**
 * Who publishes to the schema registry: an institution for the subgraphs it owns, an operator for any (the
 * platform's own ones included). The registry's checks decide the rest (subgraphs/platform/commands/registry-publishing.ts).
 */
export function requirePublisher(identity: Identity): { owner: string; by: string } {
  if (identity.kind === 'institution' && identity.institution) return { owner: identity.institution, by: identity.subject };
  if (identity.kind === 'operator') return { owner: PLATFORM_OWNER, by: identity.subject };
  if (identity.kind === 'anonymous') throw unauthenticated('Send your institution’s API key (X-API-Key) to use the schema registry.');
  throw forbidden('Only institutions and operators use the schema registry.');
}

/** The registry (names, owners, schemas) is readable by the same callers who publish to it. */
export const requireRegistryReader = (identity: Identity): void => void requirePublisher(identity);
