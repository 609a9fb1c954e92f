import stripAnsi from 'strip-ansi';
import type { z } from 'zod';
import { UserError } from '../errors/index.ts';
import { hasMessage, message, type Message } from '../i18n/index.ts';

/** Checks on member-typed text shared by commands. Pure functions: no I/O, so they run before the defer. */

// C0/C1 controls except tab and newline, and the invisible characters used to smuggle text past filters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g;
const MASS_MENTION = /@(everyone|here)\b|<@&\d+>/i;

export type PromptCheck = { ok: true; prompt: string } | { ok: false; reason: Message };

export function checkPrompt(raw: string): PromptCheck {
  // Terminal escape sequences go whole (`\u001b[31m`, not just its ESC byte), then stray controls.
  const prompt = stripAnsi(raw).replace(CONTROL, '').replace(INVISIBLE, '').trim();
  if (prompt === '') {
    return { ok: false, reason: message(raw.trim() === '' ? 'input.prompt.empty' : 'input.prompt.invisible') };
  }
  if (MASS_MENTION.test(prompt)) return { ok: false, reason: message('input.prompt.massMention') };
  return { ok: true, prompt };
}

export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/jpg', 'image/webp']);

/** Why an attachment cannot be a first frame, or undefined when it can. */
export function checkImage(image: { contentType: string | null; size: number; name: string }): Message | undefined {
  const type = (image.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!IMAGE_TYPES.has(type)) {
    return message('input.image.notImage', { name: image.name.slice(0, 80), type: type ? message('input.image.itIs', { type: type.slice(0, 60) }) : '' });
  }
  if (image.size > IMAGE_MAX_BYTES) {
    return message('input.image.tooLarge', { size: (image.size / 1_048_576).toFixed(1), limit: IMAGE_MAX_BYTES / 1_048_576 });
  }
  return undefined;
}

/**
 * Parses one option value; a bad value is refused with the schema's own message. A schema's messages
 * are message keys (`sora.invalid.duration`), said in the member's language; what zod knows of the
 * issue (`maximum`, `minimum`) goes into the message.
 */
export function parseOption<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const said = issue?.message ?? '';
  if (!hasMessage(said)) throw new UserError(said ? said : message('input.invalidOption'));
  const params: Record<string, string | number> = {};
  for (const name of ['maximum', 'minimum'] as const) {
    const limit = (issue as Record<string, unknown> | undefined)?.[name];
    if (typeof limit === 'number' || typeof limit === 'bigint') params[name] = Number(limit);
  }
  throw new UserError(message(said, params));
}
