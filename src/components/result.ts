import { MessageFlags, PermissionFlagsBits, type ModalSubmitInteraction } from 'discord.js';
import { ButtonStyle, ComponentType, TextInputStyle, type APIButtonComponent, type APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { z } from 'zod';
import { checkPrompt, parseOption } from '../interactions/input.ts';
import { cancelAnswer } from '../interactions/jobsView.ts';
import { startJob } from '../interactions/startJob.ts';
import type { InteractionContext } from '../interactions/context.ts';
import { isContentRefusal, UserError } from '../errors/index.ts';
import { message, type T } from '../i18n/index.ts';
import { memberT } from '../interactions/locale.ts';
import type { Job } from '../services/jobs/job.ts';
import type { QuoteRequest } from '../services/jobs/service.ts';
import type { ResultButtonSource } from '../services/jobs/resultButtons.ts';
import { jobT } from '../services/jobs/statusView.ts';
import type { ModelRegistry } from '../services/models/registry.ts';
import { customId, type Component } from '../interactions/component.ts';

export const RESULT_PREFIX = 'result';
/** What `/sora` accepts (its option's max_length); a Remix may not grow a prompt past it. */
export const PROMPT_MAX = 6000;
/** Discord's limit for one text input of a modal. */
const TEXT_INPUT_MAX = 4000;

/** A button on the job's public reply: labelled in the job's language, as the rest of that reply. */
const button = (job: Job, action: 'again' | 'remix' | 'delete' | 'cancel', style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger): APIButtonComponent => ({
  type: ComponentType.Button,
  style,
  label: jobT(job)(`results.button.${action}`),
  custom_id: customId(RESULT_PREFIX, action, job.id),
});
const againButton = (job: Job) => button(job, 'again', ButtonStyle.Primary);
const remixButton = (job: Job) => button(job, 'remix', ButtonStyle.Secondary);
const deleteButton = (job: Job) => button(job, 'delete', ButtonStyle.Danger);
const cancelButton = (job: Job) => button(job, 'cancel', ButtonStyle.Secondary);

/** Again / Remix / Delete on a delivered video; Again (where a retry can help) and Remix on a failure notice. */
export const resultActionButtons: ResultButtonSource = {
  buttons: (job) => [againButton(job), remixButton(job), deleteButton(job)],
  failureButtons: (job) => {
    // The same prompt would be refused again under the content rules: only a Remix can help.
    if (isContentRefusal(job.failure)) return [remixButton(job)];
    return [againButton(job), remixButton(job)];
  },
  // While it waits for a slot, the job can still be taken back, refunded at once (as /jobs cancel).
  queuedButtons: (job) => [cancelButton(job)],
};

/** The request a finished job was made from, for Again. */
function requestOf(job: Job): QuoteRequest {
  return { model: job.familyId, prompt: job.prompt, duration: job.duration, aspect: job.aspect, quality: job.quality, imageUrl: job.imageUrl };
}

/** Discord's attachment links carry their expiry (`ex`, hex seconds); past it Kie could not fetch the image. */
export function imageLinkExpired(url: string | undefined, now: number): boolean {
  if (!url) return false;
  try {
    const ex = new URL(url).searchParams.get('ex');
    if (!ex || !/^[0-9a-f]+$/i.test(ex)) return false;
    return Number.parseInt(ex, 16) * 1000 <= now;
  } catch {
    return false;
  }
}

async function storedJob(context: InteractionContext, jobId: string | undefined): Promise<Job> {
  const job = jobId ? await context.history.get(jobId) : undefined;
  if (!job) throw new UserError(message('results.gone'));
  return job;
}

function refuseExpiredImage(job: Job, context: InteractionContext): void {
  if (imageLinkExpired(job.imageUrl, context.now())) {
    throw new UserError(message('results.imageExpired'));
  }
}

/** The Remix form, in the language of the member who pressed (`t`). */
export function remixModal(job: Job, registry: ModelRegistry, t: T): APIModalInteractionResponseCallbackData {
  const family = registry.get(job.familyId);
  const input = (id: string, label: string, value: string, style: TextInputStyle, max: number, required: boolean) => ({
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.TextInput, custom_id: id, label: label.slice(0, 45), style, value: value.slice(0, max), max_length: max, required }],
  });
  const rows = [input('prompt', t('results.remix.prompt'), job.prompt.slice(0, TEXT_INPUT_MAX), TextInputStyle.Paragraph, TEXT_INPUT_MAX, true)];
  // A prompt longer than one text input holds continues in a second, so nothing is silently cut.
  if (job.prompt.length > TEXT_INPUT_MAX) {
    rows.push(input('prompt2', t('results.remix.promptContinued'), job.prompt.slice(TEXT_INPUT_MAX), TextInputStyle.Paragraph, TEXT_INPUT_MAX, false));
  }
  const durations = family?.durations.join(', ') ?? String(job.duration);
  const aspects = family?.aspects.join(', ') ?? job.aspect;
  rows.push(input('duration', t('results.remix.seconds', { durations }), String(job.duration), TextInputStyle.Short, 4, false));
  rows.push(input('aspect', t('results.remix.aspect', { aspects }), job.aspect, TextInputStyle.Short, 10, false));
  return { custom_id: customId(RESULT_PREFIX, 'remix', job.id), title: t('results.remix.title', { model: job.familyLabel }).slice(0, 45), components: rows as APIModalInteractionResponseCallbackData['components'] };
}

