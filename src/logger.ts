import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs with every secret scrubbed from the final line, whatever field or error message
 * carried it: redaction by path alone would miss a token inside an error string.
 */
export function createLogger(options: { level: string; secrets: string[]; destination?: pino.DestinationStream }): Logger {
  const secrets = options.secrets.filter((s) => s.length >= 4);
  const scrub = (line: string): string => {
    let out = line;
    for (const secret of secrets) {
      if (out.includes(secret)) out = out.split(secret).join('[redacted]');
    }
    return out;
  };
  return pino(
    {
      level: options.level,
      base: null,
      redact: {
        paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'apiKey', '*.apiKey', 'interactionToken', '*.interactionToken'],
        censor: '[redacted]',
      },
      hooks: { streamWrite: scrub },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
