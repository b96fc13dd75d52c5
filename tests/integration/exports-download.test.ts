// Browser mode's files.saveAs: the page gets a download address, GET /exports/<name>, served only
// with the session cookie, only for files directly inside the exports folder, as an attachment.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadSaveAs, startBrowserServer, type BrowserServer } from '../../src-main/server/http-server';
import { openApp, type App } from '../../src-main/services';
import { rawRequest, type RawRequest } from '../helpers/raw-http';
import { tempDir } from '../helpers/workspace';

let dir: string;
let cleanup: () => void;
let app: App;
let server: BrowserServer;
let exportsDir: string;

const send = (path: string, options?: RawRequest) => rawRequest(server.port, path, options);

const host = () => `127.0.0.1:${server.port}`;
const cookie = () => `svp_session_${server.port}=${server.token}`;
const get = (path: string, method = 'GET') => send(path, { method, headers: { Host: host(), Cookie: cookie() } });
const api = (channel: string, input: unknown) =>
  send('/api', {
    method: 'POST',
    headers: { Host: host(), Cookie: cookie(), Origin: `http://${host()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel, input }),
  });

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  app = openApp(join(dir, 'workspace.sqlite'), { host: { saveAs: downloadSaveAs } });
  exportsDir = app.exportsDir;
  expect(exportsDir).toBe(join(dir, 'exports'));
  mkdirSync(join(exportsDir, 'folder'), { recursive: true });
  writeFileSync(join(exportsDir, 'suzhou-visit-en-r3.pdf'), '%PDF-1.7 programme');
  writeFileSync(join(exportsDir, '苏州 日程安排.pdf'), '%PDF-1.7 中文');
  writeFileSync(join(dir, 'secret.txt'), 'outside the exports folder');
  symlinkSync(join(dir, 'secret.txt'), join(exportsDir, 'link.pdf'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>svp</title>');
  server = await startBrowserServer({ app, rendererDir });
});
afterAll(async () => {
  await server.close();
  app.close();
  cleanup();
});

describe('GET /exports/<name> (browser mode downloads)', () => {
  it('answers 401 without the session cookie, and 403 to a foreign Host', async () => {
    const path = '/exports/suzhou-visit-en-r3.pdf';
    expect((await send(path, { headers: { Host: host() } })).status).toBe(401);
    expect((await send(path, { headers: { Host: host(), Cookie: `svp_session_${server.port}=wrong` } })).status).toBe(
      401,
    );
    expect((await send(path, { headers: { Host: 'evil.example', Cookie: cookie() } })).status).toBe(403);
  });

  it('serves an exported file as an attachment', async () => {
    const reply = await get('/exports/suzhou-visit-en-r3.pdf');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('%PDF-1.7 programme');
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(reply.headers['content-disposition']).toBe(
      `attachment; filename="suzhou-visit-en-r3.pdf"; filename*=UTF-8''suzhou-visit-en-r3.pdf`,
    );
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    const head = await get('/exports/suzhou-visit-en-r3.pdf', 'HEAD');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '18']);
  });

  it('keeps a Chinese file name exact (RFC 8187) with an ASCII fallback', async () => {
    const reply = await get(`/exports/${encodeURIComponent('苏州 日程安排.pdf')}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('%PDF-1.7 中文');
    expect(reply.headers['content-disposition']).toBe(
      `attachment; filename="__ ____.pdf"; filename*=UTF-8''${encodeURIComponent('苏州 日程安排.pdf')}`,
    );
  });

  it('refuses path traversal, folders, links out of the folder and files that are not there', async () => {
    for (const path of [
      '/exports/..%2Fsecret.txt',
      '/exports/%2e%2e%2fsecret.txt',
      '/exports/..%5Csecret.txt',
      '/exports/..%2F..%2Fetc%2Fpasswd',
      `/exports/${encodeURIComponent(join(dir, 'secret.txt'))}`,
      '/exports/folder',
      '/exports/folder%2F..%2F..%2Fsecret.txt',
      '/exports/link.pdf',
      '/exports/%00.pdf',
      '/exports/.',
      '/exports/',
      '/exports/missing.pdf',
    ]) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toContain('outside the exports folder');
    }
    // Dot segments are resolved before routing: this is the renderer's (absent) /secret.txt.
    const dotted = await get('/exports/../secret.txt');
    expect(dotted.status).toBe(404);
    expect(dotted.body).not.toContain('outside the exports folder');
    expect((await get('/exports/%E0%A4%A')).status).toBe(400);
    expect(
      (await send('/exports/suzhou-visit-en-r3.pdf', { method: 'DELETE', headers: { Host: host(), Cookie: cookie() } }))
        .status,
    ).toBe(405);
  });

  it('files.saveAs answers with the download address, and only for exported files', async () => {
    const saved = JSON.parse((await api('files.saveAs', { path: join(exportsDir, '苏州 日程安排.pdf') })).body);
    expect(saved).toEqual({
      ok: true,
      value: {
        status: 'download',
        url: `/exports/${encodeURIComponent('苏州 日程安排.pdf')}`,
        fileName: '苏州 日程安排.pdf',
      },
    });
    expect((await get(saved.value.url)).status).toBe(200);
    for (const path of [
      join(dir, 'secret.txt'),
      join(exportsDir, 'link.pdf'),
      join(dir, 'workspace.sqlite'),
      'x.pdf',
    ]) {
      expect(JSON.parse((await api('files.saveAs', { path })).body), path).toMatchObject({
        ok: false,
        error: { code: 'not_found', messageKey: 'errors:export_unknown' },
      });
    }
  });
});
