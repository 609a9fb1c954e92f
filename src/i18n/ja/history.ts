import type { Messages } from '../en-US/index.ts';

/** `/jobs` and its page buttons: a member's videos, one brought back, a queued one cancelled (private, the member's language). */
export default {
  state: {
    queued: '待機中',
    creating: 'Kieに送信中',
    running: 'Kieで生成中',
    delivering: '仕上げ中',
    delivered: '完成',
    failed: '失敗',
    cancelled: 'キャンセル済み',
  },
  cost: {
    paid: '{{price}}クレジット',
    refunded: '0クレジット（{{price}}を払い戻し）',
    held: '{{price}}クレジット確保中',
  },
  list: {
    mine: '最近のあなたの動画',
    member: 'メンバーの最近の動画',
    empty: 'まだ動画がありません。`/sora` で作ってみましょう。',
    message: '[メッセージ]({{link}})',
    footer: '{{page}}／{{pages}}ページ · /jobs 詳細 id:… で動画を再表示 · /jobs キャンセル id:… で待機中のジョブを中止',
    previous: '前へ',
    next: '次へ',
  },
  /** A suggestion for the `id:` option: short id, state, model, the start of the prompt. */
  choice: '{{id}} · {{state}} · {{model}} · {{prompt}}',
  detail: {
    job: 'ジョブ',
    state: '状態',
    cost: '料金',
    madeBy: '作成者',
    started: '開始',
    finished: '終了',
    message: 'メッセージ',
    jump: '[メッセージへ移動]({{link}})',
    whyFailed: '失敗した理由',
  },
  show: {
    again: '動画をもう一度お送りします。',
    link: '動画がここで受け取れるサイズを超えているため、ダウンロードリンクをお送りします（期限があるので今すぐ保存してください）：\n<{{url}}>',
    gone: '動画ファイルはもうありません。動画サービスでの保存期間が終わりました。{{where}}',
    stillThere: '結果のメッセージはまだ残っています：{{link}}',
    deletedToo: '結果のメッセージも削除されています。',
  },
  cancel: {
    cancelled: '{{id}} を動画サービスに送信する前にキャンセルしました。{{refunded}}クレジットはサーバーの残高に戻り、返信にもその旨が表示されます。',
    atKie: '{{id}} はキャンセルできません。すでに動画サービス（Kie.ai）に送信済みで、受け付けたタスクは止められません。完成すれば料金がかかり、失敗すれば払い戻されます。',
    finished: '{{id}} はすでに終了しています（{{how}}）。キャンセルするものはありません。',
    delivered: '完成',
    failed: '失敗し、払い戻し済み',
    gone: 'そのジョブはもう存在しません。',
  },
  find: {
    notId: '`{{typed}}` はジョブIDではありません。ジョブIDは `k3x9ab` のような形です。一覧から選ぶか、`/jobs 一覧` を見てください。',
    ambiguous: '`{{typed}}` で始まるジョブが複数あります。IDをもう少し長く入力してください。',
    notInServer: 'このサーバーにID `{{typed}}` のジョブはありません。最近のジョブは `/jobs 一覧` で確認できます。',
    notYours: 'このサーバーにID `{{typed}}` のあなたのジョブはありません。最近のジョブは `/jobs 一覧` で確認できます。',
  },
  serverOnly: '`/jobs` はサーバー内で使えます。',
  othersAdminOnly: '他のメンバーの動画を見られるのは管理者（サーバー管理）だけです。',
  othersHint: '他のメンバーの動画を見られるのは管理者（サーバー管理）だけです。`メンバー` なしの `/jobs 一覧` で自分の動画が表示されます。',
  unknownSubcommand: '不明な `/jobs` サブコマンドです。',
} satisfies Messages['history'];
