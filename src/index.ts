// The bot as a library: `createApp` builds it (src/app/createApp.ts, the composition root); the
// process around it (signals, exit codes) is src/main.ts, the only entry point.
export { createApp } from './app/createApp.ts';
export type { App, AppOverrides } from './app/types.ts';
