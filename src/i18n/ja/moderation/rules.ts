import type { Messages } from '../../en-US/index.ts';

/** What the server's rules say to members: refusals naming the rule, the gates, and why a pattern cannot be used. */
export default {
  refused: '{{subject}}が{{rule}}に該当するため、使用しませんでした。料金はかかっていません。表現を変えてもう一度お試しください。',
  subject: { prompt: 'プロンプト', title: 'チャレンジのタイトル', theme: 'チャレンジのテーマ' },
  word: 'サーバーの禁止ワード{{pattern}}',
  automodKeyword: 'サーバーのAutoModルール「{{rule}}」（キーワード{{pattern}}）',
  automodRegex: 'サーバーのAutoModルール「{{rule}}」（正規表現{{pattern}}）',
  /** An AutoMod rule Discord sent without a name. */
  unnamed: 'AutoModルール',
  blocked: 'このサーバーではこのBotを使えません。',
  channels: 'このサーバーで動画を作れるチャンネル：{{where}}{{challenges}}。そちらでお試しください。',
  challengeChannels: '（チャレンジ用に{{channels}}も）',
  tooLong: 'テキストが長すぎて確認できません（{{max, number}}文字を超えています）。',
  wordsLimit: '1つのサーバーに登録できる禁止ワードは{{max, number}}件までです。このサーバーは{{n, number}}件です。先にいくつか削除してください。',
  blockedLimit: '1つのサーバーでBotの利用をブロックできるのは{{max, number}}人までです。先に何人かのブロックを解除してください。',
  /** Why a word, or an AutoMod keyword or regex, cannot be used (after "使用しません：`x`：" and in the AutoMod list). */
  reason: {
    wordTooLong: '{{max}}文字を超えています',
    starInside: '`*` は先頭か末尾にしか置けません',
    noLetters: '文字や数字が含まれていません',
    regexTooLong: 'Discordの上限{{max}}文字を超えています',
    verbose: '線形時間エンジンが対応していない詳細モード `(?x)` を使っています',
    flag: '線形時間エンジンが対応していないフラグ `{{flag}}` を使っています',
    wordBoundary: '線形時間エンジンが対応していない単語境界アサーション `{{assertion}}` を使っています',
    wordBoundaryBraces: '線形時間エンジンが対応していない `\\b{…}` 単語境界アサーションを使っています',
    classNotClosed: '`[:` クラスが閉じられていません',
    nestedClass: '線形時間エンジンが対応していない、文字クラスの入れ子を使っています',
    setOperation: '線形時間エンジンが対応していない文字クラスの集合演算 `{{operation}}` を使っています',
    engineRefuses: '線形時間エンジンが受け付けません（{{detail}}）',
    doesNotCompile: 'コンパイルできません',
    matchesEmpty: '空のテキストに一致するため、すべてのプロンプトを拒否してしまいます',
  },
  /** Why AutoMod's rules could not be read again (shown in `/moderation automod` and `状況`). */
  problem: {
    noAccess: 'AutoModのルールを読めなくなりました（サーバー管理権限が必要です）。最後に読み込んだルールが引き続き適用されます',
    rereadFailed: 'AutoModのルールの前回の再読み込みに失敗しました。最後に読み込んだルールが引き続き適用されます',
  },
} satisfies Messages['moderation']['rules'];
