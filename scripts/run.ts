import { ConfigError, loadConfig, type Config } from '../common/config.ts';
import { createLogger, type Logger } from '@public-service-graph/subgraph-kit/logger';

/**
 * Runs a command-line entry point: validated configuration, a logger, readable failures, and a graceful stop on
 * SIGTERM/SIGINT (the returned close function; forced exit after 10 s).
 */
/**
 * Only the entry point may act on SIGTERM/SIGINT. Hive Gateway's runtime (through Yoga's
 * `disposeOnProcessTerminate`, which it hard-codes) disposes its subgraph transports on the signal, aborting the
 * requests in flight that we are draining; drop such listeners as they are added. `close` disposes it in order.
 */
function ownTerminationSignals(own: Set<(...args: unknown[]) => void>) {
  process.on('newListener', (event, listener) => {
    if ((event === 'SIGTERM' || event === 'SIGINT') && !own.has(listener)) queueMicrotask(() => process.removeListener(event, listener));
  });
}

export async function run(main: (config: Config, log: Logger) => Promise<(() => Promise<void>) | void>): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  }
  const log = createLogger(config.LOG_LEVEL);
  try {
    const onSignal = (signal: unknown) => void stop(String(signal));
    ownTerminationSignals(new Set([onSignal]));
    const close = await main(config, log);
    if (!close) return;
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down');
      setTimeout(() => process.exit(1), 10_000).unref();
      await close();
      process.exit(0);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  } catch (err) {
    // By name, not instanceof: a script that composes nothing (one subgraph) must not load composition to say so.
    if (err instanceof Error && err.constructor.name === 'CompositionError') console.error(err.message);
    else log.fatal({ err }, 'failed');
    process.exit(1);
  }
}
