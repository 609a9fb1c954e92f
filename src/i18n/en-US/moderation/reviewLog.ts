/**
 * The review log channel's posts and their buttons (public: the server's language), and the private
 * answers to those buttons (the moderator's language).
 */
export default {
  hello: '📋 This channel is now the video bot’s review log: every video made in this server and every refused prompt is posted here, with **Remove video** and **Block member** for moderators (Manage Messages).',
  removeVideo: 'Remove video',
  blockMember: 'Block member',
  delivered: '✅ **Video delivered** · job `{{short}}` (`{{id}}`)',
  failed: '❌ **Video failed** · job `{{short}}` (`{{id}}`)',
  facts: '**Member:** <@{{memberId}}> · **Channel:** <#{{channelId}}> · **Model:** {{model}} · **Cost:** {{cost}}',
  cost: '{{price}} credits',
  refunded: '0 credits ({{price}} refunded)',
  why: '**Why:** {{why}}',
  result: '**Result:** {{link}}',
  notice: '**Notice:** {{link}}',
  file: '**File:** <{{link}}> (too large to attach here)',
  refused: {
    prompt: '🚫 **Refused prompt** ({{action}}) · matches {{rule}}',
    title: '🚫 **Refused challenge title** ({{action}}) · matches {{rule}}',
    theme: '🚫 **Refused challenge theme** ({{action}}) · matches {{rule}}',
  },
  action: { sora: '`/sora`', again: 'Again', remix: 'Remix', challengeStart: '`/challenge start`' },
  refusedFacts: '**Member:** <@{{memberId}}> · **Channel:** <#{{channelId}}> · nothing was held or sent',
  removedBy: '🗑️ Removed by <@{{by}}>; nothing was refunded.',
  removedByWithEntries_one: '🗑️ Removed by <@{{by}}> (and {{count}} challenge entry); nothing was refunded.',
  removedByWithEntries_other: '🗑️ Removed by <@{{by}}> (and {{count}} challenge entries); nothing was refunded.',
  /** The reason kept with a member blocked by the button (shown in `/moderation blocked`). */
  blockReason: 'from the review log',
  button: {
    serverOnly: 'This button works inside a server only.',
    wordsNeedManageServer: 'Only members with Manage Server can see the blocked words.',
    removeNeedsModerator: 'Only moderators (Manage Messages) can remove videos from the review log.',
    blockNeedsModerator: 'Only moderators (Manage Messages) can block members from the review log.',
    blocked: 'Blocked <@{{memberId}}> from the bot in this server. `/moderation unblock` undoes it.',
    alreadyBlocked: '<@{{memberId}}> is already blocked from the bot here.',
    removed: 'Removed the video. Nothing was refunded.',
    removedWithEntries_one: 'Removed the video and its {{count}} challenge entry. Nothing was refunded.',
    removedWithEntries_other: 'Removed the video and its {{count}} challenge entries. Nothing was refunded.',
    gone: 'This video is no longer in the bot’s records.',
    noAccess: 'I cannot delete the result in <#{{channelId}}>: I lost access to that channel.',
    noAnswer: 'Discord did not answer; nothing was removed yet. Try again in a minute.',
  },
  /** Why the last post to the log channel did not go through (shown in `/moderation log` and `status`). */
  problem: {
    noAttach: 'I cannot attach files in <#{{channelId}}> (Attach Files), so entries come without their video',
    channelGone: 'the log channel <#{{channelId}}> no longer exists',
    cannotPost: 'I cannot post in <#{{channelId}}> (I need View Channel, Send Messages and Attach Files there)',
  },
} as const;
