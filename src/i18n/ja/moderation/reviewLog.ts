import type { Messages } from '../../en-US/index.ts';

/**
 * The review log channel's posts and their buttons (public: the server's language), and the private
 * answers to those buttons (the moderator's language).
 */
export default {
  hello: '📋 このチャンネルは動画Botの確認ログになりました。このサーバーで作られたすべての動画と拒否されたプロンプトがここに投稿され、モデレーター（「メッセージの管理」権限）は**動画を削除**と**メンバーをブロック**を使えます。',
  removeVideo: '動画を削除',
  blockMember: 'メンバーをブロック',
  delivered: '✅ **動画完成** · ジョブ `{{short}}`（`{{id}}`）',
  failed: '❌ **動画失敗** · ジョブ `{{short}}`（`{{id}}`）',
  facts: '**メンバー：**<@{{memberId}}> · **チャンネル：**<#{{channelId}}> · **モデル：**{{model}} · **料金：**{{cost}}',
  cost: '{{price}}クレジット',
  refunded: '0クレジット（{{price}}を払い戻し）',
  why: '**理由：**{{why}}',
  result: '**結果：**{{link}}',
  notice: '**通知：**{{link}}',
  file: '**ファイル：**<{{link}}>（大きすぎてここには添付できません）',
  refused: {
    prompt: '🚫 **プロンプトを拒否**（{{action}}） · {{rule}}に該当',
    title: '🚫 **チャレンジのタイトルを拒否**（{{action}}） · {{rule}}に該当',
    theme: '🚫 **チャレンジのテーマを拒否**（{{action}}） · {{rule}}に該当',
  },
  action: { sora: '`/sora`', again: 'もう一度', remix: 'リミックス', challengeStart: '`/challenge 開始`' },
  refusedFacts: '**メンバー：**<@{{memberId}}> · **チャンネル：**<#{{channelId}}> · クレジットの確保も送信もしていません',
  removedBy: '🗑️ <@{{by}}>が削除しました。払い戻しはありません。',
  removedByWithEntries_one: '🗑️ <@{{by}}>が削除しました（チャレンジの応募作品{{count}}件も）。払い戻しはありません。',
  removedByWithEntries_other: '🗑️ <@{{by}}>が削除しました（チャレンジの応募作品{{count}}件も）。払い戻しはありません。',
  /** The reason kept with a member blocked by the button (shown in `/moderation ブロック一覧`). */
  blockReason: '確認ログから',
  button: {
    serverOnly: 'このボタンはサーバー内でのみ使えます。',
    wordsNeedManageServer: '禁止ワードを見られるのは「サーバー管理」権限を持つメンバーだけです。',
    removeNeedsModerator: '確認ログから動画を削除できるのはモデレーター（「メッセージの管理」権限）だけです。',
    blockNeedsModerator: '確認ログからメンバーをブロックできるのはモデレーター（「メッセージの管理」権限）だけです。',
    blocked: 'このサーバーで<@{{memberId}}>のBot利用をブロックしました。`/moderation ブロック解除` で元に戻せます。',
    alreadyBlocked: '<@{{memberId}}>はすでにこのサーバーでBotの利用をブロックされています。',
    removed: '動画を削除しました。払い戻しはありません。',
    removedWithEntries_one: '動画と、そのチャレンジの応募作品{{count}}件を削除しました。払い戻しはありません。',
    removedWithEntries_other: '動画と、そのチャレンジの応募作品{{count}}件を削除しました。払い戻しはありません。',
    gone: 'この動画はもうBotの記録にありません。',
    noAccess: '<#{{channelId}}>の結果を削除できません。Botがそのチャンネルにアクセスできなくなりました。',
    noAnswer: 'Discordから応答がなく、まだ何も削除していません。1分ほどしてからもう一度お試しください。',
  },
  /** Why the last post to the log channel did not go through (shown in `/moderation ログ` and `状況`). */
  problem: {
    noAttach: '<#{{channelId}}>でファイルを添付できない（「ファイルを添付」権限）ため、動画なしで投稿されます',
    channelGone: 'ログチャンネル<#{{channelId}}>はもう存在しません',
    cannotPost: '<#{{channelId}}>に投稿できません（そのチャンネルで「チャンネルを見る」「メッセージを送信」「ファイルを添付」の権限が必要です）',
  },
} satisfies Messages['moderation']['reviewLog'];
