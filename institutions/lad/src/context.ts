import { BatchLoader } from './batch.ts';
import type { LadDb } from './db.ts';
import type { Identity } from './identity.ts';
import { declarationsByReference, farmsByHolder, fieldAreasByFarmYear, type FarmYear } from './store.ts';

/** Per request: who asks, in which languages, and loaders that batch each level of the query into one SQL. */
export interface LadContext {
  identity: Identity;
  /** Languages the reader accepts, best first (from Accept-Language, forwarded by the gateway). */
  languages: string[];
  loaders: ReturnType<typeof createLoaders>;
}

export const createLoaders = (db: LadDb) => ({
  farmByHolder: new BatchLoader((codes: string[]) => farmsByHolder(db, codes)),
  fieldAreasByFarmYear: new BatchLoader((keys: FarmYear[]) => fieldAreasByFarmYear(db, keys), (k) => `${k.farm}|${k.year}`),
  declarationByReference: new BatchLoader((references: string[]) => declarationsByReference(db, references)),
});

/** `Accept-Language: en-GB,en;q=0.9,lv;q=0.8` → ["en-gb", "en", "lv"], by quality. */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((l) => l.tag && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((l) => l.tag);
}
