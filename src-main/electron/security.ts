// Navigation, new windows and permissions are denied; IPC is answered only for our own top frame.
import type { Session, WebContents, WebFrameMain } from 'electron';
import { isSafeExternalUrl } from './external-links';

/** The page may only ever be the app itself. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    return target.protocol === app.protocol && target.host === app.host && target.pathname === app.pathname;
  } catch {
    return false;
  }
}

/**
 * `openExternal` (already checked by external-links.ts, see bootstrap.ts) receives the https: and
 * mailto: links the page tries to open in a new window; every new window itself is denied.
 */
export function hardenWebContents(
  contents: WebContents,
  appUrl: string,
  openExternal: (url: string) => void = () => undefined,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function isTrustedSender(frame: WebFrameMain | null | undefined, appUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
}
