import { UserError } from '../errors/index.ts';
import { message } from '../i18n/index.ts';
import type { Component } from '../interactions/component.ts';
import { memberT } from '../interactions/locale.ts';
import { OPERATOR_PREFIX, serversPage } from '../interactions/operatorView.ts';

/** Previous / Next on `/operator servers`: the page rides in the custom id; operators only, checked again. */
export const operatorPagesComponent: Component = {
  prefix: OPERATOR_PREFIX,
  async button(interaction, context, [action, page]) {
    if (action !== 'servers') throw new UserError(message('common.oldButton'));
    if (!context.creditAccess.isOperator(interaction.user.id)) throw new UserError(message('operators.notOperator'));
    await interaction.deferUpdate();
    await interaction.editReply({ ...(await serversPage(context, Number(page) || 0, memberT(interaction))), allowedMentions: { parse: [] } });
  },
};
