import { message, type Message } from '../../i18n/index.ts';

/** `ends_in`: a whole number and one unit, from 10 seconds to 30 days. */
const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
export const ENDS_IN_MIN_MS = 10_000;
export const ENDS_IN_MAX_MS = 30 * 86_400_000;
const FORMS = message('challenges.refusals.endsIn.forms');

export function parseEndsIn(raw: string): { ok: true; ms: number } | { ok: false; reason: Message } {
  const match = /^\s*(\d{1,7})\s*([smhdw])\s*$/i.exec(raw);
  if (!match) return { ok: false, reason: message('challenges.refusals.endsIn.bad', { forms: FORMS, got: raw.slice(0, 20).replace(/`/g, "'") }) };
  const ms = Number(match[1]) * UNITS[match[2]!.toLowerCase()]!;
  if (ms < ENDS_IN_MIN_MS) return { ok: false, reason: message('challenges.refusals.endsIn.tooShort', { forms: FORMS }) };
  if (ms > ENDS_IN_MAX_MS) return { ok: false, reason: message('challenges.refusals.endsIn.tooLong', { forms: FORMS }) };
  return { ok: true, ms };
}
