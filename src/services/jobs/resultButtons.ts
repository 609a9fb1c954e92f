import type { APIButtonComponent } from 'discord-api-types/v10';
import type { Job } from './job.ts';

/** Buttons one feature adds to a job's final message (e.g. Again / Remix / Delete, Submit to challenge). */
export interface ResultButtonSource {
  buttons(job: Job): Promise<APIButtonComponent[]> | APIButtonComponent[];
  /** Buttons for a failure notice (e.g. Again), if the feature has any there. */
  failureButtons?(job: Job): Promise<APIButtonComponent[]> | APIButtonComponent[];
  /** Buttons on the reply while the job waits in the queue (e.g. Cancel). */
  queuedButtons?(job: Job): Promise<APIButtonComponent[]> | APIButtonComponent[];
}

/** Discord allows five buttons per row and five rows; a result keeps to one row with the download link. */
const ROW_MAX = 5;

/**
 * The one place that gathers the result row from every feature, so the features never edit each
 * other's buttons. A failing source leaves its buttons out rather than failing the delivery.
 */
export class ResultButtons {
  readonly #sources: ResultButtonSource[];

  constructor(sources: ResultButtonSource[] = []) {
    this.#sources = sources;
  }

  add(source: ResultButtonSource): void {
    this.#sources.push(source);
  }

  async for(job: Job, room = ROW_MAX): Promise<APIButtonComponent[]> {
    return this.#gather((s) => s.buttons(job), room);
  }

  /** The row of a failure notice. */
  async forFailure(job: Job, room = ROW_MAX): Promise<APIButtonComponent[]> {
    return this.#gather((s) => s.failureButtons?.(job) ?? [], room);
  }

  /** The row of a reply that still says "Queued". */
  async forQueued(job: Job, room = ROW_MAX): Promise<APIButtonComponent[]> {
    return this.#gather((s) => s.queuedButtons?.(job) ?? [], room);
  }

  async #gather(pick: (source: ResultButtonSource) => Promise<APIButtonComponent[]> | APIButtonComponent[], room: number): Promise<APIButtonComponent[]> {
    const all: APIButtonComponent[] = [];
    for (const source of this.#sources) {
      try {
        all.push(...(await pick(source)));
      } catch {
        // A feature's buttons are a convenience; the video matters more.
      }
    }
    return all.slice(0, room);
  }
}
