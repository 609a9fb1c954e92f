import type { Messages } from '../../en-US/index.ts';

/**
 * A challenge's public posts, in the challenge's language (the server's when it started): the
 * announcement, entries and their Vote buttons, the results with the winner role's note, and the
 * Submit to challenge button on a delivered video (in the video's language).
 */
export default {
  announcement: {
    head: '🏆 **Challenge #{{number}}: {{title}}**',
    entries_one: '• Reiche bis zu {{count}} eigenes Video ein, das du ab jetzt auf diesem Server mit `/sora` erstellst.',
    entries_other: '• Reiche bis zu {{count}} eigene Videos ein, die du ab jetzt auf diesem Server mit `/sora` erstellst.',
    votingAnyone: '• Abstimmen: alle Mitglieder; eine Stimme pro Mitglied und Beitrag; nicht für den eigenen Beitrag.',
    votingMembersBeforeStart: '• Abstimmen: Mitglieder, die vor dem Start beigetreten sind; eine Stimme pro Mitglied und Beitrag; nicht für den eigenen Beitrag.',
    budget: '• `/sora` in <#{{channelId}}> wird zuerst aus dem Budget dieser Challenge von {{budget}} Credits bezahlt, danach aus den Credits des Servers.',
    winnerRole: '• Der Gewinner bekommt <@&{{roleId}}>.',
    ends: 'Endet {{relative}} ({{date}}).',
    howToEnter: 'So machst du mit: Drück **{{button}}** unter deinem fertigen Video oder nutze `/challenge einreichen challenge:{{number}}`.',
  },
  entry: {
    head: '🎬 Beitrag von <@{{memberId}}> zu **#{{number}} {{title}}**',
    model: 'Modell: {{model}}',
    overLimit: 'Das Video überschreitet das Upload-Limit dieses Kanals: <{{url}}>',
  },
  vote: 'Abstimmen · {{votes}}',
  submitButton: 'Bei Challenge einreichen',
  results: {
    head: '🏁 **Challenge #{{number}}: {{title}}: Ergebnisse**',
    line_one: '{{rank}}. <@{{memberId}}> · {{votes}} Stimme{{link}}',
    line_other: '{{rank}}. <@{{memberId}}> · {{votes}} Stimmen{{link}}',
    entryLink: ' · [Beitrag]({{url}})',
    none: 'Keine Beiträge.',
    more_one: '… und {{n}} weiterer Beitrag',
    more_other: '… und {{n}} weitere Beiträge',
    congratulations: 'Glückwunsch, {{winners}}!',
  },
  cancelled: 'Challenge #{{number}}: {{title}} wurde abgebrochen.',
  /** Under the results: what became of the winner role. */
  role: {
    given: 'Der Gewinner hat <@&{{roleId}}> bekommen.',
    notGiven: 'Ich konnte dem Gewinner <@&{{roleId}}> nicht geben: Dafür brauche ich die Berechtigung „Rollen verwalten“ und eine eigene Rolle, die über ihr steht. Ein Admin kann sie von Hand vergeben.',
    nowManaged: 'Ich habe <@&{{roleId}}> nicht vergeben: Sie wird von einer Integration verwaltet. Ein Admin kann eine Rolle von Hand vergeben.',
    nowGrants: 'Ich habe <@&{{roleId}}> nicht vergeben: Sie gewährt inzwischen diese Rechte: {{grants}}. Ein Admin kann eine Rolle von Hand vergeben.',
    /** Why the role was given, in the server's audit log. */
    auditReason: 'Gewinner der Challenge',
  },
  /** Discord's names of the permissions a winner role must not grant. */
  permission: {
    administrator: 'Administrator',
    manageGuild: 'Server verwalten',
    manageRoles: 'Rollen verwalten',
    manageChannels: 'Kanäle verwalten',
    banMembers: 'Mitglieder bannen',
    kickMembers: 'Mitglieder kicken',
    manageMessages: 'Nachrichten verwalten',
    mentionEveryone: '@everyone, @here und alle Rollen erwähnen',
    manageWebhooks: 'WebHooks verwalten',
  },
  /** A list of names or challenges, one pair at a time: "a, b, c". */
  list: '{{first}}, {{rest}}',
} satisfies Messages['challenges']['posts'];
