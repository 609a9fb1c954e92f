/** What these choices need of the model state (ModelState fits). */
interface Statuses {
  statusOf(familyId: string): string;
}

/**
 * The default model when the operator set none: the first candidate (registry order, or a
 * server's own list) not known to be paused; the first candidate if every one is.
 */
export function chooseDefault(state: Statuses, candidates: readonly string[]): string | undefined {
  return candidates.find((id) => state.statusOf(id) !== 'paused') ?? candidates[0];
}

/** Up to `max` families other than `familyId` not known to be paused, for "try … instead". */
export function alternatives(state: Statuses, familyId: string, candidates: readonly string[], max = 3): string[] {
  return candidates.filter((id) => id !== familyId && state.statusOf(id) !== 'paused').slice(0, max);
}
