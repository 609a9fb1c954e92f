/*
 * German (de). Written as a German Discord bot speaks: "du" (Discord's own tone), short, plain,
 * no bureaucratic German. Anglicisms German Discord users say anyway stay (Credits, Challenge,
 * Prompt, Button, Remix, posten); German typography: „…“ around prose, `code` as is, "z. B.".
 *
 * Glossary (keep these consistent):
 *   credits → Credits (ein Credit)          pool → Server-Guthaben / Guthaben des Servers
 *   balance → Guthaben                       challenge → Challenge (die Challenge)
 *   entry → Beitrag (to enter/submit → einreichen; Submit to challenge → Bei Challenge einreichen)
 *   vote → Stimme / abstimmen (button: Abstimmen)   model → Modell
 *   hold / held → reservieren / reserviert   refund / refunded → erstatten / erstattet
 *   job → Auftrag (footer "Auftrag k3x9ab", "Auftrags-ID")
 *   budget → Budget ("Budget für Challenge #3")
 *   allowance (operator's recurring grant) → Kontingent; a member's daily credits → Tageslimit
 *   daily limit / cap → Tageslimit           threshold → Schwellenwert
 *   ceiling → (Tages-)Obergrenze             review log → Prüfprotokoll
 *   role → Rolle                             operator → Betreiber (des Bots)
 *   first frame → Startbild                  portrait/landscape/square → Hochformat/Querformat/Quadrat
 *   Again / Remix / Delete / Cancel → Nochmal / Remix / Löschen / Abbrechen
 *   "You were not charged" → "Dir wurde nichts berechnet."
 *   Permissions as Discord's German UI names them, in „…“ inside sentences: Server verwalten,
 *   Nachrichten verwalten, Rollen verwalten, Kanäle verwalten, Mitglieder bannen, Mitglieder kicken,
 *   WebHooks verwalten, @everyone, @here und alle Rollen erwähnen, Kanal ansehen,
 *   Nachrichten senden, Dateien anhängen.
 *
 * Subcommand and option names are localized (see commands/); messages that name them use the
 * German names (`/credits gutschreiben`, `/jobs liste`, `/challenge einreichen challenge:`,
 * `/sora modell:`). Values members type as free text stay English (`all`, `operator`, `90s`, the
 * Remix form's `portrait`/`landscape`/`square`, `True`); values picked from a list are named as
 * the list shows them (`automod:an`, `automatisch`, Hochformat, Standard/Hoch).
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

export const de: Messages = { balance, challenges, commands, common, credits, history, input, jobs, models, moderation, operators, results, settings, sora };
