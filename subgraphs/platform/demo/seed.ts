import type { Db } from '@public-service-graph/subgraph-kit/db';

/**
 * No demo keys: a key with a published secret would work on any database seeded with it. Create one with
 * `npm run apikey -- create …` (docs/applications.md, "API keys").
 */
export async function seedPlatform(_db: Db): Promise<void> {}
