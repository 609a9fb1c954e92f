import type { Messages } from '../../en-US/index.ts';

/** `/operator` as Discord shows it (registered only in OPERATOR_GUILD_ID). */
const server = { name: 'サーバー', description: '対象のサーバー（名前またはIDの一部を入力）' } as const;

export default {
  name: 'operator',
  description: 'Botの運営者向け：全サーバーのクレジット、追加、定期付与、Kieアカウント',
  options: {
    servers: { name: 'サーバー一覧', description: 'Botが参加している全サーバー：残高、確保中、使用済み、定期付与、許可' },
    grant: {
      name: '追加',
      description: 'サーバーにクレジットを追加します',
      options: {
        server,
        amount: { name: 'クレジット数', description: '追加するクレジット（1クレジット = Kie.aiで$0.005）' },
        reason: { name: '理由', description: '理由（サーバーの履歴に表示されます）' },
      },
    },
    set: { name: '残高設定', description: 'サーバーの残高を設定します', options: { server, amount: { name: 'クレジット数', description: '新しい残高（クレジット）' } } },
    allowance: {
      name: '定期付与',
      description: 'UTCの毎日・毎週・毎月にサーバーへクレジットを定期付与します。またはオフ',
      options: {
        server,
        amount: { name: 'クレジット数', description: '1回あたりのクレジット' },
        every: { name: '間隔', description: '頻度（UTC基準）', choices: { day: '毎日', week: '毎週', month: '毎月' } },
        off: { name: '停止', description: 'サーバーの定期付与を停止します' },
      },
    },
    kie: { name: 'kie', description: 'Kieアカウントの残高、全サーバーの今日の使用量、支出上限' },
  },
} satisfies Messages['commands']['operator'];
