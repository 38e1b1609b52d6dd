import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, startTestGraph, type GraphQLResponse, type TestGraph } from './support/platform.ts';

/**
 * A refused field costs that field only: null, with FORBIDDEN on its path, and the rest of the answer stands
 * (the failure contract, DESIGN.md). Outages are tested with real processes in separate-processes.test.ts.
 */

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph?.stop());

const GRANT = 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { errors { code } } }';
const inAYear = () => new Date(Date.now() + 300 * 86_400_000).toISOString();
const refusals = (res: GraphQLResponse) => (res.errors ?? []).map((e) => [e.extensions?.code, e.path?.join('.')]);

describe('a refused nested field is null with FORBIDDEN on its path', () => {
  it('a mother’s own life events stand when she selects her child’s profile without acting for the child', async () => {
    const liga = await graph.token({ person: DEMO_PEOPLE.liga.personalCode });
    const res = await graph.gql('{ me { displayName lifeEvents { nodes { type relatedClient { id displayName } } } } }', {}, { token: liga });
    expect(res.status).toBe(200);
    expect(res.data.me.displayName).toBe(DEMO_PEOPLE.liga.name);
    const birth = res.data.me.lifeEvents.nodes.find((e: { type: string }) => e.type === 'CHILD_BIRTH');
    expect(birth.relatedClient).toEqual({ id: expect.any(String), displayName: null });
    expect(refusals(res)).toEqual([['FORBIDDEN', `me.lifeEvents.nodes.${res.data.me.lifeEvents.nodes.indexOf(birth)}.relatedClient.displayName`]]);
    // Acting for the child (X-Act-For), the same selection answers in full.
    const actingFor = await graph.gql('{ actingFor { displayName } }', {}, { token: liga, headers: { 'x-act-for': DEMO_PEOPLE.emilija.personalCode } });
    expect(actingFor.data.actingFor.displayName).toBe(DEMO_PEOPLE.emilija.name);
  });

  it('an application with a profile consent but not CONTACTS_READ gets the profile, and FORBIDDEN on contacts alone', async () => {
    const peteris = await graph.token({ person: DEMO_PEOPLE.peteris.personalCode });
    const grant = await graph.gql(GRANT, { input: { recipient: { kind: 'APPLICATION', id: 'partial-app' }, purpose: 'Profile only', scopes: ['PROFILE_READ'], validUntil: inAYear() } }, { token: peteris });
    expect(grant.data.grantConsent.errors).toEqual([]);
    const app = await graph.token({ person: DEMO_PEOPLE.peteris.personalCode, app: 'partial-app' });
    const res = await graph.gql('{ me { displayName contacts { value } } services(first: 1) { totalCount } }', {}, { token: app });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ me: { displayName: DEMO_PEOPLE.peteris.name, contacts: null }, services: { totalCount: expect.any(Number) } });
    expect(refusals(res)).toEqual([['FORBIDDEN', 'me.contacts']]);
    expect(res.errors![0].message).toMatch(/consent/);
  });

  it('an application without any consent: `me` is refused, the rest of the answer stands', async () => {
    const app = await graph.token({ person: DEMO_PEOPLE.martins.personalCode, app: 'stranger-app' });
    const res = await graph.gql('{ me { displayName contacts { value } } services(first: 1) { totalCount } }', {}, { token: app });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ me: null, services: { totalCount: expect.any(Number) } });
    expect(refusals(res)).toEqual([['FORBIDDEN', 'me']]);
  });

  it('says nothing of the graph’s insides: no subgraph names in a refusal', async () => {
    const app = await graph.token({ person: DEMO_PEOPLE.martins.personalCode, app: 'stranger-app' });
    const res = await graph.gql('{ me { displayName } }', {}, { token: app });
    expect(Object.keys(res.errors![0].extensions!)).toEqual(['code']);
  });
});
