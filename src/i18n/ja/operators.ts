import type { Messages } from '../en-US/index.ts';

/**
 * `/operator` answers (private, the operator's Discord language), ALLOWED_GUILDS' refusal, and what
 * the bot tells its operators by direct message or in OPERATOR_CHANNEL_ID (no interaction, so
 * always English: the operator's language is not known there).
 */
export default {
  notOperator: '`/operator` を使えるのはBotの運営者（アプリケーションのオーナーまたはチーム、および `OPERATOR_IDS`）だけです。サーバーの権限はここでは関係ありません。',
  notEnabledHere: 'このBotはこのサーバーでは有効になっていません。',
  pickSubcommand: 'サブコマンドを選んでください：サーバー一覧、追加、残高設定、定期付与、kie',
  unknownSubcommand: '`/operator {{sub}}` というサブコマンドはありません。サーバー一覧、追加、残高設定、定期付与、kieのいずれかを使ってください。',
  invalid: {
    amount: {
      whole: 'クレジット数は整数で指定してください。',
      min: 'クレジット数は{{minimum, number}}以上にしてください。',
      max: 'クレジット数は{{maximum, number}}クレジットまでです。',
    },
    balance: {
      whole: '残高は整数のクレジットで指定してください。',
      min: '残高は{{minimum, number}}以上にしてください。',
      max: '残高は{{maximum, number}}クレジットまでです。',
    },
    allowance: {
      whole: '定期付与は整数のクレジットで指定してください。',
      min: '定期付与は{{minimum, number}}以上にしてください。',
      max: '定期付与は{{maximum, number}}クレジットまでです。',
    },
    reason: '理由は200文字までです。',
    server: 'サーバーを選んでください。',
    serverId: '一覧からサーバーを選ぶか、サーバーのID（数字のみ）を入力してください。',
    every: '`間隔` は毎日、毎週、毎月のいずれかにしてください。',
  },
  notThere: 'BotはID `{{id}}` のサーバーに参加していません。参加中のサーバーは `/operator サーバー一覧` で確認できます。',
  otherProcess: '`{{id}}` はこのシャード構成のBotの別プロセスが担当しており、そのプロセスだけがクレジットを変更できます（サーバーごとに担当は1つ）。何も変更していません。',
  granted: '{{server}}に{{amount}}クレジットを追加しました。残高は{{balance}}クレジットになりました。',
  set: '{{server}}の残高を{{balance}}クレジットにしました。',
  allowance: {
    offAndSet: '`停止:True` か、`クレジット数` と `間隔` のどちらか一方を指定してください。両方は指定できません。',
    missing: '定期付与を設定するには `クレジット数` と `間隔`（毎日、毎週、毎月）を、停止するには `停止:True` を指定してください。',
    removed: '{{server}}の定期付与を停止しました。',
    none: '{{server}}には定期付与がありませんでした。',
    set: '{{server}}に{{allowance}}を定期付与します。初回は<t:{{at}}:f>です（UTC基準）。今の期間には付与されません。今すぐ追加するには `/operator 追加` を使ってください。',
    every: { day: '毎日{{amount}}クレジット', week: '毎週{{amount}}クレジット（月曜00:00 UTCから）', month: '毎月{{amount}}クレジット' },
  },
  servers: {
    title: 'Botが参加しているサーバー（{{count}}）',
    none: 'Botはどのサーバーにも参加していません。',
    footer: '{{page}}／{{pages}}ページ · 単位はクレジット。今日・30日間 = 確保＋使用（UTC） · /operator 追加、残高設定、定期付与',
    facts: '残高 {{balance}} · 確保中 {{held}} · 今日 {{today}} · 30日間 {{month}} · {{allowance}}',
    allowance: { day: '定期付与 {{amount}}/日', week: '定期付与 {{amount}}/週', month: '定期付与 {{amount}}/月' },
    noAllowance: '定期付与なし',
    notAllowed: ' · ALLOWED_GUILDSに含まれていません',
    previous: '前へ',
    next: '次へ',
  },
  kie: {
    balance: '**Kieアカウント：**{{credits}}クレジット（<t:{{at}}:R>に取得）',
    unread: '**Kieアカウント：**まだ取得していません（起動時と10分ごとに取得します）',
    spent: '**今日（UTC）の全サーバーの使用量：**{{spent}}クレジット（確保＋使用、払い戻し分は除く）',
    noCeiling: '**1日の支出上限：**なし（`DAILY_SPEND_CEILING` は未設定）',
    ceiling: '**1日の支出上限：**{{ceiling}}クレジット、今日の残り{{left}}',
    lowBalance: '**残高不足の通知：**{{threshold}}クレジット未満（`KIE_LOW_BALANCE`）',
    lowBalanceOff: '**残高不足の通知：**オフ（`KIE_LOW_BALANCE=0`）',
  },
  /** To the operators about the Kie account, in English (see above). */
  notice: {
    lowBalance:
      '⚠️ BotのKie.aiアカウントの残高が少なくなっています：残り**{{balance}}クレジット**で、KIE_LOW_BALANCE（{{threshold}}クレジット）を下回りました。メンバーの動画はここから支払われ、残高がなくなると動画は拒否されます。https://kie.ai でチャージしてください。（下回るたびに1回お知らせします。）',
    outOfCredits:
      '🛑 Botのアカウントのクレジットが不足しているため、Kie.aiが動画を拒否しました（402）{{balance}}。メンバーには動画を作れなかったことが伝えられ、料金はかかっていません。https://kie.ai でチャージしてください。（このメッセージは1時間に最大1回です。）',
    balanceReads: '。残高は{{balance}}クレジットと表示されています',
  },
} satisfies Messages['operators'];
