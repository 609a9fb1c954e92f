import type { Messages } from '../en-US/index.ts';

/** Checks on what members type or attach, shared by commands and forms (private, the member's language). */
export default {
  prompt: {
    empty: 'プロンプトが空です。作りたい動画を説明してください。例：`プロンプト: 嵐の中の灯台、ゆっくりドリーイン`',
    invisible: 'プロンプトに見えない文字や制御文字しかありません。作りたい動画を言葉で説明してください。',
    massMention: 'プロンプトに @everyone、@here、ロールへのメンションは使えません。削除してもう一度お試しください。',
  },
  image: {
    notImage: '`{{name}}` はPNG、JPEG、WebPの画像ではありません{{type}}。最初のフレームにする画像を添付してください。',
    itIs: '（{{type}} です）',
    tooLarge: '画像は{{size}} MBです。上限は{{limit}} MBです。もっと小さい画像を添付してください。',
  },
  invalidOption: 'そのオプションは無効です。',
} satisfies Messages['input'];
