import type { Messages } from '../en-US/index.ts';

/** Video models: why a request does not fit a model, a server's model choices, `/models` and the `modèle:` suggestions (private). */
export default {
  refuse: {
    unknown: 'Le modèle « {{model}} » n’est pas disponible ici. Disponibles : {{available}}.',
    none: 'aucun',
    imageRequired: '{{model}} crée des vidéos uniquement à partir d’une image : joins-en une avec image: (elle devient la première image){{others}}.',
    textModels: ', ou choisis un modèle qui fonctionne à partir du texte seul, comme {{models}}',
    duration: '{{model}} crée des vidéos de {{durations}} secondes, pas de {{duration}}.',
    aspect: '{{model}} accepte les formats {{aspects}}, pas {{aspect}}.',
    qualityOne: '{{model}} n’a qu’une seule qualité ; n’indique pas qualité: (ou choisis un modèle qui propose « haute », comme {{models}}).',
    noneHere: 'aucun ici',
    qualityOffers: '{{model}} propose les qualités {{qualities}}.',
    promptLength: 'Ton prompt fait {{length}} caractères ; {{model}} en accepte {{max}} au maximum.',
    qualityDurations: '{{model}} ne crée des vidéos en qualité {{quality}} qu’en {{durations}} secondes, pas en {{duration}}.',
    noPrice: '{{model}} n’a pas de prix pour la qualité {{quality}} en {{duration}} s ; demande à l’opérateur du bot.',
  },
  server: {
    notAllowed: 'Ce serveur n’autorise que ces modèles : {{models}}. Choisis-en un avec `modèle:` (`/models` les affiche).',
    unknownDefault: '`{{model}}` n’est pas un modèle proposé par le bot. Modèles activés : {{models}}.',
    defaultOutside: 'Le modèle par défaut `{{model}}` doit faire partie des modèles autorisés sur ce serveur : {{models}}.',
    unknownAllowed_one: '{{unknown}} n’est pas un modèle proposé par le bot. Utilise une liste séparée par des virgules parmi : {{models}} — ou `all`.',
    unknownAllowed_other: '{{unknown}} ne sont pas des modèles proposés par le bot. Utilise une liste séparée par des virgules parmi : {{models}} — ou `all`.',
  },
  view: {
    header: 'Modèles vidéo ici{{chosen}} (choisis-en un avec `/sora modèle:` ; par défaut `{{model}}`{{serverDefault}}) :',
    chosen: ', choisis par ce serveur',
    serverDefault: ', défini par ce serveur',
    state: {
      live: 'actif',
      // {{since}} and {{when}} are relative times (« il y a 3 jours », « dans 5 minutes »).
      paused: '**mis en pause** par Kie {{since}}{{retry}}',
      retry: ', nouvel essai {{when}}',
      failing_one: '**en échec** ({{count}} erreur ces dernières minutes)',
      failing_other: '**en échec** ({{count}} erreurs ces dernières minutes)',
      unknown: 'pas encore essayé',
    },
    lengthsRange: '{{first}}–{{last}} s',
    lengths: '{{lengths}} s',
    quality: '{{quality}} {{label}}',
    price: '{{price}} crédits',
    priceRange: '{{min}}–{{max}} crédits',
    imageRequired: 'image requise',
    textOrImage: 'texte ou image',
  },
  /** One line for `/models`: what each family is good at. */
  goodAt: {
    sora2: 'scènes réalistes avec son synchronisé (mis en pause par Kie en 2026)',
    sora2Pro: 'Sora en 1080p, le plus soigné des deux Sora (en pause comme Sora 2)',
    kling3: 'mouvements fluides et personnages, avec le son',
    grokImagine: 'brouillons rapides et pas chers, clips ludiques',
    seedance2: 'plans cinématographiques avec audio natif, de toutes durées',
    seedance2Fast: 'Seedance moins cher et plus rapide, pour les brouillons',
    wan26: 'clips narratifs plus longs en 16:9, à la physique réaliste',
    hailuo23: 'donner vie à une image fixe',
    veo31: 'le modèle de Google : vidéo réaliste avec dialogues et son',
  },
  /** A suggestion for the `modèle:` option as a member types. */
  choice: '{{id}} — {{label}}, dès {{price}} crédits{{paused}}',
  choicePaused: ' (en pause)',
} satisfies Messages['models'];
