import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_SITUATIONS } from '../subgraphs/life-situations/demo/situations.ts';
import { institutions, services } from '../subgraphs/services/db/tables.ts';
import { startTestGraph, type TestGraph } from './support/platform.ts';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
  const db = graph.platform.databases.get('services')!.db;
  const [holder] = await db.select().from(institutions).limit(1);
  await db.insert(services).values(
    Array.from({ length: 40 }, (_, i) => ({
      code: LOAD[i],
      holderId: holder.id,
      name: { lv: `Slodzes pakalpojums ${i}` },
      audiences: ['PERSON' as const],
      status: 'PUBLISHED' as const,
    })),
  );
});
afterAll(() => graph?.stop());

// The services of the demo life situations sort before the ZZ-LOAD ones: a page of 10 and a page of 50 both hold
// services with life situations, so both load the situations and their steps.
const LOAD = Array.from({ length: 40 }, (_, i) => `ZZ-LOAD-${String(i).padStart(2, '0')}`);
const codes = [...new Set([...DEMO_SITUATIONS.flatMap((s) => s.steps.flatMap((step) => step.services)), ...LOAD])];
const query = 'query($n: Int, $codes: [String!]) { services(first: $n, filter: { codes: $codes }) { nodes { code holder { code name } lifeSituations { code steps { position } } } } }';

async function statementsFor(n: number) {
  const before = graph.statementCount();
  const res = await graph.gql(query, { n, codes });
  expect(res.errors).toBeUndefined();
  expect(res.data.services.nodes).toHaveLength(n);
  return graph.requestStatementsSince(before);
}

it('50 services with holders and life situations cost as many SQL statements as 10', async () => {
  const ten = await statementsFor(10);
  const fifty = await statementsFor(50);
  expect(fifty).toBe(ten);
  // services page + count, holders, life situations, their steps: a handful, whatever the page size.
  expect(fifty).toBeLessThanOrEqual(6);
});
