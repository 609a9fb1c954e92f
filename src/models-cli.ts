import { loadModelsCliConfigOrExit, secretsOf, type ModelsCliConfig } from './config.ts';
import { createLogger, scrubber } from './logger.ts';
import { KieClient } from './services/kie/client.ts';
import { checkModels, type ProbeResult } from './services/models/check.ts';
import { ratio } from './services/models/family.ts';
import { kieModelsOf, ModelRegistry, type ModelFamily } from './services/models/registry.ts';
import { ModelState, type FamilyStateView, type ModelStateRecord } from './services/models/state.ts';
import { openSharedLimits } from './services/shared/index.ts';
import { openStore, StoreError } from './services/store.ts';

/**
 * `npm run models` (operator): the model registry as a table, with each family's state as the bot
 * last saw it (from the store), narrow enough for 120 columns (`--wide`: every detail). `npm run
 * models -- --check` first asks Kie, for free, which enabled models are live right now
 * (services/models/check.ts) and records the answers.
 */

function optionsText(f: ModelFamily): string {
  const qualities = f.qualities.map((q) => (f.qualityLabels[q] ? `${q} (${f.qualityLabels[q]})` : q)).join('/');
  return `${f.durations.join('/')} s; ${f.aspects.join('/')}; ${qualities}${f.imageRequired ? '; image required' : ''}`;
}

function pricesText(f: ModelFamily): string {
  return Object.entries(f.prices)
    .map(([key, credits]) => `${key.replace(':', ' ')}s=${credits}`)
    .join(', ');
}

/** `5/10/15 s`, or `4–15 s` when a family offers many lengths. */
function durationsText(f: ModelFamily): string {
  const d = f.durations;
  return d.length > 3 ? `${d[0]}–${d.at(-1)} s` : `${d.join('/')} s`;
}

/** Per quality, the cheapest and dearest length: `standard 30–45, high 200–400`. */
function priceRangeText(f: ModelFamily): string {
  return f.qualities
    .map((q) => {
      const credits = Object.entries(f.prices)
        .filter(([key]) => key.startsWith(`${q}:`))
        .map(([, c]) => c);
      if (credits.length === 0) return undefined;
      const low = Math.min(...credits);
      const high = Math.max(...credits);
      return `${q} ${low === high ? low : `${low}–${high}`}`;
    })
    .filter((t) => t !== undefined)
    .join(', ');
}

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z'));
/** `10:00Z` within a day (a paused model's retry is minutes to an hour away), else the date. */
const shortTime = (ms: number) => (Math.abs(ms - Date.now()) < 86_400_000 ? `${new Date(ms).toISOString().slice(11, 16)}Z` : new Date(ms).toISOString().slice(0, 10));

function stateText(view: FamilyStateView | undefined): string {
  if (!view || view.status === 'unknown') return 'unknown (not seen yet)';
  const since = view.since === undefined ? '' : ` since ${iso(view.since)}`;
  if (view.status === 'paused') return `paused${since}${view.retryAt !== undefined ? `, retry ${iso(view.retryAt)}` : ''}`;
  if (view.status === 'failing') return `failing (${view.recentErrors} recent errors)${since}`;
  return `live${since}`;
}

function shortStateText(view: FamilyStateView | undefined): string {
  if (!view || view.status === 'unknown') return 'not seen yet';
  if (view.status === 'paused') return view.retryAt === undefined ? 'paused' : `paused, retry ${shortTime(view.retryAt)}`;
  if (view.status === 'failing') return `failing (${view.recentErrors} errors)`;
  return 'live';
}

/** The answers of a check for one family's model ids: `live`, or `live+paused` when they differ. */
function shortCheckText(results: readonly ProbeResult[]): string {
  return [...new Set(results.map((r) => r.answer))].join('+');
}

