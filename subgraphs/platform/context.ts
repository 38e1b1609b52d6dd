import type { Db } from '@public-service-graph/subgraph-kit/db';
import type { RequestBase, SubgraphEnv } from '@public-service-graph/subgraph-kit/subgraph-server';
import { createPlatformLoaders } from './data/loaders.ts';
import { createWebhookLoaders, type WebhookLoaders } from './data/webhook-store.ts';
import { AddressGuard } from './webhooks/address-guard.ts';

export type PlatformContext = RequestBase & { db: Db; loaders: ReturnType<typeof createPlatformLoaders>; webhookLoaders: WebhookLoaders; addressGuard: AddressGuard };

export const createPlatformContext = (db: Db, env?: SubgraphEnv) => {
  const addressGuard = new AddressGuard(env?.webhookAllowedNetworks ?? '');
  return (base: RequestBase): PlatformContext => ({ ...base, db, loaders: createPlatformLoaders(db), webhookLoaders: createWebhookLoaders(db), addressGuard });
};
