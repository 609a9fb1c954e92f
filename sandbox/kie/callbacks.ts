// Callbacks Kie sends: one POST to a task's `callBackUrl` when it ends (the jobs API's envelope
// around recordInfo's data, or Veo's own body), a POST per tick to Sora's `progressCallBackUrl`
// while generating, signed with X-Webhook-Timestamp / X-Webhook-Signature when `webhookHmacKey` is
// set. Sent by `tick()` (and `completeTask`), or on a timer with `callbackIntervalMs`. Retries of
// failed deliveries, if Kie documents them, would go here.
import { createHmac } from 'node:crypto';
import { jobsRecord } from './jobs.ts';
import { fakeModelSpecs } from './models.ts';
import type { KieState } from './state.ts';
import { snapshot } from './timeline.ts';
import type { CallbackDelivery, FakeTask } from './types.ts';
import { veoData } from './veo.ts';

export class KieCallbacks {
  readonly #state: KieState;
  #timer: NodeJS.Timeout | undefined;

  constructor(state: KieState) {
    this.#state = state;
  }

  /** Runs `tick()` every `ms` real milliseconds until `stop()`. */
  every(ms: number): void {
    this.#timer = setInterval(() => void this.tick(), ms);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
  }

  /** Sends the callbacks that are due: completions not yet sent, and progress while generating. */
  async tick(): Promise<void> {
    const now = this.#state.now();
    const sends: Promise<void>[] = [];
    for (const task of this.#state.tasks.values()) {
      const snap = snapshot(task, now);
      const callBackUrl = task.body['callBackUrl'];
      if (snap.completeTime !== null && typeof callBackUrl === 'string' && !task.callbackSent) {
        task.callbackSent = true;
        sends.push(this.#send('complete', task, callBackUrl));
      }
      const progressUrl = task.body['progressCallBackUrl'];
      if (snap.state === 'generating' && typeof progressUrl === 'string' && fakeModelSpecs[task.model]?.sora) {
        sends.push(this.#send('progress', task, progressUrl));
      }
    }
    await Promise.all(sends);
  }

  /** Sends a task's completion callback again, for idempotency tests. */
  async resend(taskId: string): Promise<void> {
    const task = this.#state.task(taskId);
    const url = task.body['callBackUrl'];
    if (typeof url !== 'string') throw new Error(`FakeKie: task ${taskId} has no callBackUrl`);
    await this.#send('complete', task, url);
  }

  async #send(kind: CallbackDelivery['kind'], task: FakeTask, url: string): Promise<void> {
    const now = this.#state.now();
    let body: Record<string, unknown>;
    if (task.api === 'veo') {
      body = veoData(this.#state, task, now, 'callback');
    } else {
      const data = jobsRecord(this.#state, task, now, true);
      const success = data['state'] === 'success';
      body =
        kind === 'progress'
          ? { code: 200, msg: 'success', data }
          : { code: success ? 200 : 501, msg: success ? 'Playground task completed successfully.' : 'Playground task failed.', data };
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const key = this.#state.options.webhookHmacKey;
    if (key !== undefined) {
      const timestamp = String(Math.floor(now / 1000));
      headers['x-webhook-timestamp'] = timestamp;
      headers['x-webhook-signature'] = createHmac('sha256', key).update(`${task.taskId}.${timestamp}`).digest('base64');
    }
    const delivery: CallbackDelivery = { kind, taskId: task.taskId, url, body, headers };
    this.#state.callbacks.push(delivery);
    try {
      const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000) });
      delivery.status = response.status;
      await response.arrayBuffer();
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error);
    }
  }
}
