import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GatewayConfigBase } from '@graphql-hive/gateway-runtime';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import type { RequestIdentities } from './request-identity.ts';

const DIRECTORY = fileURLToPath(new URL('./persisted/', import.meta.url));

/**
 * Persisted operations: manifests in gateway/persisted/*.json map the SHA-256 (hex) of an operation's text to the
 * text, the format graphql-codegen's client preset writes (`persistedDocuments: true`). A client sends
 * `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"<hash>"}},"variables":{…}}` instead of the query.
 *
 * A key created with `persistedOperationsOnly` (first-party portals) may send nothing else: if it leaks, it runs
 * only the portal's own operations. Every other caller may send either.
 */
export function loadPersistedDocuments(directory = DIRECTORY): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of readdirSync(directory).filter((f) => f.endsWith('.json')).sort())
    for (const [hash, document] of Object.entries(JSON.parse(readFileSync(`${directory}${file}`, 'utf8')) as Record<string, string>))
      documents.set(hash, document);
  return documents;
}

type PersistedDocumentsOption = NonNullable<GatewayConfigBase<{ identity?: Identity }>['persistedDocuments']>;

export function persistedDocuments(documents: Map<string, string>, identities: RequestIdentities): PersistedDocumentsOption {
  return {
    getPersistedOperation: (hash: string) => documents.get(hash) ?? null,
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
