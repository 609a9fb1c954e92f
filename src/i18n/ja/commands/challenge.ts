import type { Messages } from '../../en-US/index.ts';

/** `/challenge` as Discord shows it: the command keeps its English name, subcommands and options are Japanese. */
export default {
  name: 'challenge',
  description: 'コミュニティ動画チャレンジ：動画を応募、投票、順位を確認',
  options: {
    start: {
      name: '開始',
      description: 'テーマ付きのチャレンジを開始します（サーバー管理）',
      options: {
        title: { name: 'タイトル', description: '短いタイトル' },
        theme: { name: 'テーマ', description: '動画のテーマ' },
        ends_in: { name: '期間', description: '開催期間：90s、45m、2h、3d、1w（10秒〜30日）' },
        channel: { name: 'チャンネル', description: '告知と応募作品を投稿する場所（デフォルト：ここ）' },
        max_entries: { name: '応募上限', description: '1人あたりの応募数（1〜10、デフォルト1）' },
        budget: { name: '予算', description: 'チャレンジチャンネルでの /sora の支払いに、サーバーのクレジットから移す分' },
        winner_role: { name: '優勝ロール', description: '優勝者に付与するロール' },
        voting: {
          name: '投票',
          description: '投票できる人（デフォルト：誰でも）',
          choices: { anyone: '誰でも', 'members-before-start': '開始前から参加しているメンバー' },
        },
      },
    },
    submit: {
      name: '応募',
      description: '自分の動画を1本応募します',
      options: {
        challenge: { name: 'チャレンジ', description: 'どのチャレンジか（デフォルト：開催中のもの）' },
        video: { name: '動画', description: '動画のジョブID（デフォルト：最新のもの）' },
      },
    },
    end: {
      name: '終了',
      description: 'チャレンジを今すぐ終了して結果を投稿します（サーバー管理）',
      options: { challenge: { name: 'チャレンジ', description: 'どのチャレンジか' } },
    },
    cancel: {
      name: '中止',
      description: 'チャレンジを結果なしで中止します（サーバー管理）',
      options: { challenge: { name: 'チャレンジ', description: 'どのチャレンジか' } },
    },
    list: { name: '一覧', description: '開催中と最近終了したチャレンジ' },
    show: {
      name: '詳細',
      description: 'チャレンジの応募作品と現在の順位',
      options: { challenge: { name: 'チャレンジ', description: 'どのチャレンジか' } },
    },
  },
} satisfies Messages['commands']['challenge'];
