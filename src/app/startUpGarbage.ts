/**
 * Start-up reads every server Discord sends (GUILD_CREATE), the open jobs and the settings, and
 * leaves most of what it read behind as garbage. Left to V8, that garbage is collected by a full,
 * stop-the-world collection whenever the heap next grows, which tends to be during the first burst
 * of commands, delaying their acknowledgements by tens of milliseconds. The start scripts run Node
 * with `--expose-gc`, so the bot collects it once, before it takes its first command. Without that
 * flag (tests, a hand-run `node`) this does nothing.
 */
export function collectStartUpGarbage(): void {
  // 'last-resort': V8 also gives back what the start-up reads made it commit (the young generation
  // grown to its limit, empty pages), not only the garbage. It leaves the old generation little room,
  // so measure 7's first burst can meet a full collection; an ordinary collection after this one
  // avoids that, but was tried twice (README, Performance) and made bursts right after a start
  // slower in both: more CPU and longer young-generation collections per burst.
  (globalThis as { gc?: (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void }).gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
