/** Checks on what members type or attach, shared by commands and forms (private, the member's language). */
export default {
  prompt: {
    empty: 'The prompt is empty. Describe the video you want, e.g. `prompt: a lighthouse in a storm, slow dolly-in`.',
    invisible: 'The prompt has only invisible or control characters. Describe the video you want in words.',
    massMention: 'Prompts cannot contain @everyone, @here or role mentions. Remove them and try again.',
  },
  image: {
    notImage: '`{{name}}` is not a PNG, JPEG or WebP image{{type}}. Attach a picture to use as the first frame.',
    itIs: ' (it is {{type}})',
    tooLarge: 'The image is {{size}} MB; the limit is {{limit}} MB. Attach a smaller one.',
  },
  invalidOption: 'That option is not valid.',
} as const;
