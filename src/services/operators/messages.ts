/** What the bot tells its operators about the Kie account (operator messages: English). */

const credits = (n: number) => `${Math.floor(n).toLocaleString('en-US')} credits`;

export const operatorMessages = {
  lowBalance: (balance: number, threshold: number) =>
    `⚠️ The bot’s Kie.ai account is low: **${credits(balance)}** left, below KIE_LOW_BALANCE (${credits(threshold)}). ` +
    'Members’ videos are paid from it; when it runs out they are refused. Top it up at https://kie.ai. (You are told once each time it drops below.)',
  outOfCredits: (balance: number | undefined) =>
    `🛑 Kie.ai refused a video because the bot’s account is out of credits (402)${balance === undefined ? '' : `; its balance reads ${credits(balance)}`}. ` +
    'Members are told their video could not be made and are not charged. Top it up at https://kie.ai. (At most one such message an hour.)',
} as const;
