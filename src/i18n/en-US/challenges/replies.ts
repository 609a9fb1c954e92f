/** `/challenge` answers and the challenge buttons' answers (private, the member's language). */
export default {
  started: 'Challenge #{{number}} started in <#{{channelId}}>; it ends {{ends}}.',
  startedWithBudget: 'Challenge #{{number}} started in <#{{channelId}}>; it ends {{ends}}. {{budget}} credits moved from the pool to its budget.',
  entered: 'Your video `{{jobId}}` is entered in challenge #{{number}}: {{url}}',
  enteredByButton: 'Your video is entered in challenge #{{number}}: {{url}}',
  ended: 'Challenge #{{number}} has ended; the results are in <#{{channelId}}>.',
  endedWithBudget: 'Challenge #{{number}} has ended; the results are in <#{{channelId}}>. {{credits}} credits went back to the pool.',
  cancelled: 'Challenge #{{number}} is cancelled.',
  cancelledWithBudget: 'Challenge #{{number}} is cancelled. {{credits}} credits went back to the pool.',
  voteCounted: 'Vote counted ({{votes}} now).',
  voteRemoved: 'Vote removed ({{votes}} now).',
  list: {
    none: 'No challenges yet. An admin can start one with `/challenge start`.',
    head: '**Challenges**',
    line: '**#{{number}}** {{title}} · {{when}} · {{entries}} · <#{{channelId}}>',
    entries_one: '{{n}} entry',
    entries_other: '{{n}} entries',
  },
  show: {
    head: '**#{{number}} {{title}}** ({{when}})',
    line_one: '{{rank}}. <@{{memberId}}> · {{votes}} vote{{link}}',
    line_other: '{{rank}}. <@{{memberId}}> · {{votes}} votes{{link}}',
    link: ' · {{url}}',
    none: 'No entries yet.',
  },
  /** When a challenge ends or ended, and its state, as `/challenge list` and `show` say it. */
  when: {
    starting: 'starting, ends {{when}}',
    ends: 'ends {{when}}',
    ended: 'ended {{when}}',
    closing: 'ended {{when}}, closing',
    cancelled: 'cancelled {{when}}',
  },
} as const;
