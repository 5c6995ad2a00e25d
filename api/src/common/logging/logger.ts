import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Nothing that could carry a password, a token or confidential text is ever passed to the
 * logger; the redaction list is a second line of defence for headers and variables.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'fengqiao-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password', 'token', '*.token', 'variables'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
