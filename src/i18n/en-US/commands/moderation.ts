/** `/moderation` as Discord shows it: names stay the same in English, descriptions are what members read. */
export default {
  name: 'moderation',
  description: 'This server’s rules for the video bot: words, AutoMod, blocked members, channels, log',
  options: {
    words: {
      name: 'words',
      description: 'Blocked words in prompts (AutoMod syntax: word, *word, word*, *word*); no option lists them',
      options: {
        add: { name: 'add', description: 'Words or patterns to block, comma-separated, e.g. *cat*, gore' },
        remove: { name: 'remove', description: 'Words or patterns to unblock, comma-separated' },
        list: { name: 'list', description: 'Show the list (as with no option)' },
      },
    },
    automod: {
      name: 'automod',
      description: 'Apply this server’s AutoMod keyword rules to prompts too; no option shows them',
      options: {
        automod: { name: 'automod', description: 'on or off', choices: { on: 'on', off: 'off' } },
      },
    },
    block: {
      name: 'block',
      description: 'Block a member from the bot here',
      options: {
        member: { name: 'member', description: 'Who' },
        reason: { name: 'reason', description: 'Why (shown in /moderation blocked)' },
      },
    },
    unblock: {
      name: 'unblock',
      description: 'Let a blocked member use the bot again',
      options: { member: { name: 'member', description: 'Who' } },
    },
    blocked: { name: 'blocked', description: 'Members blocked from the bot here' },
    channels: {
      name: 'channels',
      description: 'Where /sora, Again and Remix may be used; no option shows it',
      options: {
        allow: { name: 'allow', description: 'Channels, comma-separated, e.g. #videos, #art' },
        all: { name: 'all', description: 'Allow every channel again' },
      },
    },
    log: {
      name: 'log',
      description: 'Post every video and refused prompt to a channel for review; no option shows it',
      options: {
        channel: { name: 'channel', description: 'The review log channel' },
        off: { name: 'off', description: 'Stop the review log' },
      },
    },
    status: { name: 'status', description: 'What is on: words, AutoMod, blocked members, channels, log' },
  },
} as const;
