import type { Messages } from '../../en-US/index.ts';

/** `/challenge` answers and the challenge buttons' answers (private, the member's language). */
export default {
  started: 'Challenge #{{number}} ist in <#{{channelId}}> gestartet; sie endet {{ends}}.',
  startedWithBudget: 'Challenge #{{number}} ist in <#{{channelId}}> gestartet; sie endet {{ends}}. {{budget}} Credits wurden aus dem Server-Guthaben in ihr Budget verschoben.',
  entered: 'Dein Video `{{jobId}}` ist bei Challenge #{{number}} eingereicht: {{url}}',
  enteredByButton: 'Dein Video ist bei Challenge #{{number}} eingereicht: {{url}}',
  ended: 'Challenge #{{number}} ist beendet; die Ergebnisse stehen in <#{{channelId}}>.',
  endedWithBudget: 'Challenge #{{number}} ist beendet; die Ergebnisse stehen in <#{{channelId}}>. {{credits}} Credits sind zurück ins Server-Guthaben geflossen.',
  cancelled: 'Challenge #{{number}} ist abgebrochen.',
  cancelledWithBudget: 'Challenge #{{number}} ist abgebrochen. {{credits}} Credits sind zurück ins Server-Guthaben geflossen.',
  voteCounted: 'Stimme gezählt (jetzt {{votes}}).',
  voteRemoved: 'Stimme zurückgenommen (jetzt {{votes}}).',
  list: {
    none: 'Noch keine Challenges. Ein Admin kann mit `/challenge starten` eine beginnen.',
    head: '**Challenges**',
    line: '**#{{number}}** {{title}} · {{when}} · {{entries}} · <#{{channelId}}>',
    entries_one: '{{n}} Beitrag',
    entries_other: '{{n}} Beiträge',
  },
  show: {
    head: '**#{{number}} {{title}}** ({{when}})',
    line_one: '{{rank}}. <@{{memberId}}> · {{votes}} Stimme{{link}}',
    line_other: '{{rank}}. <@{{memberId}}> · {{votes}} Stimmen{{link}}',
    link: ' · {{url}}',
    none: 'Noch keine Beiträge.',
  },
  /** When a challenge ends or ended, and its state, as `/challenge liste` and `anzeigen` say it. */
  when: {
    starting: 'startet, endet {{when}}',
    ends: 'endet {{when}}',
    ended: 'beendet {{when}}',
    closing: 'beendet {{when}}, Auswertung läuft',
    cancelled: 'abgebrochen {{when}}',
  },
} satisfies Messages['challenges']['replies'];
