// npm run webhooks:dispatch: a webhook dispatcher replica as its own process, beside the platform's (which runs one
// too). It shares the platform database's deliveries with every other replica; on JetStream (NATS_URL) it also takes
// events from the shared durable consumer, on the embedded bus it only tries deliveries.
import { databaseUrlFor } from '../common/config.ts';
import { openDatabase } from '@public-service-graph/subgraph-kit/db';
import { openEventBus } from '../common/events/bus.ts';
import { GATEWAY_SERVICE } from '@public-service-graph/subgraph-kit/scopes';
import { InternalTokenSigner } from '../gateway/internal-token.ts';
import { personalCodeRecipients } from '../gateway/personal-codes.ts';
import { loadSubgraphModules } from './subgraph-modules.ts';
import { run } from './run.ts';
import { clientsConsentCheck, dispatcherFor, runDispatcher } from '../scripts/webhooks.ts';

await run(async (config, log) => {
  const url = databaseUrlFor(config, 'platform');
  if (!url) throw new Error('Set PLATFORM_DATABASE_URL (or DATABASE_URL): replicas share the deliveries through PostgreSQL.');
  const database = await openDatabase(url);
  const platform = (await loadSubgraphModules(['platform'])).get('platform')!;
  await database.migrate(platform.migrations.folder, platform.migrations.table);
  const bus = await openEventBus(config);
  let consent = null;
  if (config.WEBHOOK_CLIENTS_URL && config.GATEWAY_SIGNING_KEY) {
    const signer = await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY, personalCodeRecipients(config.PERSONAL_CODE_SUBGRAPHS));
    consent = clientsConsentCheck({ clientsUrl: () => config.WEBHOOK_CLIENTS_URL!, token: () => signer.sign(GATEWAY_SERVICE, 'clients'), timeoutMs: config.SUBGRAPH_TIMEOUT_MS });
  }
  const running = await runDispatcher(dispatcherFor(config, database.db, consent, log), bus, config, log);
  console.log(`Webhook dispatcher on the ${bus.kind} bus${consent ? '' : ' (applications’ deliveries left to replicas that can check consent)'}`);
  return async () => {
    await running.stop();
    await bus.close();
    await database.close();
  };
});
