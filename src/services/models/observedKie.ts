import { KieError } from '../kie/errors.ts';
import type { CreateTaskOptions, KiePort, KieTask } from '../kie/types.ts';
import { isModelFault, type ModelState } from './state.ts';

interface ObserverLogger {
  warn(obj: object, msg?: string): void;
}

/**
 * A KiePort that tells ModelState what real traffic says about each model, so no job step has to:
 * a created task means the model is live, "temporarily paused" means paused, a Kie-side fault
 * counts towards failing. Reading a task reports only when the caller names the model (a finished
 * task is a success; a failed one says nothing about the model: it may be the prompt).
 * Reporting never changes the answer: a store error while reporting is logged, not thrown.
 */
export class ObservedKie implements KiePort {
  readonly #kie: KiePort;
  readonly #state: ModelState;
  readonly #log: ObserverLogger | undefined;

  constructor(kie: KiePort, state: ModelState, logger?: ObserverLogger) {
    this.#kie = kie;
    this.#state = state;
    this.#log = logger;
  }

  async createTask(model: string, input: Record<string, unknown>, options?: CreateTaskOptions): Promise<{ taskId: string }> {
    let created: { taskId: string };
    try {
      created = await this.#kie.createTask(model, input, options);
    } catch (error) {
      if (error instanceof KieError) {
        if (error.kind === 'model_paused') await this.#report(model, () => this.#state.reportPaused(model, 'This interface is temporarily paused'));
        else if (isModelFault(error.kind)) await this.#report(model, () => this.#state.reportError(model, error.kind));
      }
      throw error;
    }
    await this.#report(model, () => this.#state.reportSuccess(model));
    return created;
  }

  async getTask(taskId: string, model?: string): Promise<KieTask | null> {
    const task = await this.#kie.getTask(taskId, model);
    if (model !== undefined && task?.state === 'success') await this.#report(model, () => this.#state.reportSuccess(model));
    return task;
  }

  getCredits(): Promise<number> {
    return this.#kie.getCredits();
  }

  getDownloadUrl(url: string): Promise<string> {
    return this.#kie.getDownloadUrl(url);
  }

  async #report(model: string, report: () => Promise<void>): Promise<void> {
    try {
      await report();
    } catch (error) {
      this.#log?.warn({ model, err: error instanceof Error ? error.message : String(error) }, 'could not record the model state');
    }
  }
}
