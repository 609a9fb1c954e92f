import { loadConfigOrExit, secretsOf, type Config } from './config.ts';
import { createLogger, scrubber } from './logger.ts';
import { KieClient } from './services/kie/client.ts';
import { checkModels, type ProbeResult } from './services/models/check.ts';
import { kieModelsOf, ModelRegistry, type ModelFamily } from './services/models/registry.ts';
import { ModelState, type FamilyStateView, type ModelStateRecord } from './services/models/state.ts';
import { openSharedLimits } from './services/shared/index.ts';
import { openStore, StoreError } from './services/store.ts';

/**
 * `npm run models` (operator): the model registry as a table, with each family's state as the bot
 * last saw it (from the store). `npm run models -- --check` first asks Kie, for free, which enabled
 * models are live right now (services/models/check.ts) and records the answers.
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

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z'));

function stateText(view: FamilyStateView | undefined): string {
  if (!view || view.status === 'unknown') return 'unknown (not seen yet)';
  const since = view.since === undefined ? '' : ` since ${iso(view.since)}`;
  if (view.status === 'paused') return `paused${since}${view.retryAt !== undefined ? `, retry ${iso(view.retryAt)}` : ''}`;
  if (view.status === 'failing') return `failing (${view.recentErrors} recent errors)${since}`;
  return `live${since}`;
}

/** A plain-text table: columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function registryTable(registry: ModelRegistry, state: ModelState, checked?: readonly ProbeResult[]): string {
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

export async function runModelsCli(argv: readonly string[], write: (text: string) => void, config: Config): Promise<number> {
  const check = argv.includes('--check');
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
    write(`${registryTable(registry, models, checked)}\n`);
    if (checked) {
      const unknown = checked.filter((r) => r.answer === 'unknown');
      for (const r of unknown) write(`unknown: ${r.kieModel}: ${r.detail}\n`);
      write(`Checked: ${checked.filter((r) => r.answer === 'live').length} live, ${checked.filter((r) => r.answer === 'paused').length} paused, ${unknown.length} unknown (recorded: live and paused only).\n`);
    } else {
      write('State as the bot last saw it. `npm run models -- --check` asks Kie now.\n');
    }
    return 0;
  } finally {
    await store.close();
  }
}

if (import.meta.main) {
  const config = loadConfigOrExit();
  runModelsCli(process.argv.slice(2), (text) => process.stdout.write(text), config).then(
    (code) => process.exit(code),
    (error: unknown) => {
      const message = error instanceof StoreError || error instanceof Error ? error.message : String(error);
      process.stderr.write(`npm run models failed: ${scrubber(secretsOf(config))(message)}\n`);
      process.exit(error instanceof StoreError ? 73 : 1);
    },
  );
}
