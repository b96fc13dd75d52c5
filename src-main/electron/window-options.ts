// The main window's options, kept pure so a test can check every security-relevant setting.
import type { BrowserWindowConstructorOptions } from 'electron';

/** The window's default and smallest size (window-state.ts fits saved bounds within these rules). */
export const MAIN_WINDOW_SIZE = { width: 1280, height: 800, minWidth: 720, minHeight: 500 };

export function mainWindowOptions(
  preloadPath: string,
  /** Restored size and position (window-state.ts); without x and y the window is centred. */
  bounds?: { width: number; height: number; x?: number; y?: number },
  /** The window icon, for Linux (Windows and macOS take it from the executable). */
  icon?: string,
): BrowserWindowConstructorOptions {
  return {
    ...MAIN_WINDOW_SIZE,
    ...bounds,
    ...(icon ? { icon } : {}),
    show: false,
    title: 'Study Visit Planner',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
