import type { Messages } from '../../en-US/index.ts';

/** `/challenge` answers and the challenge buttons' answers (private, the member's language). */
export default {
  started: 'チャレンジ #{{number}} を<#{{channelId}}>で開始しました。終了は{{ends}}です。',
  startedWithBudget: 'チャレンジ #{{number}} を<#{{channelId}}>で開始しました。終了は{{ends}}です。サーバーのクレジットから{{budget}}クレジットを予算に移しました。',
  entered: 'あなたの動画 `{{jobId}}` をチャレンジ #{{number}} に応募しました：{{url}}',
  enteredByButton: 'あなたの動画をチャレンジ #{{number}} に応募しました：{{url}}',
  ended: 'チャレンジ #{{number}} が終了しました。結果は<#{{channelId}}>にあります。',
  endedWithBudget: 'チャレンジ #{{number}} が終了しました。結果は<#{{channelId}}>にあります。{{credits}}クレジットがサーバーに戻りました。',
  cancelled: 'チャレンジ #{{number}} を中止しました。',
  cancelledWithBudget: 'チャレンジ #{{number}} を中止しました。{{credits}}クレジットがサーバーに戻りました。',
  voteCounted: '投票しました（現在{{votes}}票）。',
  voteRemoved: '投票を取り消しました（現在{{votes}}票）。',
  list: {
    none: 'まだチャレンジはありません。管理者は `/challenge 開始` で開始できます。',
    head: '**チャレンジ**',
    line: '**#{{number}}** {{title}} · {{when}} · {{entries}} · <#{{channelId}}>',
    entries_one: '応募{{n}}件',
    entries_other: '応募{{n}}件',
  },
  show: {
    head: '**#{{number}} {{title}}**（{{when}}）',
    line_one: '{{rank}}. <@{{memberId}}> · {{votes}}票{{link}}',
    line_other: '{{rank}}. <@{{memberId}}> · {{votes}}票{{link}}',
    link: ' · {{url}}',
    none: 'まだ応募はありません。',
  },
  /** When a challenge ends or ended, and its state, as `/challenge 一覧` and `詳細` say it. */
  when: {
    starting: '開始処理中、{{when}}に終了予定',
    ends: '{{when}}に終了予定',
    ended: '{{when}}に終了',
    closing: '{{when}}に締め切り',
    cancelled: '{{when}}に中止',
  },
} satisfies Messages['challenges']['replies'];
