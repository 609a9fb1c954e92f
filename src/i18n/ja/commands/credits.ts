import type { Messages } from '../../en-US/index.ts';

/** `/credits` as Discord shows it. */
export default {
  name: 'credits',
  description: 'このサーバーの動画クレジットを管理します',
  options: {
    balance: { name: '残高', description: 'サーバーの残高と、今日のあなたの使用量（メンバーは /balance）' },
    grant: {
      name: '追加',
      description: 'サーバーにクレジットを追加します（Botの運営者、またはBotが許可していれば管理者）',
      options: {
        amount: { name: 'クレジット数', description: '追加するクレジット（1クレジット = Kie.aiで$0.005）' },
        reason: { name: '理由', description: '理由（履歴に表示されます）' },
      },
    },
    set: { name: '残高設定', description: 'サーバーの残高を設定します（サーバー管理）', options: { amount: { name: 'クレジット数', description: '新しい残高（クレジット）' } } },
    limit: { name: '上限', description: 'メンバー1人あたりの1日の上限（サーバー管理）', options: { daily: { name: '1日あたり', description: '1人が1日（UTC）に使えるクレジット。0 = 上限なし' } } },
    alert: { name: '通知', description: '残高がしきい値を下回ったら知らせます（サーバー管理）', options: { below: { name: 'しきい値', description: 'しきい値（クレジット）。0 = オフ' } } },
    usage: { name: '使用量', description: '過去7日間と30日間のメンバー別使用量（サーバー管理）' },
    history: { name: '履歴', description: '残高の最近の変更（サーバー管理）' },
  },
} satisfies Messages['commands']['credits'];
