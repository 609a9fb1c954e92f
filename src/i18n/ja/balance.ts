import type { Messages } from '../en-US/index.ts';

/** `/balance` (and `/credits 残高`): what a member may know about the pool (private, the member's language). */
export default {
  serverOnly: 'クレジットはサーバーごとのものです。サーバー内で `/balance` を使ってください。',
  server: '**サーバーの残高：**{{balance}}クレジット{{held}}',
  held: '（ほかに処理中の動画用に{{held}}クレジットを確保中）',
  you: '**今日のあなた：**{{used}}クレジット使用{{cap}}',
  noCap: '、1日の上限なし',
  cap: '、残り{{left}}／{{limit}}（00:00 UTCにリセット）',
  models: '**ここで使えるモデル：**{{models}}{{chosen}}。デフォルトは `{{model}}`{{serverDefault}}',
  chosen: '（このサーバーが選択）',
  serverDefault: '（このサーバーが設定）',
  cheapest: 'ここで一番安い動画：{{model}}（{{price}}クレジット）',
} satisfies Messages['balance'];
