/** An allowance's period: a UTC day, a week from Monday 00:00 UTC, or a calendar month in UTC. */
export type Every = 'day' | 'week' | 'month';

const DAY = 86_400_000;

/** When the period holding `ms` started (UTC). */
function periodStart(ms: number, every: Every): number {
  const d = new Date(ms);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (every === 'day') return day;
  if (every === 'week') return day - ((d.getUTCDay() + 6) % 7) * DAY;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** The period holding `ms`, as a key: `2025-03-02` (day), `week-2025-02-24` (the week from that Monday), `2025-03` (month). */
export function periodOf(ms: number, every: Every): string {
  const start = new Date(periodStart(ms, every)).toISOString();
  if (every === 'day') return start.slice(0, 10);
  if (every === 'week') return `week-${start.slice(0, 10)}`;
  return start.slice(0, 7);
}

/** The first instant of the next period (UTC midnight of the next day, Monday or first of the month). */
export function nextBoundary(ms: number, every: Every): number {
  const start = new Date(periodStart(ms, every));
  if (every === 'day') return start.getTime() + DAY;
  if (every === 'week') return start.getTime() + 7 * DAY;
  return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
}
