import type { Messages } from '../en-US/index.ts';

/** `/balance` (and `/credits solde`): what a member may know about the pool (private, the member's language). */
export default {
  serverOnly: 'Les crédits appartiennent à un serveur. Utilise `/balance` dans un serveur.',
  server: '**Solde du serveur :** {{balance}} crédits{{held}}',
  held: ' (+ {{held}} réservés pour des vidéos en cours)',
  you: '**Toi aujourd’hui :** {{used}} crédits utilisés{{cap}}',
  noCap: ', pas de limite quotidienne',
  cap: ', il t’en reste {{left}} sur {{limit}} (renouvelé à 00:00 UTC)',
  models: '**Modèles ici :** {{models}}{{chosen}} ; par défaut `{{model}}`{{serverDefault}}',
  chosen: ' (choisis par ce serveur)',
  serverDefault: ' (défini par ce serveur)',
  cheapest: 'Vidéo la moins chère ici : {{model}} à {{price}} crédits.',
} satisfies Messages['balance'];
