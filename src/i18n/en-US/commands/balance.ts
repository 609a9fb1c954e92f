/** `/balance` as Discord shows it. */
export default {
  name: 'balance',
  description: 'This server’s video credits and your use today',
} as const;
