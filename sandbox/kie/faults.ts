// Faults a test switches on, per route: queued Kie errors (`failNext`), requests never answered
// (`hang`, optionally after carrying out a create), slow answers (`delay`), bodies that are not a
// usable envelope (`malformed`), and models paused as Sora was in 2026. The router (router.ts)
// asks here before any normal answer. A new kind of Kie failure starts here.
import type { KieState } from './state.ts';
import type { FailSpec, FakeRoute, MalformedKind } from './types.ts';
import { defaultKieMessages, json, malformedAnswer, type Answer } from './wire.ts';

export class KieFaults {
  readonly #state: KieState;
  readonly #failures = new Map<FakeRoute, Array<FailSpec & { left: number }>>();
  readonly #hangs = new Map<FakeRoute, { left: number; processFirst: boolean }>();
  readonly #delays = new Map<FakeRoute, number>();
  readonly #malformed = new Map<FakeRoute, { left: number; kind: MalformedKind }>();

  constructor(state: KieState) {
    this.#state = state;
  }

  failNext(route: FakeRoute, spec: FailSpec): void {
    const list = this.#failures.get(route) ?? [];
    list.push({ ...spec, left: spec.times ?? 1 });
    this.#failures.set(route, list);
  }

  clearFailures(route?: FakeRoute): void {
    if (route === undefined) this.#failures.clear();
    else this.#failures.delete(route);
  }

  hang(route: FakeRoute, times: number, processFirst: boolean): void {
    this.#hangs.set(route, { left: times, processFirst });
  }

  delay(route: FakeRoute, ms: number): void {
    this.#delays.set(route, ms);
  }

  malformed(route: FakeRoute, times: number, kind: MalformedKind): void {
    this.#malformed.set(route, { left: times, kind });
  }

  /** createTask (or Veo's generate) for this model answers code 500 "This interface is temporarily paused". */
  pause(model: string, paused: boolean): void {
    if (paused) this.#state.paused.add(model);
    else this.#state.paused.delete(model);
  }

  delayOf(route: FakeRoute): number {
    return this.#delays.get(route) ?? 0;
  }

  /** Uses up one hang of this route: undefined when the request is to be answered. */
  takeHang(route: FakeRoute): { processFirst: boolean } | undefined {
    const hang = this.#hangs.get(route);
    if (!hang || hang.left <= 0) return undefined;
    hang.left -= 1;
    return { processFirst: hang.processFirst };
  }

  /** The queued error or malformed body this request gets instead of its answer, if any. */
  takeAnswer(route: FakeRoute): Answer | undefined {
    const list = this.#failures.get(route);
    const head = list?.[0];
    if (list && head) {
      head.left -= 1;
      if (head.left <= 0) list.shift();
      return json(head.httpStatus ?? 200, { code: head.code, msg: head.msg ?? defaultKieMessages[head.code] ?? 'error', data: head.data ?? null });
    }
    const bad = this.#malformed.get(route);
    if (bad && bad.left > 0) {
      bad.left -= 1;
      return malformedAnswer(bad.kind);
    }
    return undefined;
  }
}
