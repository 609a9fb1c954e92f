/** `ends_in`: a whole number and one unit, from 10 seconds to 30 days. */
const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
export const ENDS_IN_MIN_MS = 10_000;
export const ENDS_IN_MAX_MS = 30 * 86_400_000;
export const ENDS_IN_FORMS = '`90s`, `45m`, `2h`, `3d` or `1w` (a whole number and s, m, h, d or w; from 10 seconds to 30 days)';

export function parseEndsIn(raw: string): { ok: true; ms: number } | { ok: false; reason: string } {
  const match = /^\s*(\d{1,7})\s*([smhdw])\s*$/i.exec(raw);
  const bad = `\`ends_in\` must look like ${ENDS_IN_FORMS}; got \`${raw.slice(0, 20).replace(/`/g, "'")}\`.`;
  if (!match) return { ok: false, reason: bad };
  const ms = Number(match[1]) * UNITS[match[2]!.toLowerCase()]!;
  if (ms < ENDS_IN_MIN_MS) return { ok: false, reason: `\`ends_in\` is too short: at least 10 seconds. Accepted forms: ${ENDS_IN_FORMS}.` };
  if (ms > ENDS_IN_MAX_MS) return { ok: false, reason: `\`ends_in\` is too long: at most 30 days. Accepted forms: ${ENDS_IN_FORMS}.` };
  return { ok: true, ms };
}
