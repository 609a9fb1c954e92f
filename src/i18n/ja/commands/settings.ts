import type { Messages } from '../../en-US/index.ts';

/** `/settings` as Discord shows it. */
export default {
  name: 'settings',
  description: 'このサーバーの動画Botの設定（サーバー管理）',
  options: {
    models: {
      name: 'モデル',
      description: 'メンバーが使えるモデルとデフォルト。オプションなしで表示',
      options: {
        allowed: { name: '許可', description: 'モデルIDを好きな順にカンマ区切りで（/models 参照）、または "all"' },
        default: { name: 'デフォルト', description: 'メンバーがモデルを指定しないときのモデル（"operator" = Botのデフォルト）' },
      },
    },
    language: {
      name: '言語',
      description: 'このサーバーの公開メッセージの言語。オプションなしで表示',
      options: {
        language: {
          name: '言語',
          description: '「自動」はDiscordでのサーバーの言語に従います',
          choices: { auto: '自動', 'en-US': 'English', de: 'Deutsch', fr: 'Français', 'es-ES': 'Español', 'pt-BR': 'Português (Brasil)', ja: '日本語' },
        },
      },
    },
  },
} satisfies Messages['commands']['settings'];
