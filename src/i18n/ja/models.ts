import type { Messages } from '../en-US/index.ts';

/** Video models: why a request does not fit a model, a server's model choices, `/models` and the `モデル:` suggestions (private). */
export default {
  refuse: {
    unknown: 'モデル「{{model}}」はここでは使えません。使えるモデル：{{available}}',
    none: 'なし',
    imageRequired: '{{model}}は画像からしか動画を作れません。`画像:` で画像を添付してください（最初のフレームになります）{{others}}。',
    textModels: '。または、{{models}}などテキストだけで使えるモデルを選んでください',
    duration: '{{model}}で作れるのは{{durations}}秒の動画です。{{duration}}秒は選べません。',
    aspect: '{{model}}が対応しているのは{{aspects}}です。{{aspect}}には対応していません。',
    qualityOne: '{{model}}の画質は1種類だけです。`画質:` を指定しないでください（または{{models}}など「高画質」を選べるモデルを使ってください）。',
    noneHere: 'ここにはありません',
    qualityOffers: '{{model}}で選べる画質は{{qualities}}です。',
    promptLength: 'プロンプトは{{length}}文字です。{{model}}は{{max}}文字までです。',
    qualityDurations: '{{model}}で{{quality}}の動画を作れるのは{{durations}}秒のときだけです。{{duration}}秒は選べません。',
    noPrice: '{{model}}には{{quality}}・{{duration}}秒の価格がありません。Botの運営者に問い合わせてください。',
  },
  server: {
    notAllowed: 'このサーバーで使えるモデルは{{models}}だけです。`モデル:` でどれかを選んでください（`/models` で確認できます）。',
    unknownDefault: '`{{model}}` はBotが提供しているモデルではありません。有効なモデル：{{models}}',
    defaultOutside: 'デフォルトの `{{model}}` は、このサーバーで許可されているモデルから選んでください：{{models}}',
    unknownAllowed_one: '{{unknown}}はBotが提供しているモデルではありません。{{models}}をカンマ区切りで指定するか、`all` を指定してください。',
    unknownAllowed_other: '{{unknown}}はBotが提供しているモデルではありません。{{models}}をカンマ区切りで指定するか、`all` を指定してください。',
  },
  view: {
    header: '{{chosen}}ここで使える動画モデル（`/sora モデル:` で選択。デフォルトは{{serverDefault}} `{{model}}`）：',
    chosen: 'このサーバーが選んだ、',
    serverDefault: 'このサーバーが設定した',
    state: {
      live: '稼働中',
      paused: '{{since}}からKieにより**一時停止中**{{retry}}',
      retry: '、{{when}}に再試行',
      failing_one: '**エラー発生中**（直近数分で{{count}}件のエラー）',
      failing_other: '**エラー発生中**（直近数分で{{count}}件のエラー）',
      unknown: '未試行',
    },
    lengthsRange: '{{first}}〜{{last}}秒',
    lengths: '{{lengths}}秒',
    quality: '{{quality}} {{label}}',
    price: '{{price}}クレジット',
    priceRange: '{{min}}〜{{max}}クレジット',
    imageRequired: '画像が必要',
    textOrImage: 'テキストまたは画像',
  },
  /** One line for `/models`: what each family is good at. */
  goodAt: {
    sora2: '音声付きのリアルなシーン（2026年にKieが一時停止）',
    sora2Pro: '1080pのSora。2つのSoraのうち最も高品質（Sora 2と同じく一時停止中）',
    kling3: 'なめらかな動きと人物、音声付き',
    grokImagine: '安くて速い下書きや遊び心のあるクリップ',
    seedance2: 'ネイティブ音声付きの映画的なショット、長さは自由',
    seedance2Fast: '下書き向けの、より安くて速いSeedance',
    wan26: 'リアルな物理表現の長めの16:9ストーリークリップ',
    hailuo23: '静止画を動かす',
    veo31: 'Googleのモデル：セリフと音声付きのリアルな動画',
  },
  /** A suggestion for the `モデル:` option as a member types. */
  choice: '{{id}} — {{label}}、{{price}}クレジットから{{paused}}',
  choicePaused: '（一時停止中）',
} satisfies Messages['models'];
