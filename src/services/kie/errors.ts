export type KieErrorKind =
  | 'unauthorized'
  | 'insufficient_credits'
  | 'invalid_request'
  | 'model_paused'
  | 'rate_limited'
  | 'unavailable'
  | 'server_error'
  | 'generation_failed'
  | 'feature_disabled'
  | 'timeout'
  | 'connection'
  | 'malformed'
  | 'cancelled'
  | 'unknown';

/**
 * Kinds that a later identical request may fix without anyone changing anything. Whether a
 * particular call *may* be repeated is a separate question the client answers (createTask can pay
 * twice), so this says only "worth trying again", not "safe to send again".
 */
const retryableKinds: ReadonlySet<KieErrorKind> = new Set(['rate_limited', 'unavailable', 'server_error', 'timeout', 'connection', 'malformed']);

const userMessages: Record<KieErrorKind, string> = {
  unauthorized: "The bot's Kie.ai API key was refused, so no videos can be made right now. Please tell the bot's operator.",
  insufficient_credits: "The bot's Kie.ai account has run out of credits. Please ask the bot's operator to top it up.",
  invalid_request: 'Kie.ai turned this request down as invalid.',
  model_paused: 'Kie.ai has paused this model for now. Please pick another model or try again later.',
  rate_limited: 'Kie.ai is getting too many requests right now. Please try again in a minute.',
  unavailable: 'Kie.ai is down for maintenance right now. Please try again later.',
  server_error: 'Kie.ai had a problem on its side. Please try again in a few minutes.',
  generation_failed: 'Kie.ai could not make this video.',
  feature_disabled: "This feature is switched off on the bot's Kie.ai account. Please tell the bot's operator.",
  timeout: 'Kie.ai took too long to answer. Please try again in a few minutes.',
  connection: 'The bot could not reach Kie.ai. Please try again in a few minutes.',
  malformed: 'Kie.ai sent an answer the bot could not read. Please try again later.',
  cancelled: 'The request was not sent because the bot is shutting down. It will be sent when the bot is back.',
  unknown: 'Kie.ai answered with an unexpected error. Please try again later.',
};

export interface KieErrorInit {
  kind: KieErrorKind;
  /** Must already be free of secrets: it ends up in logs. */
  message: string;
  code?: number | undefined;
  retryable?: boolean;
  userMessage?: string;
}

export class KieError extends Error {
  readonly kind: KieErrorKind;
  readonly code?: number;
  readonly retryable: boolean;
  /** Safe to show a Discord member: no keys, no URLs, no internals. */
  readonly userMessage: string;

  constructor(init: KieErrorInit) {
    super(init.message);
    this.name = 'KieError';
    this.kind = init.kind;
    if (init.code !== undefined) this.code = init.code;
    this.retryable = init.retryable ?? retryableKinds.has(init.kind);
    this.userMessage = init.userMessage ?? userMessages[init.kind];
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, kind: this.kind, code: this.code, retryable: this.retryable, message: this.message, userMessage: this.userMessage };
  }
}

const pausedPattern = /temporarily paused/i;
// Kie reports a missing input field as code 500 ("prompt is required", "This field is required").
const requiredPattern = /\bis required\b|\bfield is required\b/i;

/**
 * Kie's `msg` for a rejected request is often the only useful hint ("n_frames is invalid"), so it is
 * passed on to the member, cut short and stripped of anything that looks like a link.
 */
function requestDetail(msg: string): string {
  const cleaned = msg
    .replace(/\bhttps?:\/\/\S+/gi, '[link]')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return '';
  const short = cleaned.length > 200 ? `${cleaned.slice(0, 199)}…` : cleaned;
  return /[.!?…]$/.test(short) ? short : `${short}.`;
}

/** Maps Kie's `code` (from the body, or the HTTP status when the body has none) and `msg` to a KieError. */
export function kieErrorFromCode(code: number, msg: string, context = 'Kie request'): KieError {
  const message = `${context} failed: code ${code}${msg ? `: ${msg}` : ''}`;
  if (pausedPattern.test(msg)) return new KieError({ kind: 'model_paused', code, message });
  if (code === 401) return new KieError({ kind: 'unauthorized', code, message });
  if (code === 402) return new KieError({ kind: 'insufficient_credits', code, message });
  if (code === 429) return new KieError({ kind: 'rate_limited', code, message });
  if (code === 455) return new KieError({ kind: 'unavailable', code, message });
  if (code === 501) return new KieError({ kind: 'generation_failed', code, message });
  if (code === 505) return new KieError({ kind: 'feature_disabled', code, message });
  if (code === 400 || code === 404 || code === 422 || (code === 500 && requiredPattern.test(msg))) {
    const detail = requestDetail(msg);
    return new KieError({
      kind: 'invalid_request',
      code,
      message,
      userMessage: detail ? `Kie.ai turned this request down as invalid: ${detail}` : userMessages.invalid_request,
    });
  }
  if (code >= 500 && code <= 599) return new KieError({ kind: 'server_error', code, message });
  return new KieError({ kind: 'unknown', code, message });
}
