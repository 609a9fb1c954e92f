import { isMessage, message, render, type Message, type T } from '../i18n/index.ts';
import type { KieErrorKind } from '../services/kie/errors.ts';

/**
 * Why a video was not made: the one place that words job failures, Kie's included. A failure is kept
 * with the job as a message (a key and what goes in it), so its public reply says it in the server's
 * language and `/jobs show` in the member's. Jobs from before kept English text; it is shown as is.
 */
export type Failure = Message;

/** Kie refused or failed a request; `detail` is Kie's own reason when it helps (already cleaned). */
export function kieFailure(error: { kind: KieErrorKind; detail?: string | undefined }): Failure {
  if (error.kind === 'invalid_request' && error.detail) return message('jobs.failure.kie.invalid_request_detail', { detail: error.detail });
  return message(`jobs.failure.kie.${error.kind}`);
}

/** Kie ran the task and it failed: refused under its content rules, or failed with its own message. */
export function taskFailure(task: { failMsg?: string | null | undefined; failCode?: string | null | undefined }): Failure {
  const msg = task.failMsg?.trim();
  if (/sensitive|safety|moderation|policy|nsfw/i.test(`${msg ?? ''} ${task.failCode ?? ''}`)) return message('jobs.failure.contentRefused');
  return msg ? message('jobs.failure.taskFailed', { detail: msg.slice(0, 300) }) : message('jobs.failure.taskFailedPlain');
}

/** The content-rules refusal: Remix (not Again) is offered on it. */
export function isContentRefusal(failure: string | Failure | undefined): boolean {
  if (isMessage(failure)) return failure.key === 'jobs.failure.contentRefused';
  return failure !== undefined && /content rules/i.test(failure);
}

/** A paused model: what the member may try instead (the server's allowed models), or to wait. */
export function modelPaused(model: string, pausedAt: number | undefined, alternatives: readonly string[]): Failure {
  return message('jobs.failure.modelPaused', {
    model,
    since: pausedAt === undefined ? '' : message('jobs.failure.pausedSince', { when: `<t:${Math.floor(pausedAt / 1000)}:R>` }),
    next: alternatives.length > 0 ? message('jobs.failure.tryInstead', { models: { or: alternatives.map((id) => message('jobs.failure.modelOption', { option: message('commands.sora.options.model.name'), id })) } }) : message('jobs.failure.tryLater'),
  });
}

export const failures = {
  /** "30 minutes", "90 seconds": a short JOB_TIMEOUT_MS must not read as "within 0 minutes". */
  timeout: (ms: number): Failure =>
    ms >= 120_000 ? message('jobs.failure.timeoutMinutes', { n: Math.round(ms / 60_000) }) : message('jobs.failure.timeoutSeconds', { count: Math.round(ms / 1000) }),
  noResult: message('jobs.failure.noResult'),
  unreachableKie: message('jobs.failure.unreachableKie'),
  interruptedCreate: message('jobs.failure.interruptedCreate'),
  resultGone: message('jobs.failure.resultGone'),
  unpostable: message('jobs.failure.unpostable'),
  abandoned: message('jobs.failure.abandoned'),
  cancelled: (byMember: boolean): Failure => message(byMember ? 'jobs.failure.cancelledByMember' : 'jobs.failure.cancelledByAdmin'),
} as const;

/** A job's failure in `t`'s language (English text kept by earlier versions is shown as it is). */
export function failureText(failure: string | Failure | undefined, t: T): string {
  if (failure === undefined) return t('jobs.failed.unknown');
  return typeof failure === 'string' ? failure : render(failure, t);
}
