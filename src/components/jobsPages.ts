import { PermissionFlagsBits } from 'discord.js';
import { JOBS_PREFIX, listPage } from '../interactions/jobsView.ts';
import { UserError } from '../errors/index.ts';
import { message } from '../i18n/index.ts';
import type { Component } from '../interactions/component.ts';
import { memberT } from '../interactions/locale.ts';

/** Previous / Next on a `/jobs list` reply: whose list and which page ride in the custom id. */
export const jobsPagesComponent: Component = {
  prefix: JOBS_PREFIX,
  async button(interaction, context, [action, memberId, page]) {
    if (action !== 'page' || !memberId || !interaction.guildId) throw new UserError(message('common.oldButton'));
    if (memberId !== interaction.user.id && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserError(message('history.othersAdminOnly'));
    }
    await interaction.update(await listPage(context, interaction.guildId, memberId, interaction.user.id, Number(page) || 0, memberT(interaction)));
  },
};