const durationSchema = z.coerce.number({ error: 'results.remix.invalidSeconds' }).int('results.remix.wholeSeconds');
const aspectSchema = z.enum(['portrait', 'landscape', 'square'], { error: 'results.remix.invalidAspect' });

function field(interaction: ModalSubmitInteraction, id: string): string {
  const found = interaction.fields.fields.get(id);
  return found && 'value' in found && typeof found.value === 'string' ? found.value : '';
}

/** The remixed request: the form's prompt, duration and aspect over the original's model, quality and image. */
export function remixRequest(job: Job, values: { prompt: string; prompt2: string; duration: string; aspect: string }): QuoteRequest {
  const raw = values.prompt + values.prompt2;
  if (raw.length > PROMPT_MAX) throw new UserError(message('results.remix.tooLong', { length: raw.length, max: PROMPT_MAX }));
  const prompt = checkPrompt(raw);
  if (!prompt.ok) throw new UserError(prompt.reason);
  const duration = values.duration.trim() === '' ? job.duration : parseOption(durationSchema, values.duration.trim());
  const aspect = values.aspect.trim() === '' ? job.aspect : parseOption(aspectSchema, values.aspect.trim().toLowerCase());
  return { ...requestOf(job), prompt: prompt.prompt, duration, aspect };
}

/** Again / Remix / Delete on results, Cancel on a queued reply; the job id in the custom id is all a restart needs. */
export function resultComponent(registry: ModelRegistry): Component {
  return {
    prefix: RESULT_PREFIX,
    async button(interaction, context, [action, jobId]) {
      switch (action) {
        case 'again': {
          const job = await storedJob(context, jobId);
          refuseExpiredImage(job, context);
          await startJob(interaction, context, requestOf(job));
          return;
        }
        case 'remix': {
          const job = await storedJob(context, jobId);
          refuseExpiredImage(job, context);
          await interaction.showModal(remixModal(job, registry, memberT(interaction)));
          return;
        }
        case 'delete': {
          const job = jobId ? await context.history.get(jobId) : undefined;
          const owner = job !== undefined && job.memberId === interaction.user.id;
          if (!owner && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) {
            throw new UserError(message('results.deleteNotAllowed'));
          }
          // Nothing is refunded: the video was delivered.
          await interaction.deferUpdate();
          // Through the interaction first (works wherever the button is); the bot token as a fallback.
          await interaction.deleteReply().catch(() => interaction.message.delete());
          if (job) await context.history.markDeleted(job.id);
          context.logger.info({ jobId: job?.id, guildId: interaction.guildId, by: interaction.user.id }, 'result deleted');
          return;
        }
        case 'cancel': {
          const job = await storedJob(context, jobId);
          if (job.memberId !== interaction.user.id && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
            throw new UserError(message('results.cancelNotAllowed'));
          }
          await interaction.deferReply({ flags: MessageFlags.Ephemeral });
          const outcome = await context.cancel.cancel(job.id, interaction.user.id);
          await interaction.editReply({ content: cancelAnswer(outcome, memberT(interaction)), allowedMentions: { parse: [] } });
          return;
        }
        default:
          throw new UserError(message('common.oldButton'));
      }
    },
    async modal(interaction, context, [action, jobId]) {
      if (action !== 'remix') throw new UserError(message('results.oldForm'));
      const job = await storedJob(context, jobId);
      const request = remixRequest(job, {
        prompt: field(interaction, 'prompt'),
        prompt2: field(interaction, 'prompt2'),
        duration: field(interaction, 'duration'),
        aspect: field(interaction, 'aspect'),
      });
      await startJob(interaction, context, request);
    },
  };
}
