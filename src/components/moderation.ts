import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { UserError } from '../errors/index.ts';
import type { Component } from '../interactions/component.ts';
import { wordsPage } from '../interactions/moderationView.ts';
import { logButtons, MODERATION_PREFIX, removedNote } from '../services/moderation/logView.ts';

const SNOWFLAKE = /^\d{15,22}$/;

/**
 * The review log's **Remove video** (`moderation:remove:<job>`) and **Block member**
 * (`moderation:block:<member>`), for moderators (Manage Messages); and the pages of
 * `/moderation words` (`moderation:words:<page>`, Manage Server).
 */
export const moderationComponent: Component = {
  prefix: MODERATION_PREFIX,
  async button(interaction, context, [action, arg = '']) {
    const tools = context.moderation;
    const guildId = interaction.guildId;
    if (!tools || !guildId) throw new UserError('This button works inside a server only.');
    if (action === 'words') {
      if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) throw new UserError('Only members with Manage Server can see the blocked words.');
      const page = wordsPage((await tools.rules.view(guildId)).record, Number(arg) || 0);
      return void (await interaction.update({ content: page.content, components: page.components, allowedMentions: { parse: [] } }));
    }
    if (action !== 'remove' && action !== 'block') throw new UserError('This button is from an older version of the bot and no longer works.');
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) {
      throw new UserError(`Only moderators (Manage Messages) can ${action === 'remove' ? 'remove videos' : 'block members'} from the review log.`);
    }
    if (action === 'block') {
      if (!SNOWFLAKE.test(arg)) throw new UserError('This button is from an older version of the bot and no longer works.');
      const done = await tools.rules.block(guildId, arg, interaction.user.id, 'from the review log');
      const content = done === 'already' ? `<@${arg}> is already blocked from the bot here.` : `Blocked <@${arg}> from the bot in this server. \`/moderation unblock\` undoes it.`;
      return void (await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } }));
    }
    await interaction.deferUpdate();
    const { job, entries } = await tools.removal.remove(guildId, arg, interaction.user.id);
    // The log entry says what was done, and its Remove button rests.
    await interaction.editReply({ content: `${interaction.message.content}${removedNote(interaction.user.id, entries)}`.slice(0, 2000), components: logButtons(job, true), allowedMentions: { parse: [] } });
    await interaction.followUp({ content: `Removed the video${entries > 0 ? ` and its ${entries} challenge entr${entries === 1 ? 'y' : 'ies'}` : ''}. Nothing was refunded.`, flags: MessageFlags.Ephemeral });
  },
};
