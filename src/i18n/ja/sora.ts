import type { Messages } from '../en-US/index.ts';

/** Asking for a video (`/sora`, Again, Remix): refusals before anything is held (private, the member's language). */
export default {
  invalid: {
    prompt: 'プロンプトはテキストで入力してください。',
    duration: '`長さ` は秒数で指定してください。',
    durationWhole: '`長さ` は整数の秒数で指定してください。',
    aspect: '`縦横比` は縦長、横長、正方形のいずれかにしてください。',
    model: '`モデル` にはモデル名を指定してください。',
    modelLength: 'そのモデル名は長すぎます。',
    quality: '`画質` は標準画質または高画質にしてください。',
    image: '`画像` には画像を添付してください。',
  },
  dmOnly: '動画はサーバーのクレジットで支払われるため、`/sora` はサーバー内でのみ使えます。DMでは使えません。',
  serverOnly: '動画はサーバーのクレジットで支払われるため、サーバー内でのみ作れます。DMでは作れません。',
  imageMissing: '添付画像が届きませんでした。もう一度添付してください。',
  busy: {
    member_one: 'すでに{{count}}本の動画を処理中です。処理中の動画が終わってからもう一度お試しください（通常は数分で終わります）。',
    member_other: 'すでに{{count}}本の動画を処理中です。処理中の動画が終わってからもう一度お試しください（通常は数分で終わります）。',
    server_one: 'このサーバーではすでに{{count}}本の動画を処理中です。終わるまで数分待ってからもう一度お試しください。',
    server_other: 'このサーバーではすでに{{count}}本の動画を処理中です。どれかが終わるまで数分待ってからもう一度お試しください。',
  },
  hold: {
    balance: 'この{{model}}の動画は{{price}}クレジットかかりますが、サーバーの残りは{{balance}}クレジットしかありません。{{allowance}}サーバーの管理者にクレジットの追加を頼んでください。',
    allowance: '今日のあなたの1日分のクレジットは残り{{left}}です。',
    dailyLimit: 'この{{model}}の動画は{{price}}クレジットかかりますが、あなたの1日の上限{{limit}}クレジットのうち残りは{{left}}です。上限は00:00 UTCにリセットされます。',
    operatorCeiling: 'Botが全サーバー合計の1日の支出上限に達しました。00:00 UTC以降にもう一度お試しください。',
  },
} satisfies Messages['sora'];
