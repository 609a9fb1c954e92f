// The read half of FakeKie's test API: the recorded requests and callbacks, the accepted creates,
// a task as recordInfo would show it now, the paused models. Only reads the store; what makes Kie
// act is in kie.ts. A lookup for a new endpoint's state is added here.
import { jobsRecord } from './jobs.ts';
import type { KieState } from './state.ts';
import type { CallbackDelivery, CreatedTask, FakeRoute, RecordedRequest } from './types.ts';
import { veoData } from './veo.ts';

export class KieReads {
  readonly requests: RecordedRequest[];
  readonly callbacks: CallbackDelivery[];
  readonly #state: KieState;

  constructor(state: KieState) {
    this.#state = state;
    this.requests = state.requests;
    this.callbacks = state.callbacks;
  }

  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  get url(): string {
    return this.#state.url;
  }

  /** Models paused with `pauseModel`. */
  get pausedModels(): string[] {
    return [...this.#state.paused];
  }

  count(route: FakeRoute | 'unknown'): number {
    return this.requests.filter((r) => r.route === route).length;
  }

  /** Successful creates, in the order the fake accepted them. */
  created(): CreatedTask[] {
    return [...this.#state.created];
  }

  /** What recordInfo would answer for this task now (the `data` object), or undefined. */
  task(taskId: string): Record<string, unknown> | undefined {
    const state = this.#state;
    const task = state.tasks.get(taskId);
    if (!task) return undefined;
    return task.api === 'veo' ? veoData(state, task, state.now(), 'record') : jobsRecord(state, task, state.now(), false);
  }
}
