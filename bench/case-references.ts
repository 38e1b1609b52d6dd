// What checking a case's service costs (subgraphs/cases/sync/catalogue-feed.ts): registerCase through the gateway
// with the projection fresh (no feed read), refused (each refusal reads the feed first), and with
// SERVICE_PROJECTION_MAX_AGE_MS=0 (every write reads the feed). Everything runs in this one process, so CPU is the
// whole graph's; SQL statements are all subgraphs'. Measured after the feed's one-minute overlap has passed since the
// demo seed, so a sync reads only what changed (nothing), as in steady state. Set TEST_DATABASE_URL for PostgreSQL.
import { randomUUID } from 'node:crypto';
import { startTestGraph } from '../tests/support/platform.ts';

const WRITES = 100;
const REGISTER = 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { case { id } errors { code } } }';

export async function run() {
  for (const maxAge of ['3600000', '0']) {
    const graph = await startTestGraph({ SERVICE_PROJECTION_MAX_AGE_MS: maxAge });
    try {
      const pmlp = await graph.token({ institution: 'PMLP' });
      const register = async (serviceCode: string) => {
        const input = { idempotencyKey: randomUUID(), reference: randomUUID().slice(0, 12), serviceCode, client: { personalCode: '150385-12346' }, applicationChannel: 'E_SERVICE', submittedAt: '2026-03-02T09:00:00Z' };
        const res = await graph.gql(REGISTER, { input }, { token: pmlp });
        if (!res.data?.registerCase) throw new Error(JSON.stringify(res.errors));
      };
      await register('PMLP-PASE');
      await new Promise((resolve) => setTimeout(resolve, 61_000));
      for (const [label, code] of [['accepted (PMLP-PASE)', 'PMLP-PASE'], ['refused (VSAA-GVB, NOT_PROVIDER)', 'VSAA-GVB']]) {
        const statements = graph.statementCount();
        const cpu = process.cpuUsage();
        const started = performance.now();
        for (let i = 0; i < WRITES; i++) await register(code);
        const { user, system } = process.cpuUsage(cpu);
        console.log(
          `max age ${maxAge.padStart(7)} ms  ${label.padEnd(34)}  ${((performance.now() - started) / WRITES).toFixed(1).padStart(6)} ms/write` +
            `  ${((user + system) / 1000 / WRITES).toFixed(1).padStart(5)} ms CPU/write  ${((graph.statementCount() - statements) / WRITES).toFixed(1)} SQL/write`,
        );
      }
    } finally {
      await graph.stop();
    }
  }
}
