import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPersistedDocuments } from '../gateway/persisted.ts';
import { createKey, startSecondGateway, withKey } from './support/access.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

const documents = loadPersistedDocuments();
const hashOf = (name: string) => [...documents].find(([, d]) => d.startsWith(`query ${name}(`))![0];
const persisted = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('the persisted manifest', () => {
  it('names each operation by the SHA-256 of its text, and each is valid against the composed graph', () => {
    // The supergraph SDL read as a plain schema: every field a client can select is on it.
    const schema = buildSchema(readFileSync('schema/supergraph.graphql', 'utf8'));
    expect(documents.size).toBeGreaterThan(0);
    for (const [hash, document] of documents) {
      expect(createHash('sha256').update(document).digest('hex')).toBe(hash);
      expect(validate(schema, parse(document)).map((e) => e.message), document).toEqual([]);
    }
  });
});

describe('persisted operations through the gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    // A signing key of its own, so that a replica's internal tokens are the graph's (as replicas share theirs).
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    graph = await startTestGraph({ GATEWAY_SIGNING_KEY: JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'persisted' }) });
  });
  afterAll(() => graph?.stop());

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] } };
  };

  it('a portal key locked to the manifest runs its operations and nothing else', async () => {
    const portal = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'latvija-lv', tier: 'INTERNAL', persistedOperationsOnly: true });
    const card = await post({ ...persisted(hashOf('ServiceCard')), variables: { code: 'PMLP-PASE', language: 'en' } }, { 'x-api-key': portal.key });
    expect(card.status).toBe(200);
    expect(card.body.data.service).toMatchObject({ code: 'PMLP-PASE', name: 'Issuing a passport', holder: { code: 'PMLP' } });

    // With a person's token, the portal's persisted operation reads that person's cases.
    const token = await graph.token({ person: DEMO_PEOPLE.janis.personalCode, app: 'latvija-lv' });
    const cases = await post({ ...persisted(hashOf('MyCases')), variables: { first: 2 } }, { 'x-api-key': portal.key, authorization: `Bearer ${token}` });
    expect(cases.body.data?.me ?? null).toBeNull(); // the key's application is not the person: an application reads no profile without consent
    expect(cases.body.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);

    const adHoc = await post({ query: '{ services(first: 100) { nodes { code } } }' }, { 'x-api-key': portal.key });
    expect(adHoc.status).toBe(403);
    expect(adHoc.body.errors!.map((e) => e.extensions.code)).toEqual(['PERSISTED_QUERY_ONLY']);
    const unknown = await post(persisted('0'.repeat(64)), { 'x-api-key': portal.key });
    expect(unknown.body.errors!.map((e) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('a third-party key and anonymous callers may send either', async () => {
    const app = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'third-party' });
    for (const headers of [{ 'x-api-key': app.key }, {}] as Record<string, string>[]) {
      expect((await post({ query: '{ service(code: "VID-GID") { code } }' }, headers)).body.data.service.code).toBe('VID-GID');
      const catalogue = await post({ ...persisted(hashOf('Catalogue')), variables: { first: 3, holder: 'VID' } }, headers);
      expect(catalogue.body.data.services.nodes).toHaveLength(3);
    }
  });

  it('a key that is not valid is refused, persisted operation or not', async () => {
    const res = await graph.gql('{ __typename }', {}, withKey(`psg_${'b'.repeat(12)}_${'c'.repeat(43)}`));
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    const pq = await post(persisted(hashOf('Catalogue')), { 'x-api-key': 'psg_nope' });
    expect(pq.status).toBe(401);
  });

  it('reads its manifests from PERSISTED_OPERATIONS_DIR, and a manifest added there is served without a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psg-persisted-'));
    writeFileSync(join(dir, 'portal.json'), readFileSync('persisted-operations/portal.json'));
    const replica = await startSecondGateway(graph, { PERSISTED_OPERATIONS_DIR: dir });
    try {
      const portal = await createKey(graph, { ownerKind: 'APPLICATION', ownerCode: 'latvija-lv', tier: 'INTERNAL', persistedOperationsOnly: true });
      const send = (hash: string) =>
        fetch(replica.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': portal.key }, body: JSON.stringify({ ...persisted(hash), variables: { code: 'VID-GID' } }) })
          .then(async (r) => (await r.json()) as { data?: any; errors?: { extensions: { code: string } }[] });
      const release = 'query NextRelease($code: String!) { service(code: $code) { code } }';
      const hash = createHash('sha256').update(release).digest('hex');
      expect((await send(hash)).errors!.map((e) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);

      // The portal's next release ships its manifest; the gateway is neither released nor restarted.
      writeFileSync(join(dir, 'portal-next.json'), JSON.stringify({ [hash]: release }));
      await new Promise((r) => setTimeout(r, 1100)); // a miss reads the directory again at most once a second
      const served = await send(hash);
      expect(served, JSON.stringify(served)).toEqual({ data: { service: { code: 'VID-GID' } } });
      expect((await send(hashOf('ServiceCard'))).errors).toBeUndefined();
    } finally {
      await replica.stop();
    }
  });
});
