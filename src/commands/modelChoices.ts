import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { ModelRegistry } from '../services/models/registry.ts';
import type { ModelState } from '../services/models/state.ts';

/**
 * The `model` option's suggestions as a member types: enabled families in the registry's order,
 * each with its starting price and `(paused)` where Kie paused it. Read at every keystroke, so a
 * model changing state needs no redeploy of the commands.
 */
export function modelChoices(registry: ModelRegistry, state: ModelState | undefined, typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const needle = typed.trim().toLowerCase();
  return registry
    .list()
    .filter((f) => needle === '' || f.id.includes(needle) || f.label.toLowerCase().includes(needle))
    .slice(0, 25)
    .map((f) => {
      const paused = state?.statusOf(f.id) === 'paused' ? ' (paused)' : '';
      return { name: `${f.id} — ${f.label}, from ${Math.min(...Object.values(f.prices))} credits${paused}`.slice(0, 100), value: f.id };
    });
}
