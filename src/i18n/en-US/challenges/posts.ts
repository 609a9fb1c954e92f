/**
 * A challenge's public posts, in the challenge's language (the server's when it started): the
 * announcement, entries and their Vote buttons, the results with the winner role's note, and the
 * Submit to challenge button on a delivered video (in the video's language).
 */
export default {
  announcement: {
    head: '🏆 **Challenge #{{number}}: {{title}}**',
    entries_one: '• Enter up to {{count}} of your own videos made with `/sora` in this server after now.',
    entries_other: '• Enter up to {{count}} of your own videos made with `/sora` in this server after now.',
    votingAnyone: '• Voting: any member; one vote per member per entry; not for your own entry.',
    votingMembersBeforeStart: '• Voting: members who joined before the start; one vote per member per entry; not for your own entry.',
    budget: "• `/sora` in <#{{channelId}}> is paid from this challenge's budget of {{budget}} credits first, then from the server's credits.",
    winnerRole: '• The winner gets <@&{{roleId}}>.',
    ends: 'Ends {{relative}} ({{date}}).',
    howToEnter: 'To enter: press **{{button}}** on your finished video, or use `/challenge submit challenge:{{number}}`.',
  },
  entry: {
    head: '🎬 Entry by <@{{memberId}}> to **#{{number}} {{title}}**',
    model: 'Model: {{model}}',
    overLimit: "The video is over this channel's upload limit: <{{url}}>",
  },
  vote: 'Vote · {{votes}}',
  submitButton: 'Submit to challenge',
  results: {
    head: '🏁 **Challenge #{{number}}: {{title}}: results**',
    line_one: '{{rank}}. <@{{memberId}}> · {{votes}} vote{{link}}',
    line_other: '{{rank}}. <@{{memberId}}> · {{votes}} votes{{link}}',
    entryLink: ' · [entry]({{url}})',
    none: 'No entries.',
    more_one: '… and {{n}} more entry',
    more_other: '… and {{n}} more entries',
    congratulations: 'Congratulations {{winners}}!',
  },
  cancelled: 'Challenge #{{number}}: {{title}} was cancelled.',
  /** Under the results: what became of the winner role. */
  role: {
    given: 'The winner got <@&{{roleId}}>.',
    notGiven: 'I could not give <@&{{roleId}}> to the winner: I need the Manage Roles permission and a role above it. An admin can give it by hand.',
    nowManaged: 'I did not give <@&{{roleId}}>: it is managed by an integration. An admin can give a role by hand.',
    nowGrants: 'I did not give <@&{{roleId}}>: it now grants {{grants}}. An admin can give a role by hand.',
    /** Why the role was given, in the server's audit log. */
    auditReason: 'Challenge winner',
  },
  /** Discord's names of the permissions a winner role must not grant. */
  permission: {
    administrator: 'Administrator',
    manageGuild: 'Manage Server',
    manageRoles: 'Manage Roles',
    manageChannels: 'Manage Channels',
    banMembers: 'Ban Members',
    kickMembers: 'Kick Members',
    manageMessages: 'Manage Messages',
    mentionEveryone: 'Mention @everyone',
    manageWebhooks: 'Manage Webhooks',
  },
  /** A list of names or challenges, one pair at a time: "a, b, c". */
  list: '{{first}}, {{rest}}',
} as const;
