// Browser mode: the built renderer and the contract at POST /api, on 127.0.0.1 only.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize, sep } from 'node:path';
import { exportedFilePath, isPlainFileName } from '../host/exported-files';
import type { App } from '../services';
import type { SaveAsResult } from '../shared/contract/file-schemas';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { hostAllowed, originAllowed, sessionCookie, sessionCookieValue, tokensMatch, type GuardConfig } from './guards';

// Imports travel as base64 (a 20 MiB spreadsheet is ~27 MiB of JSON).
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/** Exported files are downloaded from here (same origin, same cookie as the rest). */
export const EXPORTS_PREFIX = '/exports/';

/** Browser mode's `files.saveAs`: the page downloads the exported file from the server. */
export const downloadSaveAs = async (sourcePath: string): Promise<SaveAsResult> => ({
  status: 'download',
  url: EXPORTS_PREFIX + encodeURIComponent(basename(sourcePath)),
  fileName: basename(sourcePath),
});

export interface BrowserServer {
  server: Server;
  port: number;
  token: string;
  /** Open this once: it carries the token, which the server swaps for a cookie. */
  url: string;
  close(): Promise<void>;
}

export interface BrowserServerOptions {
  app: App;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Folder served at GET /exports/<name>; defaults to the app's exports folder. */
  exportsDir?: string;
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const config: GuardConfig = { port: 0, token };
  const server = createServer((req, res) => {
    handle(req, res, options, config).catch((error: unknown) => {
      console.error('[svp serve]', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  config.port = (server.address() as AddressInfo).port;
  return {
    server,
    port: config.port,
    token,
    url: `http://127.0.0.1:${config.port}/?token=${token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps idle connections open; they would hold close() up indefinitely.
        server.closeAllConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: BrowserServerOptions, config: GuardConfig) {
  if (!hostAllowed(req, config)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host');

  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const queryToken = url.searchParams.get('token') ?? undefined;
  if (req.method === 'GET' && tokensMatch(queryToken, config.token)) {
    url.searchParams.delete('token');
    res.writeHead(303, { 'Set-Cookie': sessionCookie(config), Location: url.pathname + url.search, ...baseHeaders() });
    return res.end();
  }
  if (!tokensMatch(sessionCookieValue(req, config), config.token)) {
    return send(res, 401, 'text/plain; charset=utf-8', 'Open the address printed by "svp serve".');
  }

  if (url.pathname === '/api') {
    if (req.method !== 'POST')
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { Allow: 'POST' });
    if (!originAllowed(req, config)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden origin');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return send(res, 415, 'text/plain; charset=utf-8', 'Expected application/json');
    const body = await readBody(req);
    if (body === null) return send(res, 413, 'text/plain; charset=utf-8', 'Request too large');
    let request: { channel?: unknown; input?: unknown };
    try {
      request = JSON.parse(body) as typeof request;
    } catch {
      return sendJson(res, { ok: false, error: { code: 'validation', messageKey: 'errors:bad_request' } });
    }
    return sendJson(res, await options.app.call(request?.channel, request?.input));
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  if (url.pathname.startsWith(EXPORTS_PREFIX)) {
    return serveExport(res, options.exportsDir ?? options.app.exportsDir, url.pathname, req.method === 'HEAD');
  }
  return serveStatic(res, options.rendererDir, url.pathname);
}

async function serveStatic(res: ServerResponse, root: string, pathname: string) {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (file !== root && !file.startsWith(root + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  const candidates = relative && extname(relative) ? [file] : [join(root, 'index.html')];
  for (const candidate of candidates) {
    try {
      const content = await readFile(candidate);
      const type = MIME[extname(candidate)] ?? 'application/octet-stream';
      const cache = type.startsWith('text/html') ? 'no-store' : 'public, max-age=31536000, immutable';
      return send(res, 200, type, content, { 'Cache-Control': cache });
    } catch {
      // fall through to 404
    }
  }
  return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
}

/** One exported file, as an attachment. Only a bare file name directly inside the exports folder. */
async function serveExport(res: ServerResponse, exportsDir: string, pathname: string, headOnly: boolean) {
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(EXPORTS_PREFIX.length));
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'Bad file name');
  }
  const file = isPlainFileName(name) ? exportedFilePath(exportsDir, name) : null;
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(content.byteLength),
    'Content-Disposition': contentDisposition(name),
    'Cache-Control': 'no-store',
    ...baseHeaders(),
  });
  res.end(headOnly ? undefined : content);
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / RFC 8187). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const exact = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function baseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { 'Content-Type': type, ...baseHeaders(), ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, value: unknown) {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value), { 'Cache-Control': 'no-store' });
}
