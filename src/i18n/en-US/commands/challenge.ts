/** `/challenge` as Discord shows it: names stay the same in English, descriptions are what members read. */
export default {
  name: 'challenge',
  description: 'Community video challenges: enter your videos, vote, see the standings',
  options: {
    start: {
      name: 'start',
      description: 'Start a themed challenge (Manage Server)',
      options: {
        title: { name: 'title', description: 'Short title' },
        theme: { name: 'theme', description: 'What the videos should be about' },
        ends_in: { name: 'ends_in', description: 'How long it runs: 90s, 45m, 2h, 3d or 1w (10 seconds to 30 days)' },
        channel: { name: 'channel', description: 'Where to announce and post entries (default: here)' },
        max_entries: { name: 'max_entries', description: 'Entries per member (1–10, default 1)' },
        budget: { name: 'budget', description: 'Credits moved from the server’s pool to pay for /sora in the challenge channel' },
        winner_role: { name: 'winner_role', description: 'Role given to the winner' },
        voting: {
          name: 'voting',
          description: 'Who may vote (default anyone)',
          choices: { anyone: 'anyone', 'members-before-start': 'members-before-start' },
        },
      },
    },
    submit: {
      name: 'submit',
      description: 'Enter one of your videos',
      options: {
        challenge: { name: 'challenge', description: 'Which challenge (default: the one open)' },
        video: { name: 'video', description: 'Job id of your video (default: your latest)' },
      },
    },
    end: {
      name: 'end',
      description: 'End a challenge now and post the results (Manage Server)',
      options: { challenge: { name: 'challenge', description: 'Which challenge' } },
    },
    cancel: {
      name: 'cancel',
      description: 'Cancel a challenge without results (Manage Server)',
      options: { challenge: { name: 'challenge', description: 'Which challenge' } },
    },
    list: { name: 'list', description: 'Open and recently closed challenges' },
    show: {
      name: 'show',
      description: 'A challenge’s entries and live standings',
      options: { challenge: { name: 'challenge', description: 'Which challenge' } },
    },
  },
} as const;
