// `npm run bench`: every benchmark, each in a fresh Node process (so one's heap, timers and child
// processes never colour another's numbers), then ONE table, as text and as Markdown.
// `npm run bench -- ledger polling` runs a subset; each file also runs alone (node bench/ledger.ts).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchDir, fmt, markdownTable, say, tempDir, textTable, type BenchResult, type Row } from './lib.ts';

const benches = [
  { name: 'ack', file: 'ack.ts', budgetS: 420 },
  { name: 'ledger', file: 'ledger.ts', budgetS: 180 },
  { name: 'openJobs', file: 'openJobs.ts', budgetS: 240 },
  { name: 'polling', file: 'polling.ts', budgetS: 180 },
  { name: 'createLimit', file: 'createLimit.ts', budgetS: 240 },
  { name: 'scaleOut', file: 'scaleOut.ts', budgetS: 240 },
  { name: 'manyServers', file: 'manyServers.ts', budgetS: 420 },
  { name: 'moderation', file: 'moderation.ts', budgetS: 60 },
] as const;

async function runOne(file: string, budgetS: number, out: string): Promise<{ code: number | null; seconds: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [join(benchDir, file)], { env: { ...process.env, BENCH_RESULT_FILE: out }, stdio: ['ignore', 'inherit', 'inherit'] });
  const timer = setTimeout(() => {
    say(`${file}: over its ${budgetS} s budget; stopping it`);
    child.kill('SIGKILL');
  }, budgetS * 1000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, seconds: (Date.now() - started) / 1000 };
}

const wanted = process.argv.slice(2);
const selected = benches.filter((b) => wanted.length === 0 || wanted.includes(b.name));
if (selected.length === 0) {
  say(`unknown benchmark; choose from: ${benches.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

const tmp = tempDir('run');
const rows: Row[] = [];
const notes: string[] = [];
const durations: string[] = [];
let failed = false;
const started = Date.now();
for (const bench of selected) {
  say(`\n== ${bench.name} (${bench.file})`);
  const out = join(tmp.dir, `${bench.name}.json`);
  const { code, seconds } = await runOne(bench.file, bench.budgetS, out);
  durations.push(`${bench.name} ${fmt(seconds)} s`);
  let result: BenchResult | undefined;
  try {
    result = JSON.parse(readFileSync(out, 'utf8')) as BenchResult;
  } catch {
    result = undefined;
  }
  if (code !== 0 || !result) {
    failed = true;
    rows.push({ measure: `${bench.name}: did not finish (exit ${code})`, ours: '—', baseline: '—', ratio: '—', goal: '—', met: 'no' });
    continue;
  }
  rows.push(...result.rows);
  notes.push(...result.notes);
}
tmp.remove();

const totalS = (Date.now() - started) / 1000;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM (${fmt(freemem() / 2 ** 30, 1)} free), Node ${process.version}, ${process.platform}`;
process.stdout.write(`\n${textTable(rows)}\n\n`);
process.stdout.write(`${markdownTable(rows)}\n\n`);
process.stdout.write(`Machine: ${machine}. Whole run ${fmt(totalS)} s (${durations.join(', ')}).\n\n`);
process.stdout.write(`${notes.map((n) => `- ${n}`).join('\n')}\n`);
process.exitCode = failed ? 1 : 0;
