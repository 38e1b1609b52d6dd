import type { Db } from '../../../common/db.ts';

/**
 * No demo keys: a key with a published secret would work on any database seeded with it. Create one with
 * `npm run apikey -- create …` (README, "Access").
 */
export async function seedPlatform(_db: Db): Promise<void> {}
