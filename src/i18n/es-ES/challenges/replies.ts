import type { Messages } from '../../en-US/index.ts';

/** `/challenge` answers and the challenge buttons' answers (private, the member's language). */
export default {
  started: 'El reto #{{number}} ha empezado en <#{{channelId}}>; termina {{ends}}.',
  startedWithBudget: 'El reto #{{number}} ha empezado en <#{{channelId}}>; termina {{ends}}. Han pasado {{budget}} créditos del fondo a su presupuesto.',
  entered: 'Tu vídeo `{{jobId}}` está presentado en el reto #{{number}}: {{url}}',
  enteredByButton: 'Tu vídeo está presentado en el reto #{{number}}: {{url}}',
  ended: 'El reto #{{number}} ha terminado; los resultados están en <#{{channelId}}>.',
  endedWithBudget: 'El reto #{{number}} ha terminado; los resultados están en <#{{channelId}}>. Han vuelto {{credits}} créditos al fondo.',
  cancelled: 'El reto #{{number}} está cancelado.',
  cancelledWithBudget: 'El reto #{{number}} está cancelado. Han vuelto {{credits}} créditos al fondo.',
  voteCounted: 'Voto registrado (ahora {{votes}}).',
  voteRemoved: 'Voto retirado (ahora {{votes}}).',
  list: {
    none: 'Aún no hay retos. Un admin puede iniciar uno con `/challenge iniciar`.',
    head: '**Retos**',
    line: '**#{{number}}** {{title}} · {{when}} · {{entries}} · <#{{channelId}}>',
    entries_one: '{{n}} participación',
    entries_other: '{{n}} participaciones',
  },
  show: {
    head: '**#{{number}} {{title}}** ({{when}})',
    line_one: '{{rank}}. <@{{memberId}}> · {{votes}} voto{{link}}',
    line_other: '{{rank}}. <@{{memberId}}> · {{votes}} votos{{link}}',
    link: ' · {{url}}',
    none: 'Aún no hay participaciones.',
  },
  /** When a challenge ends or ended, and its state, as `/challenge lista` and `ver` say it ({{when}} is a relative Discord timestamp). */
  when: {
    starting: 'iniciándose, termina {{when}}',
    ends: 'termina {{when}}',
    ended: 'terminó {{when}}',
    closing: 'terminó {{when}}, cerrándose',
    cancelled: 'cancelado {{when}}',
  },
} satisfies Messages['challenges']['replies'];
