import type { Messages } from '../../en-US/index.ts';

/** `/jobs` as Discord shows it. */
export default {
  name: 'jobs',
  description: '最近の動画：一覧、再表示、待機中のジョブのキャンセル',
  options: {
    list: {
      name: '一覧',
      description: '最近の動画（新しい順）',
      options: { member: { name: 'メンバー', description: '誰の動画か（サーバー管理を持つ管理者のみ）' } },
    },
    show: {
      name: '詳細',
      description: 'ジョブの詳細。完成した動画はもう一度送ります',
      options: { id: { name: 'id', description: 'ジョブ（/jobs 一覧 の短いID）' } },
    },
    cancel: {
      name: 'キャンセル',
      description: 'キューで待機中のジョブをキャンセルします。クレジットはすぐに戻ります',
      options: { id: { name: 'id', description: '待機中のジョブ' } },
    },
  },
} satisfies Messages['commands']['jobs'];
