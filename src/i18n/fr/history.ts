import type { Messages } from '../en-US/index.ts';

/** `/jobs` and its page buttons: a member's videos, one brought back, a queued one cancelled (private, the member's language). */
export default {
  // A job's state, said of the video (feminine: « la vidéo »).
  state: {
    queued: 'en file d’attente',
    creating: 'envoi à Kie',
    running: 'génération chez Kie',
    delivering: 'finalisation',
    delivered: 'livrée',
    failed: 'échouée',
    cancelled: 'annulée',
  },
  cost: {
    paid: '{{price}} crédits',
    refunded: '0 crédit ({{price}} remboursés)',
    held: '{{price}} crédits réservés',
  },
  list: {
    mine: 'Tes vidéos récentes',
    member: 'Vidéos récentes d’un membre',
    empty: 'Aucune vidéo pour l’instant. Crées-en une avec `/sora`.',
    message: '[message]({{link}})',
    footer: 'Page {{page}} sur {{pages}} · /jobs voir id:… fait revenir une vidéo · /jobs annuler id:… arrête une vidéo en attente',
    previous: 'Précédent',
    next: 'Suivant',
  },
  /** A suggestion for the `id:` option: short id, state, model, the start of the prompt. */
  choice: '{{id}} · {{state}} · {{model}} · {{prompt}}',
  detail: {
    job: 'Tâche',
    state: 'État',
    cost: 'Coût',
    madeBy: 'Créée par',
    started: 'Début',
    finished: 'Fin',
    message: 'Message',
    jump: '[y aller]({{link}})',
    whyFailed: 'Cause de l’échec',
  },
  show: {
    again: 'Voici de nouveau la vidéo.',
    link: 'La vidéo est trop lourde pour t’être envoyée ici, voici donc un lien de téléchargement (il expire, enregistre-la maintenant) :\n<{{url}}>',
    gone: 'Le fichier vidéo n’existe plus : le service vidéo ne le conserve plus.{{where}}',
    stillThere: ' Le message du résultat est toujours là : {{link}}',
    deletedToo: ' Son message de résultat a aussi été supprimé.',
  },
  cancel: {
    cancelled: 'Tâche {{id}} annulée avant son envoi au service vidéo. Ses {{refunded}} crédits sont revenus sur le solde du serveur, et sa réponse l’indique.',
    atKie: 'La tâche {{id}} ne peut pas être annulée : elle est déjà chez le service vidéo (Kie.ai), qui ne peut plus arrêter une tâche une fois reçue. Elle se terminera et sera facturée, ou échouera et sera remboursée.',
    finished: 'La tâche {{id}} est déjà terminée ({{how}}) ; il n’y a rien à annuler.',
    delivered: 'livrée',
    failed: 'échouée, et remboursée',
    gone: 'Cette tâche n’existe plus.',
  },
  find: {
    notId: '`{{typed}}` n’est pas un id de tâche. Un id de tâche ressemble à `k3x9ab` ; choisis-en un dans la liste, ou consulte `/jobs liste`.',
    ambiguous: 'Plusieurs tâches commencent par `{{typed}}`. Tape quelques caractères de plus de l’id.',
    notInServer: 'Aucune tâche de ce serveur n’a l’id `{{typed}}`. Consulte `/jobs liste` pour tes tâches récentes.',
    notYours: 'Aucune de tes tâches sur ce serveur n’a l’id `{{typed}}`. Consulte `/jobs liste` pour tes tâches récentes.',
  },
  serverOnly: '`/jobs` fonctionne dans un serveur.',
  othersAdminOnly: 'Seuls les admins (Gérer le serveur) peuvent voir les vidéos des autres membres.',
  othersHint: 'Seuls les admins (Gérer le serveur) peuvent voir les vidéos des autres membres. `/jobs liste` sans `membre` affiche les tiennes.',
  unknownSubcommand: 'Sous-commande `/jobs` inconnue.',
} satisfies Messages['history'];
