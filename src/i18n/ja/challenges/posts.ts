import type { Messages } from '../../en-US/index.ts';

/**
 * A challenge's public posts, in the challenge's language (the server's when it started): the
 * announcement, entries and their Vote buttons, the results with the winner role's note, and the
 * Submit to challenge button on a delivered video (in the video's language).
 */
export default {
  announcement: {
    head: '🏆 **チャレンジ #{{number}}：{{title}}**',
    entries_one: '• これからこのサーバーで `/sora` で作る自分の動画を、{{count}}本まで応募できます。',
    entries_other: '• これからこのサーバーで `/sora` で作る自分の動画を、{{count}}本まで応募できます。',
    votingAnyone: '• 投票：どのメンバーでも可。1つの応募作品に1人1票。自分の作品には投票できません。',
    votingMembersBeforeStart: '• 投票：開始前から参加しているメンバーのみ。1つの応募作品に1人1票。自分の作品には投票できません。',
    budget: '• <#{{channelId}}> での `/sora` は、まずこのチャレンジの予算{{budget}}クレジットから、その後サーバーのクレジットから支払われます。',
    winnerRole: '• 優勝者には<@&{{roleId}}>が付与されます。',
    ends: '終了：{{relative}}（{{date}}）',
    howToEnter: '応募方法：完成した動画の **{{button}}** を押すか、`/challenge 応募 チャレンジ:{{number}}` を使ってください。',
  },
  entry: {
    head: '🎬 <@{{memberId}}>さんの応募作品：**#{{number}} {{title}}**',
    model: 'モデル：{{model}}',
    overLimit: '動画がこのチャンネルのアップロード上限を超えています：<{{url}}>',
  },
  vote: '投票 · {{votes}}',
  submitButton: 'チャレンジに応募',
  results: {
    head: '🏁 **チャレンジ #{{number}}：{{title}}：結果**',
    line_one: '{{rank}}. <@{{memberId}}> · {{votes}}票{{link}}',
    line_other: '{{rank}}. <@{{memberId}}> · {{votes}}票{{link}}',
    entryLink: ' · [応募作品]({{url}})',
    none: '応募はありませんでした。',
    more_one: '…ほか{{n}}件の応募作品',
    more_other: '…ほか{{n}}件の応募作品',
    congratulations: '{{winners}}さん、おめでとうございます！',
  },
  cancelled: 'チャレンジ #{{number}}：{{title}} は中止されました。',
  /** Under the results: what became of the winner role. */
  role: {
    given: '優勝者に<@&{{roleId}}>を付与しました。',
    notGiven: '優勝者に<@&{{roleId}}>を付与できませんでした。「ロールの管理」権限と、そのロールより上位のロールが必要です。管理者が手動で付与できます。',
    nowManaged: '<@&{{roleId}}>は連携サービスが管理しているため、付与しませんでした。管理者が手動でロールを付与できます。',
    nowGrants: '<@&{{roleId}}>は現在{{grants}}の権限を持っているため、付与しませんでした。管理者が手動でロールを付与できます。',
    /** Why the role was given, in the server's audit log. */
    auditReason: 'チャレンジの優勝者',
  },
  /** Discord's names of the permissions a winner role must not grant (as Discord's Japanese UI writes them, in 「」 since they only appear in lists). */
  permission: {
    administrator: '「管理者」',
    manageGuild: '「サーバー管理」',
    manageRoles: '「ロールの管理」',
    manageChannels: '「チャンネルの管理」',
    banMembers: '「メンバーをBAN」',
    kickMembers: '「メンバーをキック」',
    manageMessages: '「メッセージの管理」',
    mentionEveryone: '「@everyone、@here、全てのロールにメンション」',
    manageWebhooks: '「ウェブフックの管理」',
  },
  /** A list of names or challenges, one pair at a time: "a、b、c". */
  list: '{{first}}、{{rest}}',
} satisfies Messages['challenges']['posts'];
