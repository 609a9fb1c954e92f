import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { formatNumber, type T } from '../i18n/index.ts';
import type { ModelRegistry } from '../services/models/registry.ts';
import type { ModelState } from '../services/models/state.ts';

/**
 * The `model` option's suggestions as a member types: the server's allowed families in its order
 * (every enabled family in the registry's order when it chose none),
 * each with its starting price and `(paused)` where Kie paused it, in the member's language (`t`).
 * Read at every keystroke, so a model changing state needs no redeploy of the commands.
 */
export function modelChoices(
  registry: ModelRegistry,
  state: ModelState | undefined,
  typed: string,
  t: T,
  allowed?: readonly string[],
): ApplicationCommandOptionChoiceData<string>[] {
  const needle = typed.trim().toLowerCase();
  // A server's own list (`/settings models`) in its order; otherwise every enabled family.
  const families = allowed ? allowed.flatMap((id) => registry.get(id) ?? []) : registry.list();
  return families
    .filter((f) => needle === '' || f.id.includes(needle) || f.label.toLowerCase().includes(needle))
    .slice(0, 25)
    .map((f) => {
      const paused = state?.statusOf(f.id) === 'paused' ? t('models.choicePaused') : '';
      const price = formatNumber(t.locale, Math.min(...Object.values(f.prices)));
      return { name: t('models.choice', { id: f.id, label: f.label, price, paused }).slice(0, 100), value: f.id };
    });
}
