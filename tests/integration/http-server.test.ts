// Browser mode's guards, exercised over real HTTP against a real workspace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../src-main/server/http-server';
import { rawRequest, type RawRequest } from '../helpers/raw-http';
import { tempApp } from '../helpers/workspace';

let app: ReturnType<typeof tempApp>;
let server: BrowserServer;

const send = (path: string, options?: RawRequest) => rawRequest(server.port, path, options);

const host = () => `127.0.0.1:${server.port}`;
const cookie = () => `svp_session_${server.port}=${server.token}`;
const apiCall = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  send('/api', {
    method: 'POST',
    headers: {
      Host: host(),
      Cookie: cookie(),
      Origin: `http://${host()}`,
      'Content-Type': 'application/json',
      ...headers,
    },
    body: JSON.stringify({ channel, input }),
  });

beforeAll(async () => {
  app = tempApp();
  const rendererDir = join(app.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>svp</title>');
  writeFileSync(join(app.dir, 'secret.txt'), 'outside the renderer folder');
  server = await startBrowserServer({ app, rendererDir });
});
afterAll(async () => {
  await server.close();
  app.dispose();
});

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers 401 without the session cookie, for pages and for the API', async () => {
    expect((await send('/', { headers: { Host: host() } })).status).toBe(401);
    const api = await apiCall('visits.list', {}, { Cookie: '' });
    expect(api.status).toBe(401);
    expect((await send('/', { headers: { Host: host(), Cookie: `svp_session_${server.port}=wrong` } })).status).toBe(
      401,
    );
  });

  it('answers 403 to a foreign Host header, GET included, even with a valid cookie', async () => {
    for (const foreign of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      expect((await send('/', { headers: { Host: foreign, Cookie: cookie() } })).status).toBe(403);
      expect((await send(`/?token=${server.token}`, { headers: { Host: foreign } })).status).toBe(403);
    }
    expect((await apiCall('visits.list', {}, { Host: 'evil.example' })).status).toBe(403);
  });

  it('swaps the token for an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const reply = await send(`/?token=${server.token}`, { headers: { Host: host() } });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(reply.headers['set-cookie']?.[0]).toBe(`${cookie()}; HttpOnly; SameSite=Strict; Path=/`);
    const page = await send('/', { headers: { Host: host(), Cookie: cookie() } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses state-changing requests from another origin or without one', async () => {
    expect(
      (await apiCall('visits.create', { title: { en: 'x', zh: '' } }, { Origin: 'http://evil.example' })).status,
    ).toBe(403);
    const noOrigin = await send('/api', {
      method: 'POST',
      headers: { Host: host(), Cookie: cookie(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel: 'visits.create', input: { title: { en: 'x', zh: '' } } }),
    });
    expect(noOrigin.status).toBe(403);
    const visits = await apiCall('visits.list', {});
    expect(JSON.parse(visits.body)).toEqual({ ok: true, value: [] });
  });

  it('sends no CORS header on any response', async () => {
    const replies = await Promise.all([
      send('/', { headers: { Host: host(), Origin: 'http://evil.example' } }),
      send('/', { headers: { Host: 'evil.example' } }),
      apiCall('visits.list', {}),
      apiCall('visits.list', {}, { Origin: 'http://evil.example' }),
      send('/api', { method: 'OPTIONS', headers: { Host: host(), Cookie: cookie(), Origin: 'http://evil.example' } }),
    ]);
    for (const reply of replies)
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('answers the contract at POST /api with the same results as the services', async () => {
    const created = JSON.parse((await apiCall('visits.create', { title: { en: 'Visit', zh: '访问' } })).body);
    expect(created.ok).toBe(true);
    const invalid = JSON.parse((await apiCall('visits.create', { title: 'not bilingual' })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation' } });
    const broken = await send('/api', {
      method: 'POST',
      headers: { Host: host(), Cookie: cookie(), Origin: `http://${host()}`, 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(JSON.parse(broken.body)).toEqual({
      ok: false,
      error: { code: 'validation', messageKey: 'errors:bad_request' },
    });
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send(path, { headers: { Host: host(), Cookie: cookie() } });
      expect(reply.body).not.toContain('outside the renderer folder');
    }
  });
});
