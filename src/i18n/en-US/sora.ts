/** Asking for a video (`/sora`, Again, Remix): refusals before anything is held (private, the member's language). */
export default {
  invalid: {
    prompt: 'The prompt must be text.',
    duration: 'duration must be a number of seconds.',
    durationWhole: 'duration must be a whole number of seconds.',
    aspect: 'aspect must be portrait, landscape or square.',
    model: 'model must be a model name.',
    modelLength: 'That model name is too long.',
    quality: 'quality must be standard or high.',
    image: 'image must be an attached picture.',
  },
  dmOnly: 'Videos are paid from a server’s credits, so `/sora` works only inside a server, not in DMs.',
  serverOnly: 'Videos are paid from a server’s credits, so they can be made only inside a server, not in DMs.',
  imageMissing: 'The image attachment did not arrive. Attach it again.',
  busy: {
    member_one: 'You already have {{count}} video in progress. Try again when one of them is done (usually a few minutes).',
    member_other: 'You already have {{count}} videos in progress. Try again when one of them is done (usually a few minutes).',
    server_one: 'This server already has {{count}} video in progress. Try again in a few minutes, when it is done.',
    server_other: 'This server already has {{count}} videos in progress. Try again in a few minutes, when one of them is done.',
  },
  hold: {
    balance: 'This {{model}} video costs {{price}} credits, but the server has only {{balance}} left.{{allowance}} Ask a server admin for more credits.',
    allowance: ' You have {{left}} of your daily credits left today.',
    dailyLimit: 'This {{model}} video costs {{price}} credits, and you have {{left}} of your {{limit}} daily credits left. Your allowance resets at 00:00 UTC.',
    operatorCeiling: 'The bot has reached its daily spending limit across all servers. Please try again after 00:00 UTC.',
  },
} as const;
