// The one store every module of the fake Kie reads and writes: tasks (both APIs), the plans that
// decide how new tasks go, files and download links, paused models, create times for the account's
// limit, and the record of requests and callbacks. A new endpoint's state (a second account,
// uploaded files) is added here, its behaviour in its own module.
import type { CallbackDelivery, CreatedTask, FakeKieOptions, FakeTask, FakeTaskPlan, RecordedRequest } from './types.ts';

export interface StoredFile {
  body: Buffer;
  contentType: string;
}

export class KieState {
  readonly options: FakeKieOptions;
  readonly apiKey: string;
  readonly now: () => number;
  /** Base URL, set once the server listens. */
  url = '';
  readonly requests: RecordedRequest[] = [];
  readonly callbacks: CallbackDelivery[] = [];

  readonly tasks = new Map<string, FakeTask>();
  readonly created: CreatedTask[] = [];
  /** When each accepted create happened, for the account's create limit. */
  readonly createTimes: number[] = [];
  readonly files = new Map<string, StoredFile>();
  readonly downloadTokens = new Map<string, { path: string; expiresAt: number }>();
  readonly paused = new Set<string>();

  defaultPlan: FakeTaskPlan;
  readonly modelPlans = new Map<string, Partial<FakeTaskPlan>>();
  readonly nextPlans: Partial<FakeTaskPlan>[] = [];

  constructor(options: FakeKieOptions) {
    this.options = options;
    this.apiKey = options.apiKey ?? 'test-kie-key';
    this.now = options.now ?? Date.now;
    this.defaultPlan = { waitingMs: 200, queueMs: 200, generateMs: 600, outcome: 'success', ...options.plan };
  }

  /** A new task's plan: the default, then the model's, then the next queued one (used up). */
  planFor(model: string): FakeTaskPlan {
    return { ...this.defaultPlan, ...this.modelPlans.get(model), ...this.nextPlans.shift() };
  }

  task(taskId: string): FakeTask {
    const task = this.tasks.get(taskId);
    if (!task) throw new Error(`FakeKie: no task ${taskId}`);
    return task;
  }

  /** Keeps an accepted task, as both create endpoints do. */
  addTask(task: FakeTask): void {
    this.tasks.set(task.taskId, task);
    this.created.push({ taskId: task.taskId, api: task.api, model: task.model, input: task.input, body: task.body, at: task.createdAt });
  }
}
