/** What the server's rules say to members: refusals naming the rule, the gates, and why a pattern cannot be used. */
export default {
  refused: '{{subject}} matches {{rule}}, so I did not use it. Nothing was charged; change the wording and try again.',
  subject: { prompt: 'Your prompt', title: 'The challenge title', theme: 'The challenge theme' },
  word: 'the server’s blocked word {{pattern}}',
  automodKeyword: 'the server’s AutoMod rule “{{rule}}” (keyword {{pattern}})',
  automodRegex: 'the server’s AutoMod rule “{{rule}}” (regex {{pattern}})',
  /** An AutoMod rule Discord sent without a name. */
  unnamed: 'AutoMod rule',
  blocked: 'You cannot use this bot in this server.',
  channels: 'In this server, videos can be made only in {{where}}{{challenges}}. Try there.',
  challengeChannels: ' (and in {{channels}} for its challenge)',
  tooLong: 'That text is too long to check (over {{max, number}} characters).',
  wordsLimit: 'A server can keep up to {{max, number}} words; this one has {{n, number}}. Remove some first.',
  blockedLimit: 'A server can block up to {{max, number}} members from the bot. Unblock some first.',
  /** Why a word, or an AutoMod keyword or regex, cannot be used (after "Not used: `x`:" and in the AutoMod list). */
  reason: {
    wordTooLong: 'it is longer than {{max}} characters',
    starInside: 'a `*` may stand only at the start or the end',
    noLetters: 'it has no letters or digits',
    regexTooLong: "it is longer than Discord's {{max}} characters",
    verbose: 'it uses verbose mode `(?x)`, which the linear-time engine does not have',
    flag: 'it uses the flag `{{flag}}`, which the linear-time engine does not have',
    wordBoundary: 'it uses the word-boundary assertion `{{assertion}}`, which the linear-time engine does not have',
    wordBoundaryBraces: 'it uses a `\\b{…}` word-boundary assertion, which the linear-time engine does not have',
    classNotClosed: 'a `[:` class is not closed',
    nestedClass: 'it nests a character class inside another, which the linear-time engine does not have',
    setOperation: 'it uses the character-class set operation `{{operation}}`, which the linear-time engine does not have',
    engineRefuses: 'the linear-time engine refuses it ({{detail}})',
    doesNotCompile: 'it does not compile',
    matchesEmpty: 'it matches empty text, so it would refuse every prompt',
  },
  /** Why AutoMod's rules could not be read again (shown in `/moderation automod` and `status`). */
  problem: {
    noAccess: 'I can no longer read the AutoMod rules (I need Manage Server); the rules read last still apply',
    rereadFailed: 'The last re-read of the AutoMod rules failed; the rules read last still apply',
  },
} as const;
