/** `/models` as Discord shows it. */
export default {
  name: 'models',
  description: 'The video models you can use here: live or paused, lengths, qualities and prices',
} as const;
