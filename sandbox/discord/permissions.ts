// Permission bits and the bitfields the fake hands out (an ordinary member, an admin, the bot).
// Computing permissions from roles lives here when it comes: role hierarchy (positions) and channel
// permission overwrites belong in this module, with the roles themselves in guilds.ts.

const PERMISSION = {
  createInstantInvite: 1n << 0n,
  administrator: 1n << 3n,
  manageGuild: 1n << 5n,
  addReactions: 1n << 6n,
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  attachFiles: 1n << 15n,
  readMessageHistory: 1n << 16n,
  useExternalEmojis: 1n << 18n,
  changeNickname: 1n << 26n,
  useApplicationCommands: 1n << 31n,
  sendMessagesInThreads: 1n << 38n,
} as const;

const memberBits =
  PERMISSION.createInstantInvite |
  PERMISSION.addReactions |
  PERMISSION.viewChannel |
  PERMISSION.sendMessages |
  PERMISSION.embedLinks |
  PERMISSION.attachFiles |
  PERMISSION.readMessageHistory |
  PERMISSION.useExternalEmojis |
  PERMISSION.changeNickname |
  PERMISSION.useApplicationCommands |
  PERMISSION.sendMessagesInThreads;

/** Permission bitfield strings as Discord sends them. */
export const FAKE_PERMISSIONS = {
  /** An ordinary member: no Manage Server. */
  member: memberBits.toString(),
  /** A server admin: Administrator + Manage Server on top of the member bits. */
  admin: (memberBits | PERMISSION.administrator | PERMISSION.manageGuild).toString(),
  /** Only Manage Server, no Administrator. */
  manager: (memberBits | PERMISSION.manageGuild).toString(),
  /** What the bot has in a channel by default (can send, embed and attach). */
  bot: memberBits.toString(),
  /** A bot that may not attach files here. */
  botWithoutAttach: (memberBits & ~PERMISSION.attachFiles).toString(),
} as const;
