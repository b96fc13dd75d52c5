import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createChromiumPrinter } from '../../printing/chromium-printer';
import { downloadSaveAs, startBrowserServer } from '../../server/http-server';
import { CliError, openWorkspace, type Command } from '../command';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
export const RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer');

/** Builds the renderer once if this checkout has never been built. */
function ensureRendererBuilt(): void {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
  console.log('Building the app once (electron-vite build)…');
  const built = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (built.status !== 0) throw new CliError('the build failed; run "npm run build" to see why');
}

export const serveCommand: Command = {
  usage: '[--port N] [--data-dir DIR]',
  options: { port: { type: 'string' } },
  async run(args) {
    const port = args.values.port === undefined ? 0 : Number(args.values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new CliError('--port takes a number from 0 to 65535', 2);
    ensureRendererBuilt();
    // Exported files reach the user as downloads from GET /exports/<name> (files.saveAs). One Chromium
    // prints every PDF while exports follow each other (started as soon as the export dialog opens),
    // and ends after two idle minutes.
    const printPdf = createChromiumPrinter({ keepAlive: true, idleCloseMs: 120_000 });
    const app = openWorkspace(args, { saveAs: downloadSaveAs, printPdf, warmUpPrinter: printPdf.warmUp });
    const browser = await startBrowserServer({ app, rendererDir: RENDERER_DIR, port });
    console.log(`Study Visit Planner is serving ${app.store.path}`);
    console.log(`Open: ${browser.url}`);
    console.log('Press Ctrl+C to stop.');
    await new Promise<void>((done) => {
      const stop = () => done();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await browser.close();
    await printPdf.close();
    app.close();
    return 0;
  },
};
