import type { Messages } from '../en-US/index.ts';

/** What any interaction may be answered, privately, in the member's language. */
export default {
  restarting: 'Botを再起動しています。1分ほどしてからもう一度お試しください。',
  oldButton: 'このボタンは古いバージョンのBotのもので、もう使えません。',
  unknownCommand: 'このBotは `/{{name}}` を知りません。コマンド一覧が古い可能性があります。少ししてからもう一度お試しください。',
  unexpected: 'こちら側で問題が発生しました（予期しないエラー、参照番号 {{ref}}）。料金はかかっていません。もう一度お試しください。',
} satisfies Messages['common'];
