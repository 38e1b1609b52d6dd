import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORE_SUBGRAPHS, type CoreSubgraph } from '../../gateway/compose.ts';
import { DevIssuer } from '../../gateway/dev-issuer.ts';
import { freePort } from './free-port.ts';

/**
 * The graph as a deployment runs it: each core subgraph and the gateway in a process of its own (npm run
 * start:subgraph / start:gateway), each subgraph on an embedded database in its own data directory. A subgraph can
 * be killed and started again on the same port and data, as an orchestrator restarts a crashed container.
 */

export interface RunningProcess { child: ChildProcess; match: RegExpExecArray }

/** Starts `node --import tsx <args>` and resolves once its stdout matches `ready`. */
export function runScript(args: string[], env: Record<string, string>, ready: RegExp): Promise<RunningProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = ready.exec(out);
      if (match) resolve({ child, match });
    });
    child.once('exit', (code, signal) => reject(new Error(`${args.join(' ')} exited with ${code ?? signal}: ${out}`)));
  });
}

/** Ends a process and waits for it to be gone. */
export const stopProcess = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

export interface ProcessGraph {
  /** The gateway's /graphql URL. */
  url: string;
  ports: Record<CoreSubgraph, number>;
  subgraphs: Map<CoreSubgraph, ChildProcess>;
  issuer: DevIssuer;
  /** Starts one subgraph (again) on its port and data directory. */
  startSubgraph(name: CoreSubgraph): Promise<void>;
  /** SIGKILLs one subgraph: no goodbye, as a crash or an OOM kill. */
  killSubgraph(name: CoreSubgraph): Promise<void>;
  stop(): Promise<void>;
}

export async function startProcessGraph(gatewayEnv: Record<string, string> = {}): Promise<ProcessGraph> {
  const dir = mkdtempSync(join(tmpdir(), 'psg-processes-'));
  const gatewayPort = await freePort();
  const jwksUrl = `http://127.0.0.1:${gatewayPort}/.well-known/jwks.json`;
  const ports = Object.fromEntries(await Promise.all(CORE_SUBGRAPHS.map(async (name) => [name, await freePort()] as const))) as Record<CoreSubgraph, number>;
  const subgraphs = new Map<CoreSubgraph, ChildProcess>();
  const issuerFile = join(dir, 'dev-issuer.json');
  // Tokens are minted as the development OpenID provider would; the gateway alone trusts its key under this issuer.
  const oidcIssuer = `http://127.0.0.1:${await freePort()}`;
  const issuer = await DevIssuer.load(issuerFile, 'public-service-graph', oidcIssuer);

  const seeded = new Set<CoreSubgraph>();
  const startSubgraph = async (name: CoreSubgraph) => {
    // Each subgraph has a database of its own (here an embedded one per process) and trusts the gateway's keys. A
    // restart finds its data where it left it.
    const { child } = await runScript(['scripts/start-subgraph.ts', name], {
      GATEWAY_JWKS_URL: jwksUrl,
      PGLITE_DATA_DIR: join(dir, name),
      SEED_DEMO_DATA: String(!seeded.has(name)),
      [`${name.toUpperCase().replace('-', '_')}_PORT`]: String(ports[name]),
    }, /Subgraph \S+ on (\S+)/);
    subgraphs.set(name, child);
    seeded.add(name);
  };
  let gateway: ChildProcess | undefined;
  const stop = async () => {
    await Promise.all([gateway, ...subgraphs.values()].filter((c) => c !== undefined).map((c) => stopProcess(c)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(CORE_SUBGRAPHS.map(startSubgraph));
    const subgraphUrls = CORE_SUBGRAPHS.map((name) => `${name}=http://127.0.0.1:${ports[name]}/graphql`).join(',');
    const started = await runScript(['scripts/start-gateway.ts'], {
      PORT: String(gatewayPort), SUBGRAPH_URLS: subgraphUrls, DEV_ISSUER_KEY_FILE: issuerFile, DEV_OIDC_ISSUER: oidcIssuer, ...gatewayEnv,
    }, /Gateway on (\S+)/);
    gateway = started.child;
    return {
      url: started.match[1],
      ports,
      subgraphs,
      issuer,
      startSubgraph,
      killSubgraph: async (name) => {
        await stopProcess(subgraphs.get(name)!, 'SIGKILL');
        subgraphs.delete(name);
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
