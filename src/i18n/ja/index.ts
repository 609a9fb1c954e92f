/*
 * Japanese (ja). Written as a Japanese Discord bot speaks: polite です/ます in answers, short and
 * plain; no spaces between Japanese words; full-width 、。：（） in Japanese sentences, ASCII around
 * code, ids, `{{variables}}` and Discord markup. Plurals: `_one` and `_other` say the same thing.
 *
 * Glossary (keep these consistent):
 *   credits → クレジット                    pool → サーバーのクレジット (the server's credits)
 *   balance → 残高                          challenge → チャレンジ
 *   entry → 応募作品 (to enter/submit → 応募する; Submit to challenge → チャレンジに応募)
 *   vote → 投票 / 票                        model → モデル
 *   hold / held → 確保 / 確保中             refund / refunded → 払い戻し / 払い戻し済み
 *   job → ジョブ (footer "ジョブ k3x9ab", "ジョブID")
 *   server → サーバー · member → メンバー · prompt → プロンプト · operator → (Botの)運営者
 *   budget → 予算                           allowance (operator's recurring grant) → 定期付与
 *   daily cap / limit → 1日の上限           ceiling → (1日の)支出上限
 *   threshold / alert → しきい値 / 通知     review log → 確認ログ
 *   role → ロール (Discord's own word)      admin → 管理者 · moderator → モデレーター
 *   blocked words → 禁止ワード              block / unblock → ブロック / ブロック解除
 *   Again / Remix / Delete / Cancel → もう一度 / リミックス / 削除 / キャンセル
 *   "You were not charged" → 「料金はかかっていません」
 *   Permissions as Discord's Japanese UI names them, in 「」: 「管理者」「サーバー管理」「ロールの管理」
 *   「チャンネルの管理」「メンバーをBAN」「メンバーをキック」「メッセージの管理」
 *   「@everyone、@here、全てのロールにメンション」「ウェブフックの管理」「チャンネルを見る」
 *   「メッセージを送信」「ファイルを添付」.
 *
 * Command names stay English (`/sora`, `/credits` …); subcommand and option names are Japanese (see
 * commands/), and messages that name them use those names (`/credits 追加`, `/jobs 一覧`,
 * `/challenge 応募 チャレンジ:`, `/sora モデル:`). Values members type as free text stay English
 * (`all`, `operator`, `90s`, and the Remix form's `portrait`/`landscape`/`square`); values picked
 * from a list are named as the list shows them (`automod:オン`, `自動`, 縦長, 標準画質).
 */
import type { Messages } from '../en-US/index.ts';
import balance from './balance.ts';
import challenges from './challenges/index.ts';
import commands from './commands/index.ts';
import common from './common.ts';
import credits from './credits.ts';
import history from './history.ts';
import input from './input.ts';
import jobs from './jobs.ts';
import models from './models.ts';
import moderation from './moderation/index.ts';
import operators from './operators.ts';
import results from './results.ts';
import settings from './settings.ts';
import sora from './sora.ts';

export const ja: Messages = { balance, challenges, commands, common, credits, history, input, jobs, models, moderation, operators, results, settings, sora };
