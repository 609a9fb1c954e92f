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

/*
 * Spanish (es-ES), also served to es-419: "tú", Spain spelling ("vídeo"), wording that reads
 * naturally on both sides of the Atlantic where it costs nothing ("vuelve a intentarlo", "¡Felicidades!").
 *
 * Glossary (keep these the same everywhere):
 *   credits → créditos · pool → fondo (del servidor) · balance → saldo
 *   challenge → reto · entry → participación; to enter/submit → presentar · vote → voto / votar
 *   model → modelo · hold / held → reservar / reservado · refund → devolver / devuelto
 *   job → trabajo · server → servidor · member → miembro · prompt → prompt
 *   daily cap / limit → límite diario · allowance (operator's recurring grant) → asignación
 *   threshold → umbral · ceiling → techo · review log → registro de revisión · admin → admin
 *   buttons: Again → Repetir · Remix → Remix · Delete → Eliminar · Cancel → Cancelar
 *   Discord's permission names as Discord's Spanish interface says them (Gestionar servidor, …).
 *
 * Subcommand and option names are localized (commands/*.ts); every message that names one uses
 * that Spanish name (`/challenge presentar reto:3`). Values members type (`90s`, `all`, `operator`,
 * `portrait` in the Remix form) stay in English.
 */
export const es: Messages = { balance, challenges, commands, common, credits, history, input, jobs, models, moderation, operators, results, settings, sora };