/** A plain-text table: columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** Every detail: Kie model ids, options, every price, schema source (`--wide`; hundreds of columns). */
export function wideTable(registry: ModelRegistry, state: ModelState, checked?: readonly ProbeResult[]): string {
  const views = new Map(state.view().map((v) => [v.familyId, v]));
  const rows = registry.list().map((f) => {
    const row = [f.id, `${kieModelsOf(f).join(', ')}${f.api === 'veo' ? ' (Veo API)' : ''}`, optionsText(f), pricesText(f), f.source, stateText(views.get(f.id))];
    if (checked) row.push(checked.filter((r) => r.familyId === f.id).map((r) => `${r.kieModel}: ${r.answer}`).join(', '));
    return row;
  });
  const header = ['family', 'Kie model ids', 'options', 'prices (credits)', 'schema source', 'state'];
  if (checked) header.push('check now');
  return table(header, rows);
}

/** What fits a 120-column terminal: lengths, aspect ratios, price ranges per quality, state. */
export function narrowTable(registry: ModelRegistry, state: ModelState, checked?: readonly ProbeResult[]): string {
  const views = new Map(state.view().map((v) => [v.familyId, v]));
  const rows = registry.list().map((f) => {
    const row = [f.id, durationsText(f), f.aspects.map((a) => ratio[a]).join(' '), `${priceRangeText(f)}${f.imageRequired ? ' (image)' : ''}`, shortStateText(views.get(f.id))];
    if (checked) row.push(shortCheckText(checked.filter((r) => r.familyId === f.id)));
    return row;
  });
  const header = ['family', 'lengths', 'aspects', 'prices (credits)', 'state'];
  if (checked) header.push('check now');
  return table(header, rows);
}

export async function runModelsCli(argv: readonly string[], write: (text: string) => void, config: ModelsCliConfig): Promise<number> {
  const check = argv.includes('--check');
  const wide = argv.includes('--wide');
  const registry = new ModelRegistry({ enabled: config.MODELS_ENABLED, priceOverrides: config.MODEL_PRICES });
  const store = await openStore(config.DATABASE_URL);
  try {
    const models = new ModelState({ registry, collection: store.collection<ModelStateRecord>('models') });
    await models.load();
    let checked: ProbeResult[] | undefined;
    if (check) {
      // The bot's own limits: on a shared store these creates count with the running bots' ones.
      const limits = await openSharedLimits(store);
      const logger = createLogger({ level: 'warn', secrets: secretsOf(config) });
      const kie = new KieClient({
        baseUrl: config.KIE_API_URL,
        apiKey: config.KIE_API_KEY,
        logger,
        timeoutMs: config.KIE_TIMEOUT_MS,
        createLimiter: limits.limiter('kie-create', config.KIE_CREATE_LIMIT),
        readLimiter: limits.limiter('kie-read', config.KIE_READ_LIMIT),
      });
      write(`Asking Kie about ${registry.kieModels().length} model ids (an empty request each: nothing is created or paid)…\n`);
      checked = await checkModels({ kie, registry, models });
    }
    write(`${(wide ? wideTable : narrowTable)(registry, models, checked)}\n`);
    if (checked) {
      const unknown = checked.filter((r) => r.answer === 'unknown');
      // The narrow table says how many; which ones, here.
      if (!wide) for (const r of checked.filter((c) => c.answer === 'paused')) write(`paused: ${r.kieModel}\n`);
      for (const r of unknown) write(`unknown: ${r.kieModel}: ${r.detail}\n`);
      write(`Checked: ${checked.filter((r) => r.answer === 'live').length} live, ${checked.filter((r) => r.answer === 'paused').length} paused, ${unknown.length} unknown (recorded: live and paused only).\n`);
    } else {
      write('State as the bot last saw it. `npm run models -- --check` asks Kie now.\n');
    }
    if (!wide) {
      write('Kie model ids, options, every price and schema sources: `npm run models -- --wide`.\n');
    }
    return 0;
  } finally {
    await store.close();
  }
}

if (import.meta.main) {
  // Only the Kie key (and DATABASE_URL for the last-seen states): no Discord settings needed.
  const config = loadModelsCliConfigOrExit();
  runModelsCli(process.argv.slice(2), (text) => process.stdout.write(text), config).then(
    (code) => process.exit(code),
    (error: unknown) => {
      const message = error instanceof StoreError || error instanceof Error ? error.message : String(error);
      process.stderr.write(`npm run models failed: ${scrubber(secretsOf(config))(message)}\n`);
      process.exit(error instanceof StoreError ? 73 : 1);
    },
  );
}
