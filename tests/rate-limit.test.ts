import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createKey, operatorToken, redisPrefix, revokeKey, startSecondGateway, withKey, type SecondGateway } from './support/access.ts';
import { errorCodes, startTestGraph, type GraphQLResponse, type TestGraph } from './support/platform.ts';

/**
 * Rate limits by query cost: per key (its tier), per IP for anonymous callers, per subject for tokens. With
 * TEST_REDIS_URL the buckets are in Redis (as in production with REDIS_URL), otherwise in memory.
 */
const redisUrl = process.env.TEST_REDIS_URL;
// services(first: 2) { nodes { code holder { code } } } costs 1 + 2 × (1 + 1) = 5 points.
const FIVE_POINTS = '{ services(first: 2) { nodes { code holder { code } } } }';
// Small buckets, refilled slowly: FREE 30 points a minute is 6 requests of 5 points, then one per 10 seconds.
const LIMITS = 'FREE=30,anonymous=20,token=15';

let graph: TestGraph;
beforeAll(async () => {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  graph = await startTestGraph({
    RATE_LIMITS: LIMITS,
    API_KEY_CACHE_MS: '60000',
    USAGE_FLUSH_MS: '200',
    METRICS_PORT: '0',
    GATEWAY_SIGNING_KEY: JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'rate' }),
    ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: redisPrefix() } : {}),
  });
});
afterAll(() => graph?.stop());

async function drain(send: () => Promise<GraphQLResponse>, attempts: number) {
  const answers: GraphQLResponse[] = [];
  for (let i = 0; i < attempts; i++) answers.push(await send());
  return answers;
}

describe(`rate limits (${redisUrl ? 'Redis' : 'memory'})`, () => {
  it('a key draws its tier’s points per minute by query cost, then gets 429 with Retry-After', async () => {
    const k = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'busy-app', tier: 'FREE' });
    const answers = await drain(() => graph.gql(FIVE_POINTS, {}, withKey(k.key)), 8);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    // 5 points each; the bucket refills half a point a second meanwhile, which may show as one point more.
    const remaining = answers.slice(0, 6).map((a) => Number(a.headers.get('x-ratelimit-remaining')));
    remaining.forEach((left, i) => expect(left - (25 - 5 * i)).toBeOneOf([0, 1]));
    expect(answers[0].headers.get('x-ratelimit-limit')).toBe('30');
    expect(answers[0].headers.get('x-ratelimit-cost')).toBe('5');
    const refused = answers[6];
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.data).toBeUndefined();
    // 5 points at 30 a minute: 10 seconds, less what has refilled since the bucket ran dry.
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(8);
    expect(retryAfter).toBeLessThanOrEqual(10);
    expect(refused.errors![0].extensions).toMatchObject({ retryAfter, cost: 5 });
    // Operators see the refusals on the metrics port, by caller kind.
    const metrics = await (await fetch(graph.platform.metricsUrl!)).text();
    expect(metrics).toMatch(/^psg_gateway_rate_limit_refusals_total\{caller="application"\} 2$/m);
    expect(metrics).toMatch(/^psg_gateway_errors_total\{code="RATE_LIMITED"\} 2$/m);

    // Another key, another bucket.
    const other = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'calm-app', tier: 'FREE' });
    expect((await graph.gql(FIVE_POINTS, {}, withKey(other.key))).status).toBe(200);
  });

  it('a cheap request still fits where an expensive one does not', async () => {
    const k = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'mixed-app', tier: 'FREE' });
    await drain(() => graph.gql(FIVE_POINTS, {}, withKey(k.key)), 5); // 25 of 30 used
    expect((await graph.gql('{ services(first: 20) { nodes { code } } }', {}, withKey(k.key))).status).toBe(429); // 21 points
    expect((await graph.gql('{ service(code: "PMLP-PASE") { code } }', {}, withKey(k.key))).status).toBe(200); // 1 point
  });

  it('anonymous callers share their IP’s bucket; a key or a token is not charged to it', async () => {
    // The test's requests all come from 127.0.0.1: after 4 × 5 points the IP is out.
    const anonymous = await drain(() => graph.gql(FIVE_POINTS), 5);
    expect(anonymous.map((a) => a.status)).toEqual([200, 200, 200, 200, 429]);
    expect(errorCodes(anonymous[4])).toEqual(['RATE_LIMITED']);
    const k = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'ip-neighbour', tier: 'FREE' });
    expect((await graph.gql(FIVE_POINTS, {}, withKey(k.key))).status).toBe(200);
    const token = await graph.token({ application: 'token-app' });
    const byToken = await drain(() => graph.gql(FIVE_POINTS, {}, { token }), 4);
    expect(byToken.map((a) => a.status)).toEqual([200, 200, 200, 429]);
  });

  it('a refused request is counted in the key’s usage as an error', async () => {
    const k = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'counted-app', tier: 'FREE' });
    await drain(() => graph.gql(FIVE_POINTS, {}, withKey(k.key)), 7);
    const ops = await operatorToken(graph);
    await vi.waitFor(async () => {
      const res = await graph.gql('query($id: ID!) { apiKey(id: $id) { usage { operations errors } } }', { id: k.id }, { token: ops });
      expect(res.data.apiKey.usage[0]).toMatchObject({ operations: 7, errors: 1 });
    }, { timeout: 10_000, interval: 200 });
  });
});

describe.skipIf(!redisUrl)('two gateway replicas sharing one Redis (needs TEST_REDIS_URL)', () => {
  let second: SecondGateway;
  beforeAll(async () => {
    second = await startSecondGateway(graph, { REDIS_URL: redisUrl!, REDIS_KEY_PREFIX: graph.config.REDIS_KEY_PREFIX, RATE_LIMITS: LIMITS, API_KEY_CACHE_MS: '60000' });
  }, 60_000);
  afterAll(() => second?.stop());

  const via = async (url: string, key: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query: FIVE_POINTS }) });
    await res.arrayBuffer();
    return res.status;
  };

  it('a key’s limit holds across both: 30 points, not 30 on each', async () => {
    const k = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'two-replicas', tier: 'FREE' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await via(graph.url, k.key), await via(second.url, k.key));
    expect(statuses.filter((s) => s === 200)).toHaveLength(6);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
  });

  it('a revocation takes effect on both, though each has the key cached for a minute', async () => {
    const k = await createKey(graph, { ownerKind: 'INSTITUTION', ownerCode: 'PMLP', tier: 'PARTNER' });
    expect([await via(graph.url, k.key), await via(second.url, k.key)]).toEqual([200, 200]);
    await revokeKey(graph, k.id);
    await vi.waitFor(async () => expect([await via(graph.url, k.key), await via(second.url, k.key)]).toEqual([401, 401]), { timeout: 1000, interval: 20 });
  });
});
