import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody } from '../../gateway/gateway-errors.ts';
import { createCitizenPortal } from '../../portal/citizen/app.ts';

/**
 * When the graph cannot answer (its rate limit, the gateway down, a subgraph down and nothing else came), the portal
 * says so in the reader's language with the gateway's status (429 with its Retry-After, or 503), never a 500; a partial
 * answer is a page of what came (partial-answers.test.ts). No browser: a stand-in gateway
 * answers as the real one does in each case (bodies from gateway/gateway-errors.ts, Hive Gateway's subgraph error).
 */
type Answer = { status: number; headers?: Record<string, string>; body: string };
let next: Answer;
let gateway: http.Server;
let gatewayUrl: string;

beforeAll(async () => {
  gateway = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers }).end(next.body));
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => gateway.close(() => resolve())));

const portal = (graphqlUrl: string) => createCitizenPortal({ graphqlUrl, issuer: 'http://127.0.0.1:9/oidc', clientId: 'portal', publicUrl: 'http://127.0.0.1:8080' });

async function visit(graphqlUrl: string, path: string) {
  const res = await portal(graphqlUrl).request(path);
  return { status: res.status, retryAfter: res.headers.get('retry-after'), type: res.headers.get('content-type'), text: await res.text() };
}

const RATE_LIMITED: Answer = {
  status: 429,
  headers: { 'retry-after': '17' },
  body: errorBody('RATE_LIMITED', 'Rate limit of 100 cost points a minute reached; try again in 17 s.', { retryAfter: 17 }),
};
// What the gateway answers when the subgraph owning a root field does not answer (gateway/subgraph-errors.ts).
const SUBGRAPH_DOWN: Answer = {
  status: 200,
  body: JSON.stringify({ data: { service: null }, errors: [{ message: 'This part of the answer is unavailable right now; try again shortly.', path: ['service'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', retryAfterSeconds: 5 } }] }),
};

describe('the graph cannot answer', () => {
  it.each([
    ['lv', '/services/PMLP-DZIVESVIETA', 'Pārāk daudz pieprasījumu'],
    ['en', '/', 'Too many requests'],
    ['ru', '/life-situations', 'Слишком много запросов'],
  ])('rate limited: a page in %s with 429 and the gateway’s Retry-After', async (lang, path, title) => {
    next = RATE_LIMITED;
    const page = await visit(gatewayUrl, `${path}?lang=${lang}`);
    expect(page.status).toBe(429);
    expect(page.retryAfter).toBe('17');
    expect(page.type).toContain('text/html');
    expect(page.text).toContain(title);
    expect(page.text).toContain(`lang="${lang}"`);
    expect(page.text).not.toMatch(/RATE_LIMITED|cost points|\bat .*\.ts:\d+/);
  });

  it('a subgraph down and nothing else came: 503 and a localized page', async () => {
    next = SUBGRAPH_DOWN;
    const page = await visit(gatewayUrl, '/services/PMLP-DZIVESVIETA?lang=en');
    expect(page.status).toBe(503);
    expect(page.retryAfter).toBe('5');
    expect(page.text).toContain('Temporarily unavailable');
    expect(page.text).not.toMatch(/SUBGRAPH_UNAVAILABLE|unavailable right now/);
  });

  it('a refusal beside an outage is still a refusal (403), not a page of what came', async () => {
    next = {
      status: 200,
      body: JSON.stringify({
        data: { lifeSituations: null, me: null },
        errors: [{ message: 'unavailable', path: ['lifeSituations'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }, { message: 'Not yours.', path: ['me'], extensions: { code: 'FORBIDDEN' } }],
      }),
    };
    expect((await visit(gatewayUrl, '/life-situations?lang=en')).status).toBe(403);
  });

  it('the gateway answering 503 passes its Retry-After on', async () => {
    next = { status: 503, headers: { 'retry-after': '5' }, body: errorBody('SERVICE_UNAVAILABLE', 'API keys cannot be checked right now; try again shortly.') };
    const page = await visit(gatewayUrl, '/?lang=lv');
    expect(page.status).toBe(503);
    expect(page.retryAfter).toBe('5');
    expect(page.text).toContain('Pakalpojums īslaicīgi nav pieejams');
  });

  it('a gateway that does not answer at all (nothing listening): 503 in Russian', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/graphql`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const page = await visit(url, '/services/PMLP-DZIVESVIETA?lang=ru');
    expect(page.status).toBe(503);
    expect(page.retryAfter).toBeNull();
    expect(page.text).toContain('Временно недоступно');
    expect(page.text).not.toMatch(/ECONNREFUSED|fetch failed/);
  });

  it('a Retry-After that is not a number of seconds is not passed on', async () => {
    next = { ...RATE_LIMITED, headers: { 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' } };
    const page = await visit(gatewayUrl, '/?lang=en');
    expect(page.status).toBe(429);
    expect(page.retryAfter).toBe('17'); // from the error's extensions instead
  });
});
