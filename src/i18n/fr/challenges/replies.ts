import type { Messages } from '../../en-US/index.ts';

/** `/challenge` answers and the challenge buttons' answers (private, the member's language). */
export default {
  started: 'Le défi #{{number}} est lancé dans <#{{channelId}}> ; il se termine {{ends}}.',
  startedWithBudget: 'Le défi #{{number}} est lancé dans <#{{channelId}}> ; il se termine {{ends}}. {{budget}} crédits ont été transférés de la cagnotte vers son budget.',
  entered: 'Ta vidéo `{{jobId}}` participe au défi #{{number}} : {{url}}',
  enteredByButton: 'Ta vidéo participe au défi #{{number}} : {{url}}',
  ended: 'Le défi #{{number}} est terminé ; les résultats sont dans <#{{channelId}}>.',
  endedWithBudget: 'Le défi #{{number}} est terminé ; les résultats sont dans <#{{channelId}}>. {{credits}} crédits sont revenus dans la cagnotte.',
  cancelled: 'Le défi #{{number}} est annulé.',
  cancelledWithBudget: 'Le défi #{{number}} est annulé. {{credits}} crédits sont revenus dans la cagnotte.',
  voteCounted: 'Vote pris en compte ({{votes}} au total).',
  voteRemoved: 'Vote retiré ({{votes}} au total).',
  list: {
    none: 'Aucun défi pour l’instant. Un admin peut en lancer un avec `/challenge lancer`.',
    head: '**Défis**',
    line: '**#{{number}}** {{title}} · {{when}} · {{entries}} · <#{{channelId}}>',
    entries_one: '{{n}} participation',
    entries_other: '{{n}} participations',
  },
  show: {
    head: '**#{{number}} {{title}}** ({{when}})',
    line_one: '{{rank}}. <@{{memberId}}> · {{votes}} vote{{link}}',
    line_other: '{{rank}}. <@{{memberId}}> · {{votes}} votes{{link}}',
    link: ' · {{url}}',
    none: 'Aucune participation pour l’instant.',
  },
  /** When a challenge ends or ended, and its state, as `/challenge liste` and `voir` say it ({{when}} is relative: « dans 3 jours », « il y a 2 heures »). */
  when: {
    starting: 'en démarrage, se termine {{when}}',
    ends: 'se termine {{when}}',
    ended: 'terminé {{when}}',
    closing: 'terminé {{when}}, clôture en cours',
    cancelled: 'annulé {{when}}',
  },
} satisfies Messages['challenges']['replies'];
