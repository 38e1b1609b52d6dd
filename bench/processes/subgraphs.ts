// Bench child: the four subgraphs (no gateway), trusting internal tokens signed with GATEWAY_SIGNING_KEY.
import { loadConfig } from '../../common/config.ts';
import { ANONYMOUS, IdentityVerifier } from '@public-service-graph/subgraph-kit/identity';
import { createLogger } from '@public-service-graph/subgraph-kit/logger';
import { startSubgraph, type SubgraphEnv } from '@public-service-graph/subgraph-kit/subgraph-server';
import { CORE_SUBGRAPHS } from '../../gateway/compose.ts';
import { InternalTokenSigner } from '../../gateway/internal-token.ts';
import { loadSubgraphModules, prepareDatabases } from '../../scripts/subgraph-modules.ts';

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
const signer = await InternalTokenSigner.create(config.GATEWAY_SIGNING_KEY);
const verifier = new IdentityVerifier(signer.jwks);
const databases = await prepareDatabases(config, log);
const modules = await loadSubgraphModules(CORE_SUBGRAPHS);
const urls: Record<string, string> = {};
// The cases subgraph reads the catalogue's changes feed from the services subgraph (started first), as in one process.
const peers: SubgraphEnv['peers'] = {};
for (const name of CORE_SUBGRAPHS) {
  urls[name] = (await startSubgraph(modules.get(name)!, { database: databases.get(name)!, verifier, log, clientIdSecret: config.CLIENT_ID_SECRET, peers }, { port: 0, host: '127.0.0.1' })).url;
  if (name === 'services') peers.services = { url: urls.services, token: () => signer.sign(ANONYMOUS, 'services') };
}
// An anonymous internal token for the services subgraph, for calling it directly as the gateway would.
console.log(`READY ${JSON.stringify({ urls, anonymousToken: await signer.sign(ANONYMOUS, 'services') })}`);
process.once('SIGTERM', () => process.exit(0));
