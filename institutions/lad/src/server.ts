import { openDatabase } from '@public-service-graph/subgraph-kit/db';
import { IdentityVerifier } from '@public-service-graph/subgraph-kit/identity';
import { createLogger, type Logger } from '@public-service-graph/subgraph-kit/logger';
import { readTypeDefs } from '@public-service-graph/subgraph-kit/schema';
import { startSubgraph, type SubgraphModule } from '@public-service-graph/subgraph-kit/subgraph-server';
import { createLoaders, type LadContext } from './context.ts';
import { resolvers } from './resolvers.ts';
import { seedLadDemo } from './seed.ts';
import type { LadDb } from './store.ts';

export interface LadSubgraphOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to listen on, e.g. "127.0.0.1". */
  host: string;
  /** A postgres:// URL; without it an embedded PGlite. LAD's tables live in the schema `lad`. */
  databaseUrl?: string;
  /** PGlite's data directory when there is no `databaseUrl`; without it PGlite keeps data in memory. */
  pgliteDir?: string;
  /** The gateway's key set, e.g. "http://localhost:4000/.well-known/jwks.json". */
  gatewayJwksUrl: string;
  /** The name LAD's subgraph is registered under: the gateway's tokens carry the audience `psg-subgraph:<name>`. Default "lad". */
  name?: string;
  /** Load the demo farms and declarations (idempotent). Default false. */
  seedDemo?: boolean;
  /** Called with the SQL of every statement LAD's queries send (metrics, logs; tests count statements). */
  onStatement?: (sql: string) => void;
  log?: Logger;
}

export interface RunningLadSubgraph {
  /** The GraphQL endpoint, e.g. "http://127.0.0.1:4101/graphql": the routing URL to publish. */
  url: string;
  /** Stops accepting requests, lets running ones finish, closes the database. */
  close(): Promise<void>;
}

export const ladTypeDefs = readTypeDefs(new URL('../schema.graphql', import.meta.url));
const migrations = { folder: new URL('../migrations', import.meta.url).pathname, table: '__migrations_lad' };

/**
 * Starts LAD's subgraph on the subgraph kit: migrates its schema `lad` (under the kit's advisory lock), optionally
 * seeds the demo, and serves `/graphql` only to requests carrying a valid gateway token, `/healthz` and `/readyz`.
 */
export async function startLadSubgraph(opts: LadSubgraphOptions): Promise<RunningLadSubgraph> {
  const database = await openDatabase(opts.databaseUrl ?? opts.pgliteDir ?? 'memory://');
  const sql: LadDb = {
    query: (text, params) => {
      opts.onStatement?.(text);
      return database.query(text, params);
    },
  };
  const module: SubgraphModule<LadContext> = {
    name: opts.name ?? 'lad',
    typeDefs: ladTypeDefs,
    resolvers,
    createContext: () => (base) => ({ ...base, loaders: createLoaders(sql) }),
    migrations,
    seed: () => seedLadDemo(sql),
  };
  try {
    await database.migrate(migrations.folder, migrations.table);
    if (opts.seedDemo) await module.seed(database.db, { clientIdSecret: '' });
    const verifier = new IdentityVerifier(new URL(opts.gatewayJwksUrl));
    const log = opts.log ?? createLogger(process.env.LOG_LEVEL ?? 'info');
    const subgraph = await startSubgraph(module, { database, verifier, log, clientIdSecret: '' }, { port: opts.port, host: opts.host });
    let closing: Promise<void> | undefined;
    return {
      url: subgraph.url,
      close: () => (closing ??= subgraph.close().then(() => database.close())),
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
