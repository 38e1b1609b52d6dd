import { ConfigError, loadConfig, type Config } from '../common/config.ts';
import { createLogger, type Logger } from '../common/logger.ts';
import { CompositionError } from '../gateway/compose.ts';

/**
 * Runs a command-line entry point: validated configuration, a logger, readable failures, and a graceful stop on
 * SIGTERM/SIGINT (the returned close function; forced exit after 10 s).
 */
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
    const close = await main(config, log);
    if (!close) return;
    const stop = async (signal: string) => {
      log.info({ signal }, 'shutting down');
      setTimeout(() => process.exit(1), 10_000).unref();
      await close();
      process.exit(0);
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  } catch (err) {
    if (err instanceof CompositionError) console.error(err.message);
    else log.fatal({ err }, 'failed');
    process.exit(1);
  }
}
