// Kills a writing process with SIGKILL at random moments; after every kill the workspace must open,
// pass integrity_check, and hold every write that was confirmed before the kill.
// SVP_CRASH_ROUNDS sets the number of rounds (default 50).
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/services';
import { must, tempDir } from '../helpers/workspace';

const ROUNDS = Number(process.env.SVP_CRASH_ROUNDS ?? 50);
const work = tempDir('svp-crash-');
const path = join(work.dir, 'crash.sqlite');
// Inside the project, so the bundle's bare import of better-sqlite3 resolves to node_modules.
const writer = resolve(__dirname, '../../node_modules/.cache/svp-tests/crash-writer.mjs');
let legId = '';

beforeAll(async () => {
  // Bundled once, so each round starts a plain Node process in a fraction of a second.
  await build({
    entryPoints: [resolve(__dirname, '../helpers/crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: writer,
    external: ['better-sqlite3'],
    banner: {
      js: "import { createRequire as svpCreateRequire } from 'node:module'; const require = svpCreateRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  const app = openApp(path);
  const visit = await must(app, 'visits.create', { title: { en: 'Crash test', zh: '崩溃测试' } });
  const place = (await must(app, 'places.list', { query: 'Beijing' }))[0];
  legId = (
    await must(app, 'legs.create', {
      visitId: visit.id,
      placeId: place.id,
      startDate: '2023-07-02',
      endDate: '2023-07-03',
    })
  ).id;
  app.close();
});
afterAll(() => work.cleanup());

function runAndKill(afterMs: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writer, path, legId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    // The clock starts at the first confirmed write, so every kill lands while writes are under way.
    let timer: NodeJS.Timeout | undefined;
    child.stdout.once('data', () => (timer = setTimeout(() => child.kill('SIGKILL'), afterMs)));
    const safety = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      clearTimeout(safety);
      if (signal !== 'SIGKILL') return fail(new Error(`writer stopped by itself: ${err}`));
      // Only complete lines are confirmations: a line cut by the kill was never fully reported.
      done(out.split('\n').slice(0, -1));
    });
  });
}

describe('crash safety', () => {
  it(`keeps every confirmed write across ${ROUNDS} SIGKILLs`, async () => {
    const confirmed: string[] = [];
    let killedWithWrites = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const ids = await runAndKill(Math.floor(Math.random() * 120));
      if (ids.length) killedWithWrites++;
      confirmed.push(...ids);
      const db = new Database(path, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const stored = new Set(db.prepare('SELECT id FROM items').pluck().all() as string[]);
        const lost = confirmed.filter((id) => !stored.has(id));
        expect(lost, `round ${round}`).toEqual([]);
      } finally {
        db.close();
      }
    }
    // The test only means something if the kills landed while writes were happening.
    expect(killedWithWrites).toBeGreaterThan(ROUNDS / 2);
    expect(confirmed.length).toBeGreaterThan(ROUNDS);
  }, 600_000);
});
