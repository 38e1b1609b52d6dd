import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GatewayConfigBase } from '@graphql-hive/gateway-runtime';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import type { Logger } from '@public-service-graph/subgraph-kit/logger';
import type { RequestIdentities } from './request-identity.ts';

/** The manifests shipped with the graph: the portals' operations. */
export const SHIPPED_MANIFESTS = fileURLToPath(new URL('../persisted-operations/', import.meta.url));

/**
 * Persisted operations: manifests (*.json in PERSISTED_OPERATIONS_DIR, by default persisted-operations/) map the
 * SHA-256 (hex) of an operation's text to the text, the format graphql-codegen's client preset writes
 * (`persistedDocuments: true`). A client sends `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"<hash>"}},
 * "variables":{…}}` instead of the query.
 *
 * A key created with `persistedOperationsOnly` (first-party portals) may send nothing else: if it leaks, it runs
 * only the portal's own operations. Every other caller may send either.
 */
export function loadPersistedDocuments(directory = SHIPPED_MANIFESTS): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of readdirSync(directory).filter((f) => f.endsWith('.json')).sort())
    for (const [hash, document] of Object.entries(JSON.parse(readFileSync(join(directory, file), 'utf8')) as Record<string, string>))
      documents.set(hash, document);
  return documents;
}

/** A hash not in the manifests makes the gateway read the directory again, at most this often. */
const RELOAD_INTERVAL_MS = 1000;

/**
 * The manifests of a directory, read at start and again when a hash is not found: a portal released with new
 * operations drops its manifest into the directory (a mounted volume, a ConfigMap) and the gateway serves them on
 * first use, with no gateway release and no restart. A manifest that cannot be read keeps the last good set.
 */
export class PersistedManifests {
  private documents: Map<string, string>;
  private lastRead = Date.now();

  constructor(private readonly directory: string, private readonly log: Logger) {
    this.documents = loadPersistedDocuments(directory);
  }

  get size(): number {
    return this.documents.size;
  }

  get(hash: string): string | null {
    const found = this.documents.get(hash);
    if (found !== undefined || Date.now() - this.lastRead < RELOAD_INTERVAL_MS) return found ?? null;
    this.lastRead = Date.now();
    try {
      this.documents = loadPersistedDocuments(this.directory);
    } catch (err) {
      this.log.warn({ err, directory: this.directory }, 'persisted-operation manifests not read again; serving the last ones read');
    }
    return this.documents.get(hash) ?? null;
  }
}

type PersistedDocumentsOption = NonNullable<GatewayConfigBase<{ identity?: Identity }>['persistedDocuments']>;

export function persistedDocuments(documents: PersistedManifests, identities: RequestIdentities): PersistedDocumentsOption {
  return {
    getPersistedOperation: (hash: string) => documents.get(hash),
    // Decided before the caller is authenticated in the context: the caller is worked out here (once per request);
    // a credential that fails is reported by authentication, after this.
    allowArbitraryDocuments: async (request: Request) => {
      const caller = await identities.caller(request).catch(() => null);
      return caller?.key?.persistedOnly !== true;
    },
    customErrors: {
      notFound: {
        message: 'No persisted operation has this sha256Hash: send one from the portal’s manifest.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      persistedQueryOnly: {
        message: 'This API key may run only persisted operations: send extensions.persistedQuery.sha256Hash instead of a query.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } },
      },
      keyNotFound: {
        message: 'The request has no query: send "query", or a persisted operation\'s extensions.persistedQuery.sha256Hash.',
        extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
      },
    },
  } as PersistedDocumentsOption;
}
