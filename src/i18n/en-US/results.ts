/**
 * The buttons on a video's reply (public: the job's language) and what pressing them answers, and the
 * Remix form (private: the language of the member who pressed).
 */
export default {
  button: { again: 'Again', remix: 'Remix', delete: 'Delete', cancel: 'Cancel' },
  gone: 'This video is no longer in the bot’s records, so this button cannot use it. Use `/sora` instead.',
  imageExpired: 'The first-frame image of this video has expired on Discord, so it cannot be used again. Use `/sora` with the image attached again.',
  deleteNotAllowed: 'Only the member who made this video, or someone with Manage Messages, can delete it.',
  cancelNotAllowed: 'Only the member who asked for this video, or someone with Manage Server, can cancel it.',
  oldForm: 'This form is from an older version of the bot and no longer works.',
  remix: {
    title: 'Remix: {{model}}',
    prompt: 'Prompt',
    promptContinued: 'Prompt (continued)',
    seconds: 'Seconds ({{durations}})',
    aspect: 'Aspect ({{aspects}})',
    invalidSeconds: 'Seconds must be a number, e.g. 10.',
    wholeSeconds: 'Seconds must be a whole number.',
    invalidAspect: 'Aspect must be portrait, landscape or square.',
    tooLong: 'The prompt is {{length}} characters; the limit is {{max}}. Shorten it and try again.',
  },
} as const;
