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

export interface KieErrorInit {
  kind: KieErrorKind;
  /** Must already be free of secrets: it ends up in logs. */
  message: string;
  code?: number | undefined;
  retryable?: boolean;
  /** Kie's own reason, cleaned for a member (an invalid request's field), worded by errors/failures.ts. */
  detail?: string;
}

export class KieError extends Error {
  readonly kind: KieErrorKind;
  readonly code?: number;
  readonly retryable: boolean;
  /** Safe to show a Discord member: no keys, no URLs, no internals. */
  readonly detail?: string;

  constructor(init: KieErrorInit) {
    super(init.message);
    this.name = 'KieError';
    this.kind = init.kind;
    if (init.code !== undefined) this.code = init.code;
    this.retryable = init.retryable ?? retryableKinds.has(init.kind);
    if (init.detail) this.detail = init.detail;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, kind: this.kind, code: this.code, retryable: this.retryable, message: this.message, detail: this.detail };
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
    return new KieError({ kind: 'invalid_request', code, message, ...(detail ? { detail } : {}) });
  }
  if (code >= 500 && code <= 599) return new KieError({ kind: 'server_error', code, message });
  return new KieError({ kind: 'unknown', code, message });
}
