// The main window's size, position and maximised state, kept in <userData>/window-state.json:
// saved when the window closes, restored (and fitted to the displays there are now) on start.
// The placement rules are pure functions, unit-tested in tests/unit/menu.test.ts.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface WindowSizeRules {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** Where a new window goes; without x and y, Electron centres it. */
export interface WindowPlacement {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

/** At least this much of a saved window must still be on some display, or it is brought back. */
const MIN_VISIBLE = { width: 120, height: 60 };
const MAX_SIDE = 100_000;

const isCoordinate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < MAX_SIDE;
const isSide = (v: unknown): v is number => isCoordinate(v) && v > 0;

/** A saved state, if the file held a sound one (anything else is ignored, never trusted). */
export function parseWindowState(raw: unknown): WindowState | null {
  if (!raw || typeof raw !== 'object') return null;
  const { x, y, width, height, maximized } = raw as Record<string, unknown>;
  if (!isCoordinate(x) || !isCoordinate(y) || !isSide(width) || !isSide(height)) return null;
  return {
    bounds: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) },
    maximized: maximized === true,
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/**
 * Fits a saved window to the displays there are now (their work areas, without task bars and docks):
 * on the display it overlaps most, no larger than that display and wholly inside it. A window that is
 * no longer visible enough (its display was unplugged, the resolution shrank) is centred on the
 * primary display. Without a saved state the window gets the default size, centred.
 */
export function placeWindow(
  saved: WindowState | null,
  displays: { workAreas: Rect[]; primary: Rect },
  rules: WindowSizeRules,
): WindowPlacement {
  const fitSize = (area: Rect, width: number, height: number) => ({
    width: clamp(Math.max(width, rules.minWidth), 1, area.width),
    height: clamp(Math.max(height, rules.minHeight), 1, area.height),
  });
  if (!saved) return { bounds: fitSize(displays.primary, rules.width, rules.height), maximized: false };

  const best = displays.workAreas
    .map((area) => ({ area, seen: overlap(saved.bounds, area) }))
    .sort((a, b) => b.seen.width * b.seen.height - a.seen.width * a.seen.height)[0];
  const visible =
    best &&
    best.seen.width >= Math.min(MIN_VISIBLE.width, saved.bounds.width) &&
    best.seen.height >= Math.min(MIN_VISIBLE.height, saved.bounds.height);

  if (!visible) {
    const area = displays.primary;
    const size = fitSize(area, saved.bounds.width, saved.bounds.height);
    return {
      bounds: {
        ...size,
        x: area.x + Math.round((area.width - size.width) / 2),
        y: area.y + Math.round((area.height - size.height) / 2),
      },
      maximized: saved.maximized,
    };
  }
  const area = best.area;
  const size = fitSize(area, saved.bounds.width, saved.bounds.height);
  return {
    bounds: {
      ...size,
      x: clamp(saved.bounds.x, area.x, area.x + area.width - size.width),
      y: clamp(saved.bounds.y, area.y, area.y + area.height - size.height),
    },
    maximized: saved.maximized,
  };
}

/** What to save: the normal (not maximised) bounds, so un-maximising after a restart works. */
export function captureWindowState(window: {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen?(): boolean;
}): WindowState {
  return { bounds: window.getNormalBounds(), maximized: window.isMaximized() || window.isFullScreen?.() === true };
}

export function readWindowState(userDataDir: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(join(userDataDir, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/** Written through a temporary file; a failure (read-only profile, full disk) only loses the placement. */
export function writeWindowState(userDataDir: string, state: WindowState): void {
  const target = join(userDataDir, WINDOW_STATE_FILE);
  try {
    writeFileSync(`${target}.tmp`, JSON.stringify({ ...state.bounds, maximized: state.maximized }, null, 2));
    renameSync(`${target}.tmp`, target);
  } catch (error) {
    console.error('[svp] could not save the window state:', (error as Error).message);
  }
}
