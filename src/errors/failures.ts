import type { KieErrorKind } from '../services/kie/errors.ts';

/**
 * Why a video was not made, in the member's words: the one place that words job failures, Kie's
 * included (the job keeps this text, and its reply and `/jobs show` show it). The matching error
 * classes carry only what happened (a kind, a code, Kie's own short message).
 */

const kieWords: Record<KieErrorKind, string> = {
  unauthorized: "The bot's Kie.ai API key was refused, so no videos can be made right now. Please tell the bot's operator.",
  // The operator is told by the Kie account watch (services/operators/kieWatch.ts), at most hourly.
  insufficient_credits: "The bot's video account (at Kie.ai) is out of credits, so videos cannot be made right now. The bot's operator has been told.",
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

/** Kie refused or failed a request; `detail` is Kie's own reason when it helps (already cleaned). */
export function kieFailure(error: { kind: KieErrorKind; detail?: string | undefined }): string {
  if (error.kind === 'invalid_request' && error.detail) return `Kie.ai turned this request down as invalid: ${error.detail}`;
  return kieWords[error.kind];
}

/** Kie ran the task and it failed: refused under its content rules, or failed with its own message. */
export function taskFailure(task: { failMsg?: string | null | undefined; failCode?: string | null | undefined }): string {
  const msg = task.failMsg?.trim();
  if (/sensitive|safety|moderation|policy|nsfw/i.test(`${msg ?? ''} ${task.failCode ?? ''}`)) return contentRefusal;
  return msg ? `The video service could not make this video: ${msg.slice(0, 300)}` : 'The video service could not make this video.';
}

/** The content-rules refusal: Remix (not Again) is offered on it. */
export const contentRefusal = 'The video service refused this prompt or image under its content rules. Try rewording it.';
export const isContentRefusal = (failure: string | undefined): boolean => failure !== undefined && /content rules/i.test(failure);

export const failures = {
  timeout: (ms: number) => `The video service did not finish within ${spokenDuration(ms)}, so the job was stopped.`,
  noResult: 'The video service finished but returned no video.',
  unreachableKie: 'The video service could not be reached. Please try again in a few minutes.',
  interruptedCreate: 'The bot restarted while sending your request, so it was not completed. Please try again.',
  resultGone: 'The finished video expired at the video service before it could be fetched.',
  unpostable: 'The video was made but could not be posted in this channel.',
  abandoned: 'The video was made but Discord would not accept it for hours.',
  cancelled: (byMember: boolean) => (byMember ? 'Cancelled by you before it was sent to the video service.' : 'Cancelled by a server admin before it was sent to the video service.'),
} as const;

/** "30 minutes", "90 seconds": a short JOB_TIMEOUT_MS must not read as "within 0 minutes". */
function spokenDuration(ms: number): string {
  if (ms >= 120_000) return `${Math.round(ms / 60_000)} minutes`;
  const seconds = Math.round(ms / 1000);
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
