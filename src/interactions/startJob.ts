import { PermissionFlagsBits, type ButtonInteraction, type ChatInputCommandInteraction, type ModalSubmitInteraction } from 'discord.js';
import { UserError } from '../errors/index.ts';
import { message } from '../i18n/index.ts';
import type { Job } from '../services/jobs/job.ts';
import type { QuoteRequest } from '../services/jobs/service.ts';
import type { InteractionContext } from './context.ts';
import { checkText } from './moderationCheck.ts';

/** Interactions that may start a job with a public reply of their own: `/sora`, Again, a Remix form. */
export type JobStartInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/**
 * The one way a job starts from an interaction: price it (a refusal stays private and costs
 * nothing), defer publicly within Discord's 3 s, hold the price from the member who acted, show
 * "queued" in the public reply, and let the job run. Refusals after the defer (balance, daily
 * allowance) reach the member privately through the dispatcher.
 */
export async function startJob(interaction: JobStartInteraction, context: InteractionContext, request: QuoteRequest): Promise<Job> {
  if (!interaction.inGuild() || !interaction.guildId || !interaction.channelId) {
    throw new UserError(message('sora.serverOnly'));
  }
  // Validate and price before the defer: refusals stay private and cost nothing.
  context.jobs.quote({ ...request, guildId: interaction.guildId });
  // The server's rules, on every start (Again too: the rules may have changed since); from memory.
  await checkText(interaction, context, request.prompt, 'prompt', interaction.isChatInputCommand() ? 'sora' : interaction.isButton() ? 'again' : 'remix');

  const receivedAt = interaction.createdTimestamp;
  await context.acknowledgements.send(() => interaction.deferReply());
  context.metrics?.ackLatency(Date.now() - receivedAt);
  // Members still waiting for their acknowledgement go before the work behind this one.
  await context.acknowledgements.settled();
  const job = await context.jobs.submit({
    ...request,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    memberId: interaction.user.id,
    applicationId: interaction.applicationId,
    interactionToken: interaction.token,
    receivedAt: Math.min(receivedAt, context.now()),
    // Without Attach Files here the video can only arrive as a link.
    attachmentSizeLimit: interaction.appPermissions.has(PermissionFlagsBits.AttachFiles) ? interaction.attachmentSizeLimit : 0,
    // The public reply speaks the server's language.
    locale: context.languages.of(interaction.guildId, interaction.guildLocale),
  });
  try {
    const status = await context.jobs.statusReply(job);
    const reply = await interaction.editReply({ content: status.content, embeds: status.embeds, components: status.components, allowedMentions: { parse: [] } });
    await context.jobs.attachReply(job.id, reply.id);
  } catch (error) {
    // The job is stored and paid for: it goes on, and its later messages find another route.
    context.logger.warn({ jobId: job.id, err: error instanceof Error ? error.name : 'unknown' }, 'could not show the queued reply');
  }
  context.jobs.start(job.id);
  return job;
}
