import type { TestGraph } from './platform.ts';

/** Helpers for tests that need API keys: created through the gateway by an operator, as operators do. */
export interface TestKey { id: string; prefix: string; key: string }

export interface KeyInput {
  name?: string;
  ownerKind: 'APPLICATION' | 'INSTITUTION';
  ownerCode: string;
  scopes?: string[];
  tier?: 'FREE' | 'STANDARD' | 'PARTNER' | 'INTERNAL';
  persistedOperationsOnly?: boolean;
  expiresAt?: string;
}

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id prefix } errors { code message } }
}`;

export async function operatorToken(graph: TestGraph): Promise<string> {
  return graph.token({ operator: 'ops' });
}

export async function createKey(graph: TestGraph, input: KeyInput): Promise<TestKey> {
  const res = await graph.gql(CREATE, { input: { name: 'test key', ...input } }, { token: await operatorToken(graph) });
  const payload = res.data?.createApiKey;
  if (!payload?.secret) throw new Error(`createApiKey failed: ${JSON.stringify(res.errors ?? payload?.errors)}`);
  return { id: payload.apiKey.id, prefix: payload.apiKey.prefix, key: payload.secret };
}

export async function revokeKey(graph: TestGraph, id: string): Promise<void> {
  const res = await graph.gql('mutation($id: ID!) { revokeApiKey(input: { id: $id }) { errors { code } } }', { id }, { token: await operatorToken(graph) });
  if (res.errors || res.data.revokeApiKey.errors.length) throw new Error(`revokeApiKey failed: ${JSON.stringify(res)}`);
}

export const withKey = (key: string, token?: string) => ({ headers: { 'x-api-key': key }, token });

/** A prefix for Redis keys no other test run shares. */
export const redisPrefix = () => `psg-test:${process.pid}:${Math.random().toString(36).slice(2, 8)}:`;
