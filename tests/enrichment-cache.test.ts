import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedBus } from '../common/events/bus.ts';
import { DEMO_PEOPLE, errorCodes, startTestGraph, type TestGraph } from './support/platform.ts';

// The X-Act-For answers the gateway keeps (gateway/enrichment-cache.ts, ENRICHMENT_CACHE_MS), through the gateway:
// a repeated request acting for the same party does not ask the clients subgraph again, and a revoked power of
// attorney stops working as soon as the representation event is on the bus, long before the cache's TTL.

let graph: TestGraph;
let liga: string, martins: string;
beforeAll(async () => {
  graph = await startTestGraph({ ENRICHMENT_CACHE_MS: '60000' });
  [liga, martins] = await Promise.all([graph.token({ person: DEMO_PEOPLE.liga.personalCode }), graph.token({ person: DEMO_PEOPLE.martins.personalCode })]);
}, 180_000);
afterAll(() => graph?.stop());

const GRANT = `mutation($input: GrantPowerOfAttorneyInput!) { grantPowerOfAttorney(input: $input) { representation { id } errors { code } } }`;
const ACCEPT = 'mutation($id: ID!) { acceptPowerOfAttorney(id: $id) { errors { code } } }';
const REVOKE = 'mutation($id: ID!) { revokePowerOfAttorney(id: $id) { errors { code } } }';
const ACTING = '{ actingFor { displayName } }';

/** The statements the clients subgraph's representation check sends (it reads the representations table). */
const representationReads = (statements: string[]) => statements.filter((s) => /"representations"/.test(s) && /^select/i.test(s.trim())).length;

describe('X-Act-For answers kept by the gateway', () => {
  it('are reused for the same person and party, and dropped by the revocation’s event', async () => {
    const granted = await graph.gql(GRANT, { input: { attorneyPersonalCode: DEMO_PEOPLE.liga.personalCode, scopes: ['CASES_READ'] } }, { token: martins });
    const { id } = granted.data.grantPowerOfAttorney.representation;
    expect((await graph.gql(ACCEPT, { id }, { token: liga })).data.acceptPowerOfAttorney.errors).toEqual([]);
    const asLiga = { token: liga, headers: { 'x-act-for': DEMO_PEOPLE.martins.personalCode } };

    let at = graph.statementCount();
    expect((await graph.gql(ACTING, {}, asLiga)).data.actingFor).toEqual({ displayName: 'Mārtiņš Kļaviņš' });
    expect(representationReads(graph.statementsSince(at))).toBeGreaterThan(0);
    at = graph.statementCount();
    expect((await graph.gql(ACTING, {}, asLiga)).data.actingFor).toEqual({ displayName: 'Mārtiņš Kļaviņš' });
    expect(representationReads(graph.statementsSince(at))).toBe(0);

    expect((await graph.gql(REVOKE, { id }, { token: martins })).data.revokePowerOfAttorney.errors).toEqual([]);
    // The clients subgraph's relay publishes the revocation (the events branch adds that outbox; drain() carries it
    // then); here the event is published as it would be.
    await graph.platform.events.drain();
    await (graph.platform.events.bus as EmbeddedBus).publish({
      specversion: '1.0', id: randomUUID(), source: 'urn:lv.gov.psg:subgraph:clients', type: 'lv.gov.psg.representation.revoked.v1', subject: id,
      time: new Date().toISOString(), dataschema: 'urn:lv.gov.psg:event-schema:lv.gov.psg.representation.revoked.v1', datacontenttype: 'application/json',
      data: { representationId: id, basis: 'POWER_OF_ATTORNEY', scopes: ['CASES_READ'], validUntil: null },
    });
    expect(errorCodes(await graph.gql(ACTING, {}, asLiga))).toEqual(['FORBIDDEN']);
  });
});
