/** The Kie task states of the Market jobs API; `success` and `fail` are terminal. */
export type KieTaskState = 'waiting' | 'queuing' | 'generating' | 'success' | 'fail';

/** A task as the rest of the bot sees it: the wire's quirks already smoothed out by the client. */
export interface KieTask {
  taskId: string;
  model: string;
  state: KieTaskState;
  /** Parsed from the `resultJson` string; empty until success. */
  resultUrls: string[];
  failCode: string | null;
  failMsg: string | null;
  /** 0–100; Kie reports it only for Sora models. */
  progress: number | null;
  /** Seconds, as on the wire (the docs say ms; the wire says seconds). */
  costTimeSec: number | null;
  createTime: number | null;
  completeTime: number | null;
  creditsConsumed: number | null;
}

export interface CreateTaskOptions {
  callBackUrl?: string;
  progressCallBackUrl?: string;
  /**
   * Runs once a create slot is granted, just before the request leaves: the caller records that
   * the outcome is unknown from here on (a crash after this point may leave a paid task behind).
   */
  beforeSend?: () => Promise<void>;
  /** Aborting while waiting for a slot gives it up; a request already sent is not aborted. */
  signal?: AbortSignal;
}

/** What services need from Kie; the real client implements it, unit tests may hand in fakes. */
export interface KiePort {
  createTask(model: string, input: Record<string, unknown>, options?: CreateTaskOptions): Promise<{ taskId: string }>;
  /**
   * `null` while Kie answers "recordInfo is null" (normal right after create). `model` is the Kie
   * model id the task was created with: a router needs it to ask the right API (Veo's tasks are
   * read from Veo's own endpoint); without it the jobs API is asked.
   */
  getTask(taskId: string, model?: string): Promise<KieTask | null>;
  getCredits(): Promise<number>;
  getDownloadUrl(url: string): Promise<string>;
}
