import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string, name = 'psg'): Logger {
  return pino({
    name,
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'apiKey', 'token'], censor: '[redacted]' },
  });
}
