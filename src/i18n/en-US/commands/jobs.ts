/** `/jobs` as Discord shows it. */
export default {
  name: 'jobs',
  description: 'Your recent videos: list them, bring one back, cancel a queued one',
  options: {
    list: {
      name: 'list',
      description: 'Your recent videos, newest first',
      options: { member: { name: 'member', description: 'Whose videos (admins with Manage Server only)' } },
    },
    show: {
      name: 'show',
      description: 'One job’s details; a delivered video is posted again for you',
      options: { id: { name: 'id', description: 'The job (short id from /jobs list)' } },
    },
    cancel: {
      name: 'cancel',
      description: 'Cancel a job still waiting in the queue; its credits go back at once',
      options: { id: { name: 'id', description: 'The queued job' } },
    },
  },
} as const;
