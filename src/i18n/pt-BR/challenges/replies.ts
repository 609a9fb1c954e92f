import type { Messages } from '../../en-US/index.ts';

/** `/challenge` answers and the challenge buttons' answers (private, the member's language). */
export default {
  started: 'O desafio #{{number}} começou em <#{{channelId}}>; ele termina {{ends}}.',
  startedWithBudget: 'O desafio #{{number}} começou em <#{{channelId}}>; ele termina {{ends}}. {{budget}} créditos saíram do saldo do servidor para o orçamento dele.',
  entered: 'Seu vídeo `{{jobId}}` está inscrito no desafio #{{number}}: {{url}}',
  enteredByButton: 'Seu vídeo está inscrito no desafio #{{number}}: {{url}}',
  ended: 'O desafio #{{number}} terminou; os resultados estão em <#{{channelId}}>.',
  endedWithBudget: 'O desafio #{{number}} terminou; os resultados estão em <#{{channelId}}>. {{credits}} créditos voltaram para o saldo do servidor.',
  cancelled: 'O desafio #{{number}} foi cancelado.',
  cancelledWithBudget: 'O desafio #{{number}} foi cancelado. {{credits}} créditos voltaram para o saldo do servidor.',
  voteCounted: 'Voto registrado ({{votes}} agora).',
  voteRemoved: 'Voto removido ({{votes}} agora).',
  list: {
    none: 'Nenhum desafio ainda. Um admin pode iniciar um com `/challenge iniciar`.',
    head: '**Desafios**',
    line: '**#{{number}}** {{title}} · {{when}} · {{entries}} · <#{{channelId}}>',
    entries_one: '{{n}} participação',
    entries_other: '{{n}} participações',
  },
  show: {
    head: '**#{{number}} {{title}}** ({{when}})',
    line_one: '{{rank}}. <@{{memberId}}> · {{votes}} voto{{link}}',
    line_other: '{{rank}}. <@{{memberId}}> · {{votes}} votos{{link}}',
    link: ' · {{url}}',
    none: 'Nenhuma participação ainda.',
  },
  /**
   * When a challenge ends or ended, and its state, as `/challenge listar` and `ver` say it. `when` is a
   * Discord relative timestamp ("em 2 dias", "há 1 hora"); a starting challenge's is when it ends.
   */
  when: {
    starting: 'começando, termina {{when}}',
    ends: 'termina {{when}}',
    ended: 'terminou {{when}}',
    closing: 'terminou {{when}}, apurando os votos',
    cancelled: 'cancelado {{when}}',
  },
} satisfies Messages['challenges']['replies'];
