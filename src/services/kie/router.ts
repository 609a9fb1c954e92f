import type { KieApi } from '../models/family.ts';
import type { CreateTaskOptions, KiePort, KieTask } from './types.ts';

export interface KieRouterOptions {
  /** The Market jobs API client; also answers credits and download links. */
  jobs: KiePort;
  /** One adapter per other API shape. */
  veo: Pick<KiePort, 'createTask' | 'getTask'>;
  /** Which API serves a Kie model id (the registry knows: `registry.apiOf`). */
  apiOf(kieModel: string): KieApi;
}

/**
 * The KiePort the rest of the bot uses: sends each call to the adapter of the Kie API that serves
 * the model. Reading a task needs the model too; without it the jobs API is asked (all tasks made
 * before Veo existed).
 */
export class KieRouter implements KiePort {
  readonly #o: KieRouterOptions;

  constructor(options: KieRouterOptions) {
    this.#o = options;
  }

  #adapter(model: string | undefined): Pick<KiePort, 'createTask' | 'getTask'> {
    return model !== undefined && this.#o.apiOf(model) === 'veo' ? this.#o.veo : this.#o.jobs;
  }

  createTask(model: string, input: Record<string, unknown>, options?: CreateTaskOptions): Promise<{ taskId: string }> {
    return this.#adapter(model).createTask(model, input, options);
  }

  getTask(taskId: string, model?: string): Promise<KieTask | null> {
    return this.#adapter(model).getTask(taskId, model);
  }

  getCredits(): Promise<number> {
    return this.#o.jobs.getCredits();
  }

  getDownloadUrl(url: string): Promise<string> {
    return this.#o.jobs.getDownloadUrl(url);
  }
}
