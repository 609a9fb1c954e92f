import { pino, type Logger } from 'pino';

export type { Logger };

/** Replaces every secret (of 4 characters or more) in a text with `[redacted]`. */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  const kept = secrets.filter((s) => s.length >= 4);
  return (text) => {
    let out = text;
    for (const secret of kept) {
      if (out.includes(secret)) out = out.split(secret).join('[redacted]');
    }
    return out;
  };
}

/**
 * Structured logs with every secret scrubbed from the final line, whatever field or error message
 * carried it: redaction by path alone would miss a token inside an error string.
 */
export function createLogger(options: { level: string; secrets: string[]; destination?: pino.DestinationStream }): Logger {
  const scrub = scrubber(options.secrets);
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
