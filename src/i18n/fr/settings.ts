import type { Messages } from '../en-US/index.ts';

/** `/settings` answers (private, the member's language). */
export default {
  serverOnly: 'Les paramètres appartiennent à un serveur. Utilise `/settings` dans un serveur.',
  manageServer: 'Seuls les membres ayant la permission **Gérer le serveur** peuvent modifier les paramètres de ce serveur.',
  unknown: 'Paramètres inconnus : {{name}}.',
  models: {
    unavailable: 'Les paramètres de modèles par serveur ne sont pas disponibles sur ce bot.',
    current: 'Paramètres de modèles de ce serveur :',
    saved: 'Enregistré. Paramètres de modèles de ce serveur :',
    allowed: '**Autorisés :** {{list}}',
    allowedAll: 'tous les modèles proposés par le bot ({{list}})',
    default: '**Par défaut :** `{{model}}`{{operator}}',
    operatorDefault: ' (celui du bot)',
    hint: 'Modifie-les avec `/settings modèles autorisés:` (liste de {{models}} séparés par des virgules, ou `all`) et `par_défaut:` (un modèle autorisé, ou `operator`).',
    /** The `par_défaut:` suggestion that goes back to the bot's default. */
    operatorChoice: 'operator — le modèle par défaut du bot',
  },
  language: {
    notOffered: '`{{value}}` ne fait pas partie des langues proposées.',
    current: 'Les messages publics de ce serveur (réponses vidéo, annonces de défis) sont en **{{language}}**{{how}}.',
    auto: ' (automatique : la langue de ce serveur sur Discord)',
    chosen: ' (choisie avec `/settings langue`)',
    saved: 'Enregistré. Les messages publics de ce serveur sont désormais en **{{language}}**{{how}}.',
    hint: 'Modifie-la avec `/settings langue langue:` (`automatique` suit Discord). Les réponses privées suivent toujours la langue Discord de chaque membre.',
  },
} satisfies Messages['settings'];
