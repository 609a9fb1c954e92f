import type { Messages } from '../en-US/index.ts';

/** `/settings` answers (private, the member's language). */
export default {
  serverOnly: '設定はサーバーごとのものです。サーバー内で `/settings` を使ってください。',
  manageServer: 'このサーバーの設定を変更できるのは、**サーバー管理**権限を持つメンバーだけです。',
  unknown: '不明な設定です：{{name}}',
  models: {
    unavailable: 'このBotではサーバーごとのモデル設定は使えません。',
    current: 'このサーバーのモデル設定：',
    saved: '保存しました。このサーバーのモデル設定：',
    allowed: '**許可：**{{list}}',
    allowedAll: 'Botが提供しているすべてのモデル（{{list}}）',
    default: '**デフォルト：**`{{model}}`{{operator}}',
    operatorDefault: '（Botのデフォルト）',
    hint: '`/settings モデル 許可:`（{{models}}のカンマ区切り、または `all`）と `デフォルト:`（許可されたモデル1つ、または `operator`）で変更できます。',
    /** The `デフォルト:` suggestion that goes back to the bot's default. */
    operatorChoice: 'operator — Botのデフォルト',
  },
  language: {
    notOffered: '`{{value}}` は選べる言語ではありません。',
    current: 'このサーバーの公開メッセージ（動画の返信、チャレンジの告知）は**{{language}}**です{{how}}。',
    auto: '（自動：Discordでのこのサーバーの言語）',
    chosen: '（`/settings 言語` で選択）',
    saved: '保存しました。このサーバーの公開メッセージは**{{language}}**になりました{{how}}。',
    hint: '`/settings 言語 言語:` で変更できます（`自動` はDiscordの設定に従います）。非公開の返信は、常に各メンバーのDiscordの言語で表示されます。',
  },
} satisfies Messages['settings'];
