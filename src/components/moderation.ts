import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { UserError } from '../errors/index.ts';
import { message } from '../i18n/index.ts';
import type { Component } from '../interactions/component.ts';
import { memberT, serverT } from '../interactions/locale.ts';
import { wordsPage } from '../interactions/moderationView.ts';
import { logButtons, MODERATION_PREFIX, removedNote } from '../services/moderation/logView.ts';

const SNOWFLAKE = /^\d{15,22}$/;

/**
 * The review log's **Remove video** (`moderation:remove:<job>`) and **Block member**
 * (`moderation:block:<member>`), for moderators (Manage Messages); and the pages of
 * `/moderation words` (`moderation:words:<page>`, Manage Server). Answers are private (the
 * presser's language); what changes on the log's post is public (the server's).
 */
export const moderationComponent: Component = {
  prefix: MODERATION_PREFIX,
  async button(interaction, context, [action, arg = '']) {
    const tools = context.moderation;
    const guildId = interaction.guildId;
    if (!tools || !guildId) throw new UserError(message('moderation.reviewLog.button.serverOnly'));
    if (action === 'words') {
      if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) throw new UserError(message('moderation.reviewLog.button.wordsNeedManageServer'));
      const page = wordsPage((await tools.rules.view(guildId)).record, Number(arg) || 0, memberT(interaction));
      return void (await interaction.update({ content: page.content, components: page.components, allowedMentions: { parse: [] } }));
    }
    if (action !== 'remove' && action !== 'block') throw new UserError(message('common.oldButton'));
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) {
      throw new UserError(message(action === 'remove' ? 'moderation.reviewLog.button.removeNeedsModerator' : 'moderation.reviewLog.button.blockNeedsModerator'));
    }
    const t = memberT(interaction);
    const server = serverT(context, interaction);
    if (action === 'block') {
      if (!SNOWFLAKE.test(arg)) throw new UserError(message('common.oldButton'));
      // Kept with the block and read by every admin in `/moderation blocked`: the server's language.
      const done = await tools.rules.block(guildId, arg, interaction.user.id, server('moderation.reviewLog.blockReason'));
      const content = t(done === 'already' ? 'moderation.reviewLog.button.alreadyBlocked' : 'moderation.reviewLog.button.blocked', { memberId: arg });
      return void (await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } }));
    }
    await interaction.deferUpdate();
    const { job, entries } = await tools.removal.remove(guildId, arg, interaction.user.id);
    // The log entry says what was done, and its Remove button rests.
    await interaction.editReply({ content: `${interaction.message.content}${removedNote(interaction.user.id, entries, server)}`.slice(0, 2000), components: logButtons(job, server, true), allowedMentions: { parse: [] } });
    const removed = entries > 0 ? t('moderation.reviewLog.button.removedWithEntries', { count: entries }) : t('moderation.reviewLog.button.removed');
    await interaction.followUp({ content: removed, flags: MessageFlags.Ephemeral });
  },
};
