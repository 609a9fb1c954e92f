import type { Messages } from '../../en-US/index.ts';

/** `/moderation` as Discord shows it: subcommand and option names in French. */
export default {
  name: 'moderation',
  description: 'Les règles de ce serveur pour le bot vidéo : mots, AutoMod, membres bloqués, salons, journal',
  options: {
    words: {
      name: 'mots',
      description: 'Mots interdits dans les prompts (syntaxe AutoMod : mot, *mot, mot*, *mot*) ; sans option : liste',
      options: {
        add: { name: 'ajouter', description: 'Mots ou motifs à bloquer, séparés par des virgules, ex. *chat*, gore' },
        remove: { name: 'retirer', description: 'Mots ou motifs à débloquer, séparés par des virgules' },
        list: { name: 'liste', description: 'Affiche la liste (comme sans option)' },
      },
    },
    automod: {
      name: 'automod',
      description: 'Applique aussi aux prompts les règles de mots-clés AutoMod du serveur ; sans option : les affiche',
      options: {
        automod: { name: 'automod', description: 'activé ou désactivé', choices: { on: 'activé', off: 'désactivé' } },
      },
    },
    block: {
      name: 'bloquer',
      description: 'Interdit le bot à un membre sur ce serveur',
      options: {
        member: { name: 'membre', description: 'Qui' },
        reason: { name: 'raison', description: 'Pourquoi (affiché dans /moderation bloqués)' },
      },
    },
    unblock: {
      name: 'débloquer',
      description: 'Rend le bot à un membre bloqué',
      options: { member: { name: 'membre', description: 'Qui' } },
    },
    blocked: { name: 'bloqués', description: 'Les membres privés du bot sur ce serveur' },
    channels: {
      name: 'salons',
      description: 'Où /sora, Relancer et Remix sont utilisables ; sans option : les affiche',
      options: {
        allow: { name: 'autoriser', description: 'Salons séparés par des virgules, ex. #vidéos, #art' },
        all: { name: 'tous', description: 'Autorise de nouveau tous les salons' },
      },
    },
    log: {
      name: 'journal',
      description: 'Publie chaque vidéo et chaque prompt refusé dans un salon à surveiller ; sans option : l’affiche',
      options: {
        channel: { name: 'salon', description: 'Le salon du journal de modération' },
        off: { name: 'désactiver', description: 'Arrête le journal de modération' },
      },
    },
    status: { name: 'état', description: 'Ce qui est actif : mots, AutoMod, membres bloqués, salons, journal' },
  },
} satisfies Messages['commands']['moderation'];
