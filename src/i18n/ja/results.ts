import type { Messages } from '../en-US/index.ts';

/**
 * The buttons on a video's reply (public: the job's language) and what pressing them answers, and the
 * Remix form (private: the language of the member who pressed).
 */
export default {
  button: { again: 'もう一度', remix: 'リミックス', delete: '削除', cancel: 'キャンセル' },
  gone: 'この動画はBotの記録に残っていないため、このボタンは使えません。代わりに `/sora` を使ってください。',
  imageExpired: 'この動画の最初のフレームの画像はDiscord上で期限切れになったため、もう使えません。画像をもう一度添付して `/sora` を使ってください。',
  deleteNotAllowed: 'この動画を削除できるのは、作成したメンバーか「メッセージの管理」権限を持つ人だけです。',
  cancelNotAllowed: 'この動画をキャンセルできるのは、リクエストしたメンバーか「サーバー管理」権限を持つ人だけです。',
  oldForm: 'このフォームは古いバージョンのBotのもので、もう使えません。',
  remix: {
    title: 'リミックス：{{model}}',
    prompt: 'プロンプト',
    promptContinued: 'プロンプト（続き）',
    seconds: '秒数（{{durations}}）',
    aspect: '縦横比（{{aspects}}）',
    invalidSeconds: '秒数は数字で入力してください（例：10）。',
    wholeSeconds: '秒数は整数で入力してください。',
    invalidAspect: '縦横比は portrait、landscape、square のいずれかを入力してください。',
    tooLong: 'プロンプトは{{length}}文字です。上限は{{max}}文字です。短くしてもう一度お試しください。',
  },
} satisfies Messages['results'];
