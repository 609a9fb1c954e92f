import type { FakeDiscord } from './discord.ts';
import { fakeModelSpecs, type FakeKie } from './kie.ts';

/** The failure paths the sandbox page can switch on and off. */
export const faultNames = ['kiePaused', 'kieOutOfCredits', 'kieTaskFails', 'discordOutage'] as const;
export type FaultName = (typeof faultNames)[number];
export type FaultState = Record<FaultName, boolean>;

export const faultLabels: Record<FaultName, string> = {
  kiePaused: 'Kie paused (createTask: "This interface is temporarily paused"; the bot then believes it for a while)',
  kieOutOfCredits: 'Kie 402: the Kie account is out of credits',
  kieTaskFails: 'Kie tasks fail (content policy)',
  discordOutage: 'Discord outage (REST answers 503)',
};

const taskFailure = { code: '400', msg: 'Your prompt was flagged by Website as violating content policies.' };

/** Turns page switches into the stand-ins' own fault controls; the bot sees only their answers. */
export class SandboxFaults {
  readonly #discord: FakeDiscord;
  readonly #kie: FakeKie;
  readonly #state: FaultState = { kiePaused: false, kieOutOfCredits: false, kieTaskFails: false, discordOutage: false };
  readonly #kieCredits: number;

  constructor(discord: FakeDiscord, kie: FakeKie) {
    this.#discord = discord;
    this.#kie = kie;
    this.#kieCredits = kie.credits;
  }

  get state(): FaultState {
    return { ...this.#state };
  }

  set(name: FaultName, on: boolean): FaultState {
    this.#state[name] = on;
    switch (name) {
      case 'kiePaused':
        for (const model of Object.keys(fakeModelSpecs)) {
          if (on) this.#kie.pauseModel(model);
          else this.#kie.resumeModel(model);
        }
        break;
      case 'kieOutOfCredits':
        this.#kie.credits = on ? 0 : this.#kieCredits;
        // Both create endpoints: the jobs API and Veo's own.
        for (const route of ['createTask', 'veoGenerate'] as const) {
          this.#kie.clearFailures(route);
          if (on) this.#kie.failNext(route, { code: 402, times: Number.POSITIVE_INFINITY });
        }
        break;
      case 'kieTaskFails':
        this.#kie.setDefaultPlan({ outcome: on ? { fail: taskFailure } : 'success' });
        break;
      case 'discordOutage':
        this.#discord.clearFaults();
        // Attachments stay readable so the page can still show what was already delivered.
        if (on) this.#discord.fail({ path: /^\/(?!cdn\/|media\/)/ }, { status: 503, body: { message: 'Service Unavailable', code: 0 } }, Number.POSITIVE_INFINITY);
        break;
    }
    return this.state;
  }
}
