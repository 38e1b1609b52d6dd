import pino from 'pino';
import { currentLogIds } from './tracing.ts';

export type Logger = pino.Logger;

/** `destination` is for tests that read the lines; processes write to stdout. */
export function createLogger(level: string, name = 'psg', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    // Every line written while serving a request carries its request id and trace id (packages/subgraph-kit/src/tracing.ts).
    mixin: currentLogIds,
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'apiKey', 'token'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
