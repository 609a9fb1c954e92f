/** What any interaction may be answered, privately, in the member's language. */
export default {
  restarting: 'The bot is restarting. Please try again in a minute.',
  oldButton: 'This button is from an older version of the bot and no longer works.',
  unknownCommand: 'This bot does not know `/{{name}}`. The command list may be out of date; try again shortly.',
  unexpected: 'Something went wrong on our side (unexpected error, ref {{ref}}). You were not charged. Please try again.',
} as const;
