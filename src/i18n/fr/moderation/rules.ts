import type { Messages } from '../../en-US/index.ts';

/** What the server's rules say to members: refusals naming the rule, the gates, and why a pattern cannot be used. */
export default {
  // Every subject is masculine (prompt, titre, thème): « je ne l’ai donc pas utilisé ».
  refused: '{{subject}} correspond à {{rule}}, je ne l’ai donc pas utilisé. Rien n’a été facturé ; modifie la formulation et réessaie.',
  subject: { prompt: 'Ton prompt', title: 'Le titre du défi', theme: 'Le thème du défi' },
  word: 'le mot interdit du serveur {{pattern}}',
  automodKeyword: 'la règle AutoMod du serveur « {{rule}} » (mot-clé {{pattern}})',
  automodRegex: 'la règle AutoMod du serveur « {{rule}} » (regex {{pattern}})',
  /** An AutoMod rule Discord sent without a name. */
  unnamed: 'Règle AutoMod',
  blocked: 'Tu ne peux pas utiliser ce bot sur ce serveur.',
  channels: 'Sur ce serveur, les vidéos ne peuvent être créées que dans {{where}}{{challenges}}. Essaie là-bas.',
  challengeChannels: ' (et dans {{channels}} pour les défis en cours)',
  tooLong: 'Ce texte est trop long pour être vérifié (plus de {{max, number}} caractères).',
  wordsLimit: 'Un serveur peut garder jusqu’à {{max, number}} mots ; celui-ci en a {{n, number}}. Retires-en d’abord.',
  blockedLimit: 'Un serveur peut priver du bot jusqu’à {{max, number}} membres. Débloques-en d’abord.',
  /** Why a word, or an AutoMod keyword or regex, cannot be used (after "Non retenu : `x` :" and in the AutoMod list). */
  reason: {
    wordTooLong: 'il dépasse {{max}} caractères',
    starInside: 'un `*` ne peut se trouver qu’au début ou à la fin',
    noLetters: 'il ne contient ni lettre ni chiffre',
    regexTooLong: 'il dépasse les {{max}} caractères autorisés par Discord',
    verbose: 'il utilise le mode verbeux `(?x)`, que le moteur en temps linéaire ne prend pas en charge',
    flag: 'il utilise le drapeau `{{flag}}`, que le moteur en temps linéaire ne prend pas en charge',
    wordBoundary: 'il utilise l’assertion de limite de mot `{{assertion}}`, que le moteur en temps linéaire ne prend pas en charge',
    wordBoundaryBraces: 'il utilise une assertion de limite de mot `\\b{…}`, que le moteur en temps linéaire ne prend pas en charge',
    classNotClosed: 'une classe `[:` n’est pas fermée',
    nestedClass: 'il imbrique une classe de caractères dans une autre, ce que le moteur en temps linéaire ne prend pas en charge',
    setOperation: 'il utilise l’opération ensembliste `{{operation}}` sur les classes de caractères, que le moteur en temps linéaire ne prend pas en charge',
    engineRefuses: 'le moteur en temps linéaire le refuse ({{detail}})',
    doesNotCompile: 'il ne compile pas',
    matchesEmpty: 'il correspond au texte vide, il refuserait donc tous les prompts',
  },
  /** Why AutoMod's rules could not be read again (shown in `/moderation automod` and `état`). */
  problem: {
    noAccess: 'Je ne peux plus lire les règles AutoMod (il me faut Gérer le serveur) ; les dernières règles lues s’appliquent toujours',
    rereadFailed: 'La dernière relecture des règles AutoMod a échoué ; les dernières règles lues s’appliquent toujours',
  },
} satisfies Messages['moderation']['rules'];
