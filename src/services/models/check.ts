import type { KieClient } from '../kie/client.ts';
import { KieError } from '../kie/errors.ts';
import { createTaskDataSchema } from '../kie/schemas.ts';
import { kieModelsOf, type KieApi, type ModelRegistry } from './registry.ts';
import type { ModelState } from './state.ts';

/**
 * Which enabled models are live at Kie right now, asked without creating or paying for anything:
 * a create with an empty input (the reference's free liveness check, kie-api.md §9.1/§10 item 1).
 * Kie answers "… is required" when the model is live and "temporarily paused" when it is not; any
 * other answer is `unknown` and recorded as nothing (never as live). Each probe is a create call,
 * so it waits for a slot under Kie's per-account create limit like any member's request.
 */

export type ProbeAnswer = 'live' | 'paused' | 'unknown';

export interface ProbeResult {
  familyId: string;
  kieModel: string;
  answer: ProbeAnswer;
  /** Kie's words (or the error's kind) behind the answer; no secrets (the client scrubs the key). */
  detail: string;
}

export type ProbeTransport = Pick<KieClient, 'submit' | 'dataOf'>;

const requiredPattern = /\bis required\b/i;
const pausedPattern = /temporarily paused/i;

/** Classifies what Kie said to an empty-input create. */
export function classifyProbe(outcome: { created: true } | { error: unknown }): { answer: ProbeAnswer; detail: string } {
  if ('created' in outcome) return { answer: 'live', detail: 'Kie accepted an empty request (a task may have been created)' };
  const error = outcome.error;
  if (!(error instanceof KieError)) return { answer: 'unknown', detail: error instanceof Error ? error.name : 'unexpected error' };
  if (error.kind === 'model_paused' || pausedPattern.test(error.message)) return { answer: 'paused', detail: kieWords(error) };
  if (error.kind === 'invalid_request' && requiredPattern.test(error.message)) return { answer: 'live', detail: kieWords(error) };
  return { answer: 'unknown', detail: `${error.kind}: ${kieWords(error)}` };
}

/** Asks Kie about one model id with an empty request on the API that serves it. */
export async function probeModel(kie: ProbeTransport, api: KieApi, kieModel: string, signal?: AbortSignal): Promise<{ answer: ProbeAnswer; detail: string }> {
  const op = 'checkModel';
  // No callBackUrl and no input: nothing to make, nothing to call back.
  const [path, body] = api === 'veo' ? ['api/v1/veo/generate', { model: kieModel }] : ['api/v1/jobs/createTask', { model: kieModel, input: {} }];
  try {
    await kie.submit(op, path, body, (env) => kie.dataOf(op, env, createTaskDataSchema), signal ? { signal } : {});
    return classifyProbe({ created: true });
  } catch (error) {
    return classifyProbe({ error });
  }
}

export interface CheckModelsDeps {
  kie: ProbeTransport;
  registry: ModelRegistry;
  /** Where answers are recorded (live → reportSuccess, paused → reportPaused); unknown is not recorded. */
  models?: ModelState | undefined;
  /** Only these family ids (default: every enabled family). */
  familyIds?: readonly string[] | undefined;
  onResult?: (result: ProbeResult) => void;
  /** Stops the check between probes (and while one waits for a create slot). */
  signal?: AbortSignal | undefined;
  /**
   * Members' creates waiting for a slot under Kie's create limit (the bot: `KieClient.queuedCreates`).
   * A probe is never sent while one waits, so the check never delays a member's video (e.g. the jobs
   * resumed after a restart): it goes on once they have their slots.
   */
  membersWaiting?: () => number;
}

/** How often a check that gave way to members looks again. */
const YIELD_POLL_MS = 200;

/** Resolves once no member's create waits for a slot, or at once when `signal` aborts. */
async function membersFirst(deps: CheckModelsDeps): Promise<void> {
  while ((deps.membersWaiting?.() ?? 0) > 0 && !deps.signal?.aborted) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, YIELD_POLL_MS);
      function done() {
        clearTimeout(timer);
        deps.signal?.removeEventListener('abort', done);
        resolve();
      }
      deps.signal?.addEventListener('abort', done, { once: true });
    });
  }
}

/**
 * Probes every Kie model id of the enabled families, one at a time and never ahead of a waiting
 * member, and records each family's answer: paused if any of its models is paused, live if the
 * others answered live, else nothing.
 */
export async function checkModels(deps: CheckModelsDeps): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  for (const family of deps.registry.list()) {
    if (deps.familyIds && !deps.familyIds.includes(family.id)) continue;
    const mine: ProbeResult[] = [];
    for (const kieModel of kieModelsOf(family)) {
      await membersFirst(deps);
      if (deps.signal?.aborted) return results;
      const answer = await probeModel(deps.kie, family.api, kieModel, deps.signal);
      if (deps.signal?.aborted) return results;
      const result = { familyId: family.id, kieModel, ...answer };
      mine.push(result);
      deps.onResult?.(result);
    }
    results.push(...mine);
    if (deps.signal?.aborted) return results;
    const paused = mine.find((r) => r.answer === 'paused');
    const live = mine.find((r) => r.answer === 'live');
    if (paused) await deps.models?.reportPaused(paused.kieModel, paused.detail);
    else if (live) await deps.models?.reportSuccess(live.kieModel);
  }
  return results;
}

/**
 * Runs `checkModels` now and then every `everyMs` (the bot: at start and hourly), never two at
 * once; a failed run is reported to `onError` and the next one goes ahead.
 */
export class ModelCheckSchedule {
  readonly #run: (signal: AbortSignal) => Promise<unknown>;
  readonly #everyMs: number;
  readonly #onError: (error: unknown) => void;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;

  #abort = new AbortController();

  constructor(run: (signal: AbortSignal) => Promise<unknown>, everyMs: number, onError: (error: unknown) => void) {
    this.#run = run;
    this.#everyMs = everyMs;
    this.#onError = onError;
  }

  start(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#abort = new AbortController();
    this.#tick();
    this.#timer = setInterval(() => this.#tick(), this.#everyMs);
    this.#timer.unref();
  }

  /**
   * Stops the timer and the run under way: a probe waiting for a slot gives up, one already sent
   * is left to finish, and nothing more is recorded (so the store may close at once).
   */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#abort.abort();
  }

  #tick(): void {
    if (this.#running) return;
    this.#running = this.#run(this.#abort.signal)
      .then(() => undefined)
      .catch((error: unknown) => this.#onError(error))
      .finally(() => {
        this.#running = undefined;
      });
  }
}

/** Kie's message from a KieError's text (`<op> failed: code N: msg`), without our prefix. */
function kieWords(error: KieError): string {
  const match = /code \d+: (.*)$/s.exec(error.message);
  return (match?.[1] ?? error.message).slice(0, 200);
}
