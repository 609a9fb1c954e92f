/*
 * Brazilian Portuguese (pt-BR). Written as a Brazilian Discord bot speaks: "você", short, plain.
 *
 * Glossary (keep these consistent):
 *   credits → créditos                      pool → saldo do servidor (the server's credits)
 *   balance → saldo                         challenge → desafio
 *   entry → participação (to enter → inscrever; Submit to challenge → Enviar ao desafio)
 *   vote → voto / votar                     model → modelo
 *   hold / held → reserva / reservado       refund / refunded → reembolso / reembolsado
 *   job → pedido (the footer "pedido k3x9ab", "id do pedido")
 *   server → servidor                       prompt → prompt (as Brazilian AI users say it)
 *   budget → orçamento                      allowance (operator's recurring grant) → recarga
 *   daily cap / limit → limite diário       ceiling → teto
 *   review log → registro de revisão        role → cargo (Discord's own word)
 *   Again / Remix / Delete / Cancel → Gerar de novo / Remix / Apagar / Cancelar
 *   "You were not charged" → "Nada foi cobrado" (no gender needed)
 *   Permissions as Discord's Portuguese UI names them: Gerenciar servidor, Gerenciar mensagens,
 *   Gerenciar cargos, Ver canal, Enviar mensagens, Anexar arquivos.
 *
 * Subcommand and option names are localized (see commands/); messages that name them use the
 * Portuguese names (`/credits adicionar`, `/jobs listar`, `/challenge enviar desafio:`). Values
 * members type as free text stay English (`all`, `operator`, `90s`, and the Remix form's
 * `portrait`/`landscape`/`square`); values picked from a list are named as the list shows them
 * (`automod:ativado`, `automático`).
 */
import type { Messages } from '../en-US/index.ts';
import balance from './balance.ts';
import challenges from './challenges/index.ts';
import commands from './commands/index.ts';
import common from './common.ts';
import credits from './credits.ts';
import history from './history.ts';
import input from './input.ts';
import jobs from './jobs.ts';
import models from './models.ts';
import moderation from './moderation/index.ts';
import operators from './operators.ts';
import results from './results.ts';
import settings from './settings.ts';
import sora from './sora.ts';

export const ptBR: Messages = { balance, challenges, commands, common, credits, history, input, jobs, models, moderation, operators, results, settings, sora };
