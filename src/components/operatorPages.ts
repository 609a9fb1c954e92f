import { UserError } from '../errors/index.ts';
import type { Component } from '../interactions/component.ts';
import { NOT_AN_OPERATOR, OPERATOR_PREFIX, serversPage } from '../interactions/operatorView.ts';

/** Previous / Next on `/operator servers`: the page rides in the custom id; operators only, checked again. */
export const operatorPagesComponent: Component = {
  prefix: OPERATOR_PREFIX,
  async button(interaction, context, [action, page]) {
    if (action !== 'servers') throw new UserError('This button is from an older version of the bot and no longer works.');
    if (!context.creditAccess.isOperator(interaction.user.id)) throw new UserError(NOT_AN_OPERATOR);
    await interaction.deferUpdate();
    await interaction.editReply({ ...(await serversPage(context, Number(page) || 0)), allowedMentions: { parse: [] } });
  },
};
