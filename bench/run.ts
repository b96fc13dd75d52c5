// `npm run bench [-- --json FILE] [-- --quick]`: builds a large workspace and prints the figures the
// project's targets are stated in. Benchmarks measure and print; they never fail a test run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openApp, type App } from '../src-main/services';
import { seedWorkspace } from './seed';

const { values } = parseArgs({ options: { json: { type: 'string' }, quick: { type: 'boolean', default: false } } });
const quick = values.quick;
const SIZE = quick
  ? { visits: 20, bigItems: 2000, items: 5000, members: 500 }
  : { visits: 200, bigItems: 2000, items: 50_000, members: 5000 };

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}
const figures: Figure[] = [];
let peakRss = 0;
const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const memoryTimer = setInterval(sampleMemory, 20);

function record(name: string, value: number, unit: string, target?: string) {
  figures.push({ name, value: Math.round(value * 100) / 100, unit, target });
  console.log(
    `${name.padEnd(48)} ${String(Math.round(value * 100) / 100).padStart(10)} ${unit}${target ? `   (target ${target})` : ''}`,
  );
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

async function unwrap<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'svp-bench-'));
  const path = join(dir, 'bench.sqlite');
  try {
    // One visit with 2,000 items; the rest spread the remaining items.
    const rest = SIZE.items - SIZE.bigItems;
    const perVisit = [
      SIZE.bigItems,
      ...Array.from({ length: SIZE.visits - 1 }, () => Math.floor(rest / (SIZE.visits - 1))),
    ];
    const [seedMs] = await time(() =>
      seedWorkspace(path, {
        visits: SIZE.visits,
        itemsPerVisit: perVisit,
        membersPerVisit: Math.ceil(SIZE.members / SIZE.visits),
      }),
    );
    console.log(
      `workspace: ${SIZE.visits} visits, ${SIZE.items} items, ${SIZE.members} members (built in ${Math.round(seedMs)} ms)\n`,
    );

    const [openMs, app] = await time(() => openApp(path));
    const [listMs, visits] = await time(() =>
      unwrap<Array<{ id: string; itemCount: number }>>(app.call('visits.list', {})),
    );
    record('open workspace', openMs, 'ms');
    record('first list query (visits.list)', listMs, 'ms');
    record('open + first list', openMs + listMs, 'ms');

    await benchPaint(app);
    await benchEdits(app, visits.find((v) => v.itemCount === SIZE.bigItems)!.id);
    await benchSearch(app);
    await benchPdf();
    sampleMemory();
    app.close();
    await benchMainProcessMemory(path, visits.find((v) => v.itemCount === SIZE.bigItems)!.id);
    record('benchmark process peak memory (RSS)', peakRss / 1024 / 1024, 'MB');
  } finally {
    clearInterval(memoryTimer);
    rmSync(dir, { recursive: true, force: true });
  }
  if (values.json) {
    writeFileSync(
      values.json,
      JSON.stringify({ measuredAt: new Date().toISOString(), quick, size: SIZE, figures }, null, 2),
    );
    console.log(`\nwritten to ${values.json}`);
  }
}

/** Browser mode: from opening the address to the visits list on screen, in Chromium. */
async function benchPaint(app: App) {
  const { existsSync } = await import('node:fs');
  const rendererDir = join(import.meta.dirname, '..', 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.log('first paint: not measured (run "npm run build" first)');
    return;
  }
  const { startBrowserServer } = await import('../src-main/server/http-server');
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, chromiumExecutable } = await import('../tests/helpers/chromium');
  const server = await startBrowserServer({ app, rendererDir });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      const [ms] = await time(async () => {
        await page.goto(server.url);
        await page.locator('.visit-card').first().waitFor();
      });
      samples.push(ms);
      await page.close();
    }
    record('first interactive paint, browser mode (visits list), p50', percentile(samples, 50), 'ms', '< 1000 ms');
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * One edit as the UI makes it: contract → validation → store → conflict recompute for the visit.
 * The visit is open on screen, so its conflicts were computed once before the first edit.
 */
