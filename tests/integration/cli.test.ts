// The real `svp` binary, as a user runs it, against a real workspace folder.
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src-main/store/migrations';
import { GAZETTEER } from '../../src-main/gazetteer/gazetteer';
import { tempDir } from '../helpers/workspace';

const SVP = resolve(__dirname, '../../bin/svp.mjs');
const workspace = tempDir('svp-cli-');
afterAll(() => workspace.cleanup());

function svp(...args: string[]) {
  const run = spawnSync(process.execPath, [SVP, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SVP_DATA_DIR: '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('svp', () => {
  beforeAll(() => {
    // A visit created through the same services, by a short script using the public entry point.
    const script = `
      import { openApp } from './src-main/services/index.ts';
      const app = openApp(${JSON.stringify(join(workspace.dir, 'My study visits.sqlite'))});
      const v = await app.call('visits.create', { title: { en: 'Lazio study visit', zh: '拉齐奥考察访问' } });
      const p = await app.call('places.create', { name: { en: 'Lazio Region', zh: '拉齐奥大区' }, side: 'eu', country: 'IT', timeZone: 'Europe/Rome' });
      await app.call('legs.create', { visitId: v.value.id, placeId: p.value.id, startDate: '2023-07-17', endDate: '2023-07-18' });
      app.close();`;
    const seeded = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: resolve(__dirname, '../..'),
      encoding: 'utf8',
    });
    expect(seeded.stderr.replace(/npm warn.*\n/g, '')).toBe('');
  });

  it('check reports the schema version, integrity and row counts', () => {
    const run = svp('check', '--data-dir', workspace.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`schema version: ${LATEST_SCHEMA_VERSION} (latest ${LATEST_SCHEMA_VERSION})`);
    expect(run.stdout).toContain('integrity: ok');
    expect(run.stdout).toContain('visits: 1');
    const json = JSON.parse(svp('check', '--json', '--data-dir', workspace.dir).stdout);
    expect(json).toMatchObject({
      schemaVersion: LATEST_SCHEMA_VERSION,
      integrity: 'ok',
      counts: { visits: 1, legs: 1, places: GAZETTEER.length + 1 },
    });
  });

  it('list visits --json prints the visits with their dates and legs', () => {
    const run = svp('list', 'visits', '--json', '--data-dir', workspace.dir);
    expect(run.code).toBe(0);
    const visits = JSON.parse(run.stdout);
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({
      title: { en: 'Lazio study visit', zh: '拉齐奥考察访问' },
      startDate: '2023-07-17',
      endDate: '2023-07-18',
      legs: [
        {
          startDate: '2023-07-17',
          endDate: '2023-07-18',
          timeZone: 'Europe/Rome',
          place: { name: { zh: '拉齐奥大区' } },
        },
      ],
    });
  });

  it('SVP_DATA_DIR chooses the workspace when --data-dir is absent', () => {
    const run = spawnSync(process.execPath, [SVP, 'list', 'visits', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, SVP_DATA_DIR: workspace.dir },
    });
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  it('explains bad usage with a non-zero exit code', () => {
    expect(svp('list', 'planets', '--data-dir', workspace.dir)).toMatchObject({ code: 2 });
    expect(svp('frobnicate').code).toBe(2);
    expect(svp('list', 'visits', '--bogus', '--data-dir', workspace.dir).stderr).toContain('usage: svp list');
  });

  it('serve prints a URL that works once and answers 401 without the token', async () => {
    const child = spawn(process.execPath, [SVP, 'serve', '--port', '0', '--data-dir', workspace.dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
          if (match) done(match[1]);
        });
        child.on('exit', (code) => fail(new Error(`serve exited with ${code}: ${out}`)));
      });
      const origin = new URL(url).origin;
      expect((await fetch(origin + '/')).status).toBe(401);
      const first = await fetch(url, { redirect: 'manual' });
      expect(first.status).toBe(303);
      const cookie = first.headers.get('set-cookie')!.split(';')[0];
      const page = await fetch(origin + '/', { headers: { Cookie: cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);
});
