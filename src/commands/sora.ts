import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import { UserError } from '../errors/index.ts';
import type { ModelRegistry } from '../services/models/registry.ts';
import { checkImage, checkPrompt, parseOption } from '../interactions/input.ts';
import { modelChoices } from '../interactions/modelChoices.ts';
import { startJob } from '../interactions/startJob.ts';
import type { Command } from '../interactions/command.ts';

const PROMPT_OPTION_MAX = 6000;

const optionsSchema = z.object({
  prompt: z.string({ error: 'The prompt must be text.' }),
  duration: z.number({ error: 'duration must be a number of seconds.' }).int('duration must be a whole number of seconds.').optional(),
  aspect: z.enum(['portrait', 'landscape', 'square'], { error: 'aspect must be portrait, landscape or square.' }).optional(),
  model: z.string({ error: 'model must be a model name.' }).max(64, 'That model name is too long.').optional(),
  quality: z.enum(['standard', 'high'], { error: 'quality must be standard or high.' }).optional(),
  image: z.string().optional(),
});

/** The command's shape follows the registry: only enabled models, durations and aspects are offered. */
export function soraCommandData(registry: ModelRegistry, defaultModel?: string): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const families = registry.list();
  const durations = [...new Set(families.flatMap((f) => f.durations))].sort((a, b) => a - b);
  const aspects = [...new Set(families.flatMap((f) => f.aspects))];
  return {
    name: 'sora',
    description: 'Make a short AI video from a prompt (paid from this server’s credits)',
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      { type: ApplicationCommandOptionType.String, name: 'prompt', description: 'What happens in the video', required: true, max_length: PROMPT_OPTION_MAX },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'duration',
        description: 'Length in seconds (depends on the model)',
        choices: durations.slice(0, 25).map((d) => ({ name: `${d} seconds`, value: d })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'aspect',
        description: 'Portrait (9:16), landscape (16:9) or square',
        choices: aspects.map((a) => ({ name: a, value: a })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'model',
        description: defaultModel ? `Video model (default ${defaultModel}); type to see prices` : 'Video model (default: the first live one); type to see prices',
        // Suggested as the member types (prices, paused ones marked): no redeploy when models change.
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'quality',
        description: 'standard or high (models that offer it)',
        choices: [
          { name: 'standard', value: 'standard' },
          { name: 'high', value: 'high' },
        ],
      },
      { type: ApplicationCommandOptionType.Attachment, name: 'image', description: 'First frame (PNG, JPEG or WebP, up to 10 MB)' },
    ],
  };
}

export function soraCommand(registry: ModelRegistry, defaultModel?: string): Command {
  return {
    data: soraCommandData(registry, defaultModel),
    async autocomplete(interaction, context) {
      const focused = interaction.options.getFocused(true);
      if (focused.name !== 'model') return interaction.respond([]);
      await interaction.respond(modelChoices(context.registry, context.models, String(focused.value), context.serverModels?.allowed(interaction.guildId)));
    },
    async execute(interaction, context) {
      if (!interaction.inGuild() || !interaction.guildId) {
        throw new UserError('Videos are paid from a server’s credits, so `/sora` works only inside a server, not in DMs.');
      }
      const raw = Object.fromEntries(interaction.options.data.map((o) => [o.name, o.type === ApplicationCommandOptionType.Attachment ? String(o.value) : o.value]));
      const options = parseOption(optionsSchema, raw);

      const prompt = checkPrompt(options.prompt);
      if (!prompt.ok) throw new UserError(prompt.reason);

      let imageUrl: string | undefined;
      if (options.image !== undefined) {
        const attachment = interaction.options.getAttachment('image');
        if (!attachment) throw new UserError('The image attachment did not arrive. Attach it again.');
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