async function benchEdits(app: App, visitId: string) {
  const items = await unwrap<Array<{ id: string; startTime: string }>>(app.call('items.list', { visitId }));
  const [firstCheckMs] = await time(() => unwrap(app.call('conflicts.forVisit', { visitId })));
  record('conflicts of the 2,000-item visit, first check', firstCheckMs, 'ms');
  const roundTrips = async (count: number) => {
    const rounds: number[] = [];
    for (let i = 0; i < count; i++) {
      const item = items[(i * 37) % items.length];
      const [ms] = await time(async () => {
        // Half the edits retitle an item; half move it into a clash with its neighbours.
        const patch =
          i % 2 === 0 ? { title: { en: `Edited ${i}`, zh: `已编辑${i}` } } : { startTime: '08:30', endTime: '09:45' };
        await unwrap(app.call('items.update', { id: item.id, patch }));
        await unwrap(app.call('conflicts.forVisit', { visitId }));
      });
      rounds.push(ms);
    }
    return rounds;
  };
  const rounds = await roundTrips(400);
  record('edit round-trip at 2,000 items, p50', percentile(rounds, 50), 'ms');
  record('edit round-trip at 2,000 items, p95', percentile(rounds, 95), 'ms', '< 5 ms');
  const saves: number[] = [];
  for (let i = 0; i < 400; i++) {
    const item = items[(i * 53) % items.length];
    const [ms] = await time(() =>
      unwrap(app.call('items.update', { id: item.id, patch: { notes: { en: `n${i}`, zh: '' } } })),
    );
    saves.push(ms);
  }
  record('edit save only (no conflict recompute), p95', percentile(saves, 95), 'ms');
  // The same edits with the disk flush left out, to tell the code's share from the disk's.
  app.store.db.pragma('synchronous = OFF');
  record('edit round-trip without the disk flush, p95', percentile(await roundTrips(400), 95), 'ms');
  app.store.db.pragma('synchronous = FULL');
}

/** The services alone in a fresh Node process, as the desktop app's main process runs them. */
async function benchMainProcessMemory(path: string, visitId: string) {
  const { build } = await import('esbuild');
  const { execFileSync } = await import('node:child_process');
  // Inside the project, so the bundle's bare imports resolve to node_modules.
  const bundle = join(import.meta.dirname, '..', 'node_modules', '.cache', 'svp-bench', 'main-process.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'main-process.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    packages: 'external',
    logLevel: 'silent',
  });
  const output = execFileSync(process.execPath, [bundle, path, visitId], { encoding: 'utf8' });
  const { peakRssMb } = JSON.parse(output.trim().split('\n').at(-1)!) as { peakRssMb: number };
  record('main-process peak memory (services alone, RSS)', peakRssMb, 'MB', '< 200 MB');
}

async function benchSearch(app: App) {
  for (const [label, query] of [
    ['search, 2-character Chinese (创新)', '创新'],
    ['search, 4-character Chinese (智慧城市)', '智慧城市'],
    ['search, Latin (innovation park)', 'innovation park'],
  ] as const) {
    const samples: number[] = [];
    for (let i = 0; i < 30; i++)
      samples.push((await time(() => unwrap(app.call('search.query', { query, limit: 50 }))))[0]);
    record(`${label}, p50`, percentile(samples, 50), 'ms', '< 20 ms');
  }
}

async function benchPdf() {
  try {
    const module = (await import('./pdf-export')) as {
      benchPdfExport?: () => Promise<{ ms: number; bytes: number; pages: number; warmMs: number }>;
    };
    if (!module.benchPdfExport) return;
    const result = await module.benchPdfExport();
    record(`PDF export, bilingual, ${result.pages} pages (starting Chromium)`, result.ms, 'ms', '< 2000 ms');
    record('PDF export, same, Chromium already running', result.warmMs, 'ms', '< 2000 ms');
    record('PDF file size', result.bytes / 1024 / 1024, 'MB', '< 2 MB');
  } catch (error) {
    console.log(`PDF export: not measured (${(error as Error).message.split('\n')[0]})`);
  }
}

await main();
