import type { Messages } from '../../en-US/index.ts';

/** `/moderation` as Discord shows it. */
export default {
  name: 'moderation',
  description: '動画Botのサーバールール：禁止ワード、AutoMod、ブロック、チャンネル、ログ',
  options: {
    words: {
      name: '禁止ワード',
      description: 'プロンプトの禁止ワード（AutoModの書式：word、*word、word*、*word*）。オプションなしで一覧',
      options: {
        add: { name: '追加', description: 'ブロックするワードやパターン（カンマ区切り、例：*cat*, gore）' },
        remove: { name: '削除', description: 'ブロックを解除するワードやパターン（カンマ区切り）' },
        list: { name: '一覧', description: '一覧を表示します（オプションなしと同じ）' },
      },
    },
    automod: {
      name: 'automod',
      description: 'このサーバーのAutoModのキーワードルールをプロンプトにも適用します。オプションなしで表示',
      options: {
        automod: { name: 'automod', description: 'オンまたはオフ', choices: { on: 'オン', off: 'オフ' } },
      },
    },
    block: {
      name: 'ブロック',
      description: 'このサーバーでメンバーのBot利用をブロックします',
      options: {
        member: { name: 'メンバー', description: '対象のメンバー' },
        reason: { name: '理由', description: '理由（/moderation ブロック一覧 に表示されます）' },
      },
    },
    unblock: {
      name: 'ブロック解除',
      description: 'ブロックしたメンバーが再びBotを使えるようにします',
      options: { member: { name: 'メンバー', description: '対象のメンバー' } },
    },
    blocked: { name: 'ブロック一覧', description: 'このサーバーでBotの利用をブロックされているメンバー' },
    channels: {
      name: 'チャンネル',
      description: '/sora、もう一度、リミックスを使える場所。オプションなしで表示',
      options: {
        allow: { name: '許可', description: 'チャンネル（カンマ区切り、例：#動画, #アート）' },
        all: { name: 'すべて', description: 'すべてのチャンネルを再び許可します' },
      },
    },
    log: {
      name: 'ログ',
      description: 'すべての動画と拒否されたプロンプトを確認用チャンネルに投稿します。オプションなしで表示',
      options: {
        channel: { name: 'チャンネル', description: '確認ログのチャンネル' },
        off: { name: '停止', description: '確認ログを停止します' },
      },
    },
    status: { name: '状況', description: '有効な設定：禁止ワード、AutoMod、ブロック中のメンバー、チャンネル、ログ' },
  },
} satisfies Messages['commands']['moderation'];
