import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import { UserError } from '../errors/index.ts';
import { buildCommand } from '../i18n/commands.ts';
import { message } from '../i18n/index.ts';
import { memberT } from '../interactions/locale.ts';
import type { ModelRegistry } from '../services/models/registry.ts';
import { checkImage, checkPrompt, parseOption } from '../interactions/input.ts';
import { modelChoices } from '../interactions/modelChoices.ts';
import { startJob } from '../interactions/startJob.ts';
import type { Command } from '../interactions/command.ts';

const PROMPT_OPTION_MAX = 6000;

const optionsSchema = z.object({
  prompt: z.string({ error: 'sora.invalid.prompt' }),
  duration: z.number({ error: 'sora.invalid.duration' }).int('sora.invalid.durationWhole').optional(),
  aspect: z.enum(['portrait', 'landscape', 'square'], { error: 'sora.invalid.aspect' }).optional(),
  model: z.string({ error: 'sora.invalid.model' }).max(64, 'sora.invalid.modelLength').optional(),
  quality: z.enum(['standard', 'high'], { error: 'sora.invalid.quality' }).optional(),
  image: z.string({ error: 'sora.invalid.image' }).optional(),
});

/** The command's shape follows the registry: only enabled models' durations and aspects are offered. */
export function soraCommandData(registry: ModelRegistry): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const families = registry.list();
  const durations = [...new Set(families.flatMap((f) => f.durations))].sort((a, b) => a - b);
  const aspects = [...new Set(families.flatMap((f) => f.aspects))];
  return buildCommand({
    name: 'sora',
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      { type: ApplicationCommandOptionType.String, name: 'prompt', required: true, max_length: PROMPT_OPTION_MAX },
      { type: ApplicationCommandOptionType.Integer, name: 'duration', choices: durations.slice(0, 25).map((value) => ({ value })) },
      { type: ApplicationCommandOptionType.String, name: 'aspect', choices: aspects.map((value) => ({ value })) },
      // Suggested as the member types (prices, paused ones marked): no redeploy when models change.
      { type: ApplicationCommandOptionType.String, name: 'model', autocomplete: true },
      { type: ApplicationCommandOptionType.String, name: 'quality', choices: [{ value: 'standard' }, { value: 'high' }] },
      { type: ApplicationCommandOptionType.Attachment, name: 'image' },
    ],
  });
}

export function soraCommand(registry: ModelRegistry): Command {
  return {
    data: soraCommandData(registry),
    async autocomplete(interaction, context) {
      const focused = interaction.options.getFocused(true);
      if (focused.name !== 'model') return interaction.respond([]);
      await interaction.respond(modelChoices(context.registry, context.models, String(focused.value), memberT(interaction), context.serverModels?.allowed(interaction.guildId)));
    },
    async execute(interaction, context) {
      if (!interaction.inGuild() || !interaction.guildId) {
        throw new UserError(message('sora.dmOnly'));
      }
      const raw = Object.fromEntries(interaction.options.data.map((o) => [o.name, o.type === ApplicationCommandOptionType.Attachment ? String(o.value) : o.value]));
      const options = parseOption(optionsSchema, raw);

      const prompt = checkPrompt(options.prompt);
      if (!prompt.ok) throw new UserError(prompt.reason);

      let imageUrl: string | undefined;
      if (options.image !== undefined) {
        const attachment = interaction.options.getAttachment('image');
        if (!attachment) throw new UserError(message('sora.imageMissing'));
        const problem = checkImage({ contentType: attachment.contentType, size: attachment.size, name: attachment.name });
        if (problem) throw new UserError(problem);
        imageUrl = attachment.url;
      }

      // The server's default (`/settings models`), else the operator's, else the first live family.
      const model = options.model ?? context.serverModels?.defaultModel(interaction.guildId) ?? context.defaultModel;
      const request = { model, prompt: prompt.prompt, duration: options.duration, aspect: options.aspect, quality: options.quality, imageUrl };
      await startJob(interaction, context, request);
    },
  };
}
