import type { Messages } from '../../en-US/index.ts';

/**
 * A challenge's public posts, in the challenge's language (the server's when it started): the
 * announcement, entries and their Vote buttons, the results with the winner role's note, and the
 * Submit to challenge button on a delivered video (in the video's language).
 */
export default {
  announcement: {
    head: '🏆 **Défi #{{number}} : {{title}}**',
    entries_one: '• Tu peux inscrire {{count}} seule vidéo, créée par toi avec `/sora` sur ce serveur à partir de maintenant.',
    entries_other: '• Tu peux inscrire jusqu’à {{count}} de tes propres vidéos, créées avec `/sora` sur ce serveur à partir de maintenant.',
    votingAnyone: '• Vote : ouvert à tous les membres ; un vote par membre et par participation ; pas de vote pour sa propre participation.',
    votingMembersBeforeStart: '• Vote : membres arrivés avant le début ; un vote par membre et par participation ; pas de vote pour sa propre participation.',
    budget: '• `/sora` dans <#{{channelId}}> est payé d’abord avec le budget de ce défi ({{budget}} crédits), puis avec les crédits du serveur.',
    winnerRole: '• Le gagnant reçoit <@&{{roleId}}>.',
    ends: 'Fin {{relative}} ({{date}}).',
    howToEnter: 'Pour participer : appuie sur **{{button}}** sous ta vidéo terminée, ou utilise `/challenge participer défi:{{number}}`.',
  },
  entry: {
    head: '🎬 Participation de <@{{memberId}}> au défi **#{{number}} {{title}}**',
    model: 'Modèle : {{model}}',
    overLimit: 'La vidéo dépasse la limite d’envoi de ce salon : <{{url}}>',
  },
  vote: 'Voter · {{votes}}',
  submitButton: 'Participer au défi',
  results: {
    head: '🏁 **Défi #{{number}} : {{title}} — résultats**',
    line_one: '{{rank}}. <@{{memberId}}> · {{votes}} vote{{link}}',
    line_other: '{{rank}}. <@{{memberId}}> · {{votes}} votes{{link}}',
    entryLink: ' · [participation]({{url}})',
    none: 'Aucune participation.',
    more_one: '… et {{n}} autre participation',
    more_other: '… et {{n}} autres participations',
    congratulations: 'Félicitations à {{winners}} !',
  },
  cancelled: 'Le défi #{{number}} ({{title}}) a été annulé.',
  /** Under the results: what became of the winner role. */
  role: {
    given: 'Le gagnant a reçu <@&{{roleId}}>.',
    notGiven: 'Je n’ai pas pu donner <@&{{roleId}}> au gagnant : il me faut la permission Gérer les rôles et un rôle placé au-dessus de lui. Un admin peut le donner à la main.',
    nowManaged: 'Je n’ai pas donné <@&{{roleId}}> : il est géré par une intégration. Un admin peut donner un rôle à la main.',
    nowGrants: 'Je n’ai pas donné <@&{{roleId}}> : il accorde désormais {{grants}}. Un admin peut donner un rôle à la main.',
    /** Why the role was given, in the server's audit log. */
    auditReason: 'Gagnant du défi',
  },
  /** Discord's names of the permissions a winner role must not grant (as Discord's French interface writes them). */
  permission: {
    administrator: 'Administrateur',
    manageGuild: 'Gérer le serveur',
    manageRoles: 'Gérer les rôles',
    manageChannels: 'Gérer les salons',
    banMembers: 'Bannir des membres',
    kickMembers: 'Expulser des membres',
    manageMessages: 'Gérer les messages',
    mentionEveryone: 'Mentionner @everyone',
    manageWebhooks: 'Gérer les webhooks',
  },
  /** A list of names or challenges, one pair at a time: "a, b, c". */
  list: '{{first}}, {{rest}}',
} satisfies Messages['challenges']['posts'];
