import type { Messages } from '../../en-US/index.ts';

/** `/settings` as Discord shows it: the typed values `all` and `operator` stay English. */
export default {
  name: 'settings',
  description: 'Les paramètres de ce serveur pour le bot vidéo (Gérer le serveur)',
  options: {
    models: {
      name: 'modèles',
      description: 'Les modèles autorisés ici et celui par défaut ; sans option : les affiche',
      options: {
        allowed: { name: 'autorisés', description: 'Ids de modèles séparés par des virgules, dans ton ordre (voir /models), ou "all"' },
        default: { name: 'par_défaut', description: 'Le modèle utilisé si un membre omet modèle: ("operator" = celui du bot)' },
      },
    },
    language: {
      name: 'langue',
      description: 'La langue des messages publics de ce serveur ; sans option : l’affiche',
      options: {
        language: {
          name: 'langue',
          description: '« automatique » suit la langue du serveur sur Discord',
          choices: { auto: 'automatique', 'en-US': 'English', de: 'Deutsch', fr: 'Français', 'es-ES': 'Español', 'pt-BR': 'Português (Brasil)', ja: '日本語' },
        },
      },
    },
  },
} satisfies Messages['commands']['settings'];
