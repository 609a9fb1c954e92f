/*
 * French (fr). Written as a French-speaking Discord bot speaks: "tu" (as Discord's own French
 * interface addresses members), short and plain; imperatives for what to do ("Réessaie", "Choisis").
 * French typography: a space before : ; ? ! and %, « » only where English quotes prose (never
 * around code, ids or typed values), typographic apostrophe ’.
 *
 * Glossary (keep these consistent):
 *   credits → crédits                       pool → cagnotte (du serveur)
 *   balance → solde                         challenge → défi (« Défi #3 »)
 *   entry → participation (to enter / submit → inscrire, participer; Submit to challenge → Participer au défi)
 *   vote → vote / voter                     model → modèle
 *   hold / held → réserver / réservé        refund / refunded → rembourser / remboursé
 *   job → tâche (the footer "tâche k3x9ab", "id de tâche")
 *   budget → budget (a challenge's: "le budget du défi #3")
 *   allowance (operator's recurring grant) → dotation (quotidienne, hebdomadaire, mensuelle)
 *   daily cap / limit → limite quotidienne  ceiling → plafond        threshold → seuil
 *   review log → journal de modération      role → rôle              channel → salon (Discord's word)
 *   server → serveur · member → membre · admin → admin · operator → opérateur · prompt → prompt
 *   queue → file d’attente · DM → MP · "You were not charged" → "Rien ne t’a été facturé"
 *   buttons: Again → Relancer · Remix → Remix · Delete → Supprimer · Cancel → Annuler
 *   Permissions as Discord's French interface names them: Administrateur, Gérer le serveur,
 *   Gérer les rôles, Gérer les salons, Gérer les messages, Gérer les webhooks, Bannir des membres,
 *   Expulser des membres, Mentionner @everyone, Voir le salon, Envoyer des messages, Joindre des fichiers.
 *
 * Subcommand and option names are localized (see commands/); messages that name them use the
 * French names (`/credits ajouter`, `/jobs liste`, `/challenge participer défi:`, `/sora modèle:`).
 * Values members type as free text stay English (`all`, `operator`, `90s`, `3d`, `1w`, and the Remix
 * form's `portrait`/`landscape`/`square`); values picked from a list are named as the list shows
 * them (`automod:activé`, `automatique`, « tout le monde »).
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

export const fr: Messages = { balance, challenges, commands, common, credits, history, input, jobs, models, moderation, operators, results, settings, sora };
