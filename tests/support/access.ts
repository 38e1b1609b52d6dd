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

/**
 * A second gateway replica beside `graph`'s, for tests of what replicas share (Redis) and hear (NOTIFY). On
 * PostgreSQL it is a separate process (`npm run start:gateway`), as deployed; on the embedded database, which
 * belongs to one process, it runs in this process with caches, limiter and listeners of its own.
 */
export interface SecondGateway { url: string; stop(): Promise<void> }

/** `fromRegistry`: the replica serves the schema registry's newest supergraph, as deployed gateways do. */
export async function startSecondGateway(graph: TestGraph, env: Record<string, string>, opts: { fromRegistry?: boolean } = {}): Promise<SecondGateway> {
  const { config } = graph;
  if (config.DATABASE_URL) {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start-gateway.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn',
        SUBGRAPH_URLS: opts.fromRegistry ? '' : graph.platform.subgraphs.map((s) => `${s.name}=${s.url}`).join(','),
        SUPERGRAPH_POLL_MS: String(config.SUPERGRAPH_POLL_MS),
        DATABASE_URL: config.DATABASE_URL, GATEWAY_SIGNING_KEY: config.GATEWAY_SIGNING_KEY!, DEV_ISSUER_KEY_FILE: config.DEV_ISSUER_KEY_FILE,
        DEV_OIDC_ISSUER: graph.platform.devIssuer!.issuer,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`second gateway did not start:\n${output}`)), 30_000);
      child.stdout.on('data', (d) => {
        output += d;
        const m = /Gateway on (\S+)/.exec(output);
        if (m) (clearTimeout(timer), resolve(m[1]));
      });
      child.stderr.on('data', (d) => (output += d));
      child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`second gateway exited ${code}:\n${output}`))));
    });
    return {
      url,
      stop: () => new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    };
  }
  const { loadConfig } = await import('../../common/config.ts');
  const { createLogger } = await import('@public-service-graph/subgraph-kit/logger');
  const { compose, loadTypeDefs } = await import('../../gateway/compose.ts');
  const { createGateway } = await import('../../gateway/create-gateway.ts');
  const { RegistrySupergraph } = await import('../../gateway/supergraph.ts');
  const own = loadConfig({ ...Object.fromEntries(Object.entries(config).map(([k, v]) => [k, v === undefined ? undefined : String(v)])), PORT: '0', ...env });
  const platformDatabase = graph.platform.databases.get('platform')!;
  const registry = new RegistrySupergraph(platformDatabase.db);
  const gateway = await createGateway({
    config: own,
    log: createLogger('silent'),
    platformDatabase,
    devProvider: graph.platform.oidc,
    supergraph: opts.fromRegistry
      ? () => registry.current()
      : compose(graph.platform.subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: loadTypeDefs(s.name) }))).supergraphSdl,
    listen: { port: 0, host: '127.0.0.1' },
  });
  return { url: gateway.url, stop: gateway.close };
}
