// Files and download links: the clips and images the fake serves under /files/ (built-in fixtures,
// `addFile`, and each successful task's result at /files/<taskId>/<name>), result URLs that expire
// (`fileTtlMs`), and POST /api/v1/common/download-url, whose links outlive them for 20 minutes.
// File uploads (Kie's upload API), if the bot ever sends images itself, would go here.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { KieState, StoredFile } from './state.ts';
import { snapshot } from './timeline.ts';
import type { FakeTask } from './types.ts';
import { expired, kie, type Answer, type KieRoute } from './wire.ts';

/** The file a successful task returns: its plan's, else one matching its aspect ratio. */
export function resultFile(state: KieState, task: FakeTask): string {
  if (task.plan.resultFile !== undefined) return task.plan.resultFile;
  const aspect = task.input['aspect_ratio'] ?? task.input['aspectRatio'];
  if (aspect === '1:1' && state.files.has('sample-square.mp4')) return 'sample-square.mp4';
  return aspect === 'portrait' || aspect === '9:16' || aspect === '2:3' ? 'sample-portrait.mp4' : 'sample-landscape.mp4';
}

export function resultUrl(state: KieState, task: FakeTask): string {
  return `${state.url}/files/${task.taskId}/${encodeURIComponent(resultFile(state, task))}`;
}

export class KieFiles {
  readonly #state: KieState;

  /** Serves sample-portrait.mp4, sample-landscape.mp4 and sample-image.png from `fixturesDir`. */
  constructor(state: KieState, fixturesDir: string) {
    this.#state = state;
    this.add('sample-portrait.mp4', readFileSync(`${fixturesDir}/sample-portrait.mp4`), 'video/mp4');
    this.add('sample-landscape.mp4', readFileSync(`${fixturesDir}/sample-landscape.mp4`), 'video/mp4');
    this.add('sample-image.png', readFileSync(`${fixturesDir}/sample-image.png`), 'image/png');
  }

  add(name: string, body: Buffer, contentType: string): void {
    if (name.includes('/')) throw new Error('FakeKie: file names cannot contain "/"');
    this.#state.files.set(name, { body, contentType });
  }

  routes(): KieRoute[] {
    return [
      { name: 'files', method: 'GET', path: '/files/', open: true, handle: (url) => this.#serve(url) },
      { name: 'downloadUrl', method: 'POST', path: '/api/v1/common/download-url', handle: (_url, body) => this.#downloadUrl(body) },
    ];
  }

  #downloadUrl(body: unknown): Answer {
    const state = this.#state;
    const target = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['url'] : undefined;
    if (typeof target !== 'string' || !target.startsWith(`${state.url}/files/`)) return kie(422, 'url is wrong');
    const path = new URL(target).pathname;
    if (!this.#resolve(path)) return kie(422, 'url is wrong');
    const token = randomBytes(12).toString('hex');
    state.downloadTokens.set(token, { path, expiresAt: state.now() + (state.options.downloadUrlTtlMs ?? 20 * 60_000) });
    return kie(200, 'success', `${state.url}${path}?dl=${token}`);
  }

  /** `/files/<name>` for added files, `/files/<taskId>/<name>` for task results. */
  #resolve(path: string): { file: StoredFile; expiresAt: number } | undefined {
    const state = this.#state;
    const parts = path.split('/').slice(2).map(decodeURIComponent);
    if (parts.length === 1) {
      const file = state.files.get(parts[0] ?? '');
      return file ? { file, expiresAt: Infinity } : undefined;
    }
    const [taskId, name] = parts;
    if (parts.length !== 2 || taskId === undefined || name === undefined) return undefined;
    const task = state.tasks.get(taskId);
    if (!task) return undefined;
    const snap = snapshot(task, state.now());
    if (snap.state !== 'success' || snap.completeTime === null || resultFile(state, task) !== name) return undefined;
    const file = state.files.get(name);
    return file ? { file, expiresAt: snap.completeTime + (state.options.fileTtlMs ?? Infinity) } : undefined;
  }

  #serve(url: URL): Answer {
    const found = this.#resolve(url.pathname);
    if (!found) return expired(404);
    const token = url.searchParams.get('dl');
    if (token !== null) {
      const grant = this.#state.downloadTokens.get(token);
      if (!grant || grant.path !== url.pathname || this.#state.now() >= grant.expiresAt) return expired(this.#state.options.expiredStatus ?? 404);
    } else if (this.#state.now() >= found.expiresAt) {
      return expired(this.#state.options.expiredStatus ?? 404);
    }
    return { status: 200, body: found.file.body, headers: { 'content-type': found.file.contentType } };
  }
}
