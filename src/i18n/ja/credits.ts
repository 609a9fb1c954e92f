import type { Messages } from '../en-US/index.ts';

/**
 * `/credits` answers (private, the member's language), the ledger's refusals and the journal as
 * `/credits 履歴` words it. Numbers that travel inside a message made before its language is
 * known (zod's limits, a refusal, a journal note) are formatted here: `{{n, number}}`.
 */
export default {
  invalid: {
    amount: {
      whole: 'クレジット数は整数で指定してください。',
      min: 'クレジット数は{{minimum, number}}以上にしてください。残高を減らすには `/credits 残高設定` を使ってください。',
      max: 'クレジット数は{{maximum, number}}クレジットまでです。',
    },
    balance: {
      whole: '残高は整数のクレジットで指定してください。',
      min: '残高をマイナスにはできません。',
      max: '残高は{{maximum, number}}クレジットまでです。',
    },
    daily: {
      whole: '1日の上限は整数のクレジットで指定してください。',
      min: '1日の上限をマイナスにはできません。',
      max: '1日の上限は{{maximum, number}}クレジットまでです。',
    },
    threshold: {
      whole: 'しきい値は整数のクレジットで指定してください。',
      min: 'しきい値をマイナスにはできません。',
      max: 'しきい値は{{maximum, number}}クレジットまでです。',
    },
    reason: '理由は200文字までです。',
  },
  notInServer: 'クレジットはサーバーごとのものです。サーバー内で `/credits` を使ってください。',
  pickSubcommand: 'サブコマンドを選んでください：残高、追加、残高設定、上限、通知、使用量、履歴',
  unknownSubcommand: '`/credits {{sub}}` というサブコマンドはありません。残高、追加、残高設定、上限、通知、使用量、履歴のいずれかを使ってください。',
  manageServer: '`/credits {{sub}}` を使えるのは「サーバー管理」権限を持つメンバーだけです。',
  operatorOnly: {
    add: 'クレジットを追加できるのはBotの運営者だけです。',
    raise: '残高を増やせるのはBotの運営者だけです。現在のサーバーの残高以下になら設定できます。',
    // Who the operators are is never said: how to ask is OPERATOR_CONTACT's, if set.
    where:
      '{{what}}クレジットは、Kie.aiで全動画の料金を支払っているBotの運営者から提供されます。サーバー管理者は、サーバーに付与されたクレジットを配分・制限できます（`/credits 上限`、`/credits 通知`、チャレンジの予算）。{{ask}}',
    askContact: 'クレジットの追加を依頼するには：{{contact}}',
    askAnyone: 'クレジットの追加を依頼するには、このBotをサーバーに追加した人か、Botを運営している人に連絡してください。',
  },
  granted: '{{amount}}クレジットを追加しました。サーバーの残高は{{balance}}クレジットになりました。',
  balanceSet: 'サーバーの残高を{{balance}}クレジットにしました。',
  limit: { off: 'メンバーの1日の上限をなくしました。', set: 'メンバーは1人あたり1日（UTC）に{{amount}}クレジットまで使えるようになりました。' },
  alert: { off: '残高不足の通知をオフにしました。', set: '残高が{{amount}}クレジットを下回ったら、Botが一度お知らせします。' },
  usage: {
    none: '過去30日間にクレジットを使ったメンバーはいません。',
    title: '**メンバー別のクレジット使用量**',
    line: '<@{{memberId}}>：{{week}}（7日間）・{{month}}（30日間）・今日{{today}}',
    more_one: '…ほか{{count}}人',
    more_other: '…ほか{{count}}人',
  },
  /** A ledger refusal (LedgerError): nothing was changed. */
  refused: {
    wrapper: '実行できませんでした：{{detail}}。',
    grant: {
      whole: '追加するクレジットは整数にしてください',
      min: '追加するクレジットは{{min, number}}以上にしてください',
      max: '追加できるのは{{max, number}}クレジットまでです',
    },
    set: { whole: '設定する残高は整数のクレジットにしてください', min: '残高をマイナスにはできません', max: '設定できる残高は{{max, number}}クレジットまでです' },
    dailyLimit: {
      whole: '1日の上限は整数のクレジットにしてください',
      min: '1日の上限をマイナスにはできません',
      max: '1日の上限は{{max, number}}クレジットまでです',
    },
    alertThreshold: {
      whole: '通知のしきい値は整数のクレジットにしてください',
      min: '通知のしきい値をマイナスにはできません',
      max: '通知のしきい値は{{max, number}}クレジットまでです',
    },
    budget: {
      whole: '予算は整数のクレジットにしてください',
      min: '予算は{{min, number}}クレジット以上にしてください',
      max: '予算は{{max, number}}クレジットまでです',
    },
    balanceTooLarge: '残高が{{max, number}}クレジットを超えてしまいます',
    holdAmount: '確保するクレジットは正の整数である必要があります（受け取った値：{{amount}}）',
    raise: '残高を増やせるのはBotの運営者だけです',
  },
  /** `/credits 履歴`: one line per change, newest first. */
  history: {
    none: 'まだ変更はありません。',
    title: '**最近の変更（新しい順）**',
    line: '{{when}} {{who}} {{what}} → {{balance}}',
    lineJob: '{{when}} {{who}} {{what}} → {{balance}} · ジョブ {{jobId}}',
    operatorLine: '{{when}} {{what}} → {{balance}}',
    system: 'システム',
    withReason: '{{what}} — {{reason}}',
    operatorGrant: 'Botの運営者が{{sign}}を追加',
    operatorSet: 'Botの運営者が残高を設定（{{sign}}）',
    grant: '{{sign}}を追加',
    set: '残高を設定（{{sign}}）',
    hold: '動画用に{{amount}}を確保',
    holdNote: '動画：{{note}}',
    capture: '動画を配信',
    captureNote: '動画を配信、{{note}}',
    release: '{{sign}}を払い戻し',
    releaseNote: '{{sign}}を払い戻し（{{note}}）',
    limit: '1日の上限を変更',
    alert: '通知を変更',
    budget: 'チャレンジの予算（{{sign}}）',
    /** What a change's entry says about it, kept as data and worded when shown. */
    note: {
      startingCredits: '初期クレジット',
      allowance: { day: '毎日の定期付与', week: '毎週の定期付与', month: '毎月の定期付与' },
      spent: '{{amount, number}}クレジット使用',
      fromBudget: '{{budget}}の予算から{{amount, number}}クレジット（残り{{left, number}}）',
      backToBudget: '{{why}}。{{amount, number}}クレジットを{{budget}}の予算に戻しました',
      toBudget: '{{amount, number}}クレジットを{{budget}}の予算に移動',
      budgetReturned: '{{budget}}の予算に残った{{amount, number}}クレジットをサーバーに戻しました',
      budgetName: 'チャレンジ',
      limitRemoved: '1日の上限を解除',
      limitSet: '1日の上限：メンバー1人あたり{{amount, number}}クレジット',
      alertOff: '残高不足の通知オフ',
      alertSet: '残高が{{amount, number}}クレジット未満で通知',
    },
  },
} satisfies Messages['credits'];
