// The desktop app's pure pieces: the application menu (both languages, three platforms), the
// external-link check, and fitting a remembered window to the displays there are now.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../src-main/electron/external-links';
import {
  buildMenuTemplate,
  menuItems,
  type MenuAction,
  type MenuInput,
  type MenuState,
} from '../../src-main/electron/menu/menu-template';
import { languageForLocale } from '../../src-main/electron/menu/menu-labels';
import { parseWindowState, placeWindow, type Rect } from '../../src-main/electron/window-state';
import { MAIN_WINDOW_SIZE } from '../../src-main/electron/window-options';
import type { UiLanguage } from '../../src-main/shared/domain/vocabulary';

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;
const LANGUAGES: UiLanguage[] = ['en', 'zh-CN'];

const baseState: MenuState = {
  recentWorkspaces: [
    { path: '/data/My study visits.sqlite', name: 'My study visits' },
    { path: '/data/Example study visits.sqlite', name: 'Example study visits', isDemo: true },
    { path: '/elsewhere/R&D trips.sqlite', name: 'R&D trips' },
  ],
  canUndo: true,
  canRedo: false,
  appName: 'Study Visit Planner',
  version: '0.1.0',
};

function build(language: UiLanguage, platform: NodeJS.Platform, state: Partial<MenuState> = {}) {
  const actions: MenuAction[] = [];
  const input: MenuInput = { language, platform, state: { ...baseState, ...state } };
  const template = buildMenuTemplate(input, (action) => actions.push(action));
  const items = menuItems(template);
  const item = (id: string): MenuItemConstructorOptions => {
    const found = items.find((i) => i.id === id);
    if (!found) throw new Error(`no menu item ${id}`);
    return found;
  };
  const click = (id: string) =>
    (item(id).click as (() => void) | undefined)?.call(undefined) ?? expect.fail(`${id} has no click`);
  const labels = (id: string) => (item(id).submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.type);
  return { template, items, item, click, labels, actions };
}

describe('application menu', () => {
  it('has File, Edit, View and Help everywhere, and the app and Window menus on macOS', () => {
    expect(build('en', 'darwin').template.map((m) => m.label)).toEqual([
      'Study Visit Planner',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    // Windows and Linux show Alt-key mnemonics; Chinese puts the letter in brackets.
    expect(build('en', 'win32').template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(build('zh-CN', 'linux').template.map((m) => m.label)).toEqual([
      '文件(&F)',
      '编辑(&E)',
      '视图(&V)',
      '帮助(&H)',
    ]);
    expect(build('zh-CN', 'darwin').template.map((m) => m.label)).toEqual([
      'Study Visit Planner',
      '文件',
      '编辑',
      '视图',
      '窗口',
      '帮助',
    ]);
  });

  it('labels the File menu in both languages (glossary: 工作区, 导出 PDF)', () => {
    expect(build('en', 'win32').labels('file')).toEqual([
      'New workspace…',
      'Open workspace…',
      'Open recent',
      'separator',
      'Export PDF…',
      'Import members…',
      'Backups…',
      'separator',
      'Exit',
    ]);
    expect(build('zh-CN', 'linux').labels('file')).toEqual([
      '新建工作区…',
      '打开工作区…',
      '最近使用的工作区',
      'separator',
      '导出 PDF…',
      '导入团员…',
      '备份…',
      'separator',
      '退出',
    ]);
    // On macOS, Quit lives in the app menu; File ends with Close window.
    const mac = build('en', 'darwin');
    expect(mac.labels('file').at(-1)).toBe('Close window');
    expect(mac.items.filter((i) => i.role === 'quit').map((i) => i.id)).toEqual(['app.quit']);
  });

  it('gives macOS its app menu: About, Services, Hide, Hide others, Show all, Quit', () => {
    const en = build('en', 'darwin');
    expect(en.labels('app')).toEqual([
      'About Study Visit Planner',
      'separator',
      'Services',
      'separator',
      'Hide Study Visit Planner',
      'Hide others',
      'Show all',
      'separator',
      'Quit Study Visit Planner',
    ]);
    expect(en.item('app.about').role).toBe('about');
    expect(en.item('app.hide').accelerator).toBe('Cmd+H');
    expect(en.item('app.hideOthers').accelerator).toBe('Cmd+Alt+H');
    expect(en.item('app.quit')).toMatchObject({ role: 'quit', accelerator: 'Cmd+Q' });
    expect(build('zh-CN', 'darwin').labels('app')).toEqual([
      '关于考察访问规划',
      'separator',
      '服务',
      'separator',
      '隐藏考察访问规划',
      '隐藏其他',
      '全部显示',
      'separator',
      '退出考察访问规划',
    ]);
    // Elsewhere About is in Help, and there is no app menu.
    for (const platform of ['win32', 'linux'] as const) {
      const menu = build('en', platform);
      expect(menu.items.some((i) => i.id === 'app')).toBe(false);
      expect(menu.item('help.about').label).toBe('About Study Visit Planner');
    }
    expect(build('zh-CN', 'win32').item('help.about').label).toBe('关于考察访问规划');
  });

  it('uses each platform’s accelerators', () => {
    const expected: Record<string, Record<(typeof PLATFORMS)[number], string | undefined>> = {
      'file.newWorkspace': { darwin: 'CmdOrCtrl+N', win32: 'CmdOrCtrl+N', linux: 'CmdOrCtrl+N' },
      'file.openWorkspace': { darwin: 'CmdOrCtrl+O', win32: 'CmdOrCtrl+O', linux: 'CmdOrCtrl+O' },
      'file.exportPdf': { darwin: 'CmdOrCtrl+P', win32: 'CmdOrCtrl+P', linux: 'CmdOrCtrl+P' },
      'edit.undo': { darwin: 'CmdOrCtrl+Z', win32: 'CmdOrCtrl+Z', linux: 'CmdOrCtrl+Z' },
      'edit.redo': { darwin: 'Shift+CmdOrCtrl+Z', win32: 'Ctrl+Y', linux: 'Ctrl+Y' },
      'edit.cut': { darwin: 'CmdOrCtrl+X', win32: 'CmdOrCtrl+X', linux: 'CmdOrCtrl+X' },
      'edit.copy': { darwin: 'CmdOrCtrl+C', win32: 'CmdOrCtrl+C', linux: 'CmdOrCtrl+C' },
      'edit.paste': { darwin: 'CmdOrCtrl+V', win32: 'CmdOrCtrl+V', linux: 'CmdOrCtrl+V' },
      'edit.selectAll': { darwin: 'CmdOrCtrl+A', win32: 'CmdOrCtrl+A', linux: 'CmdOrCtrl+A' },
      'edit.find': { darwin: 'CmdOrCtrl+F', win32: 'CmdOrCtrl+F', linux: 'CmdOrCtrl+F' },
      'view.zoomIn': { darwin: 'CmdOrCtrl+Plus', win32: 'CmdOrCtrl+Plus', linux: 'CmdOrCtrl+Plus' },
      'view.zoomOut': { darwin: 'CmdOrCtrl+-', win32: 'CmdOrCtrl+-', linux: 'CmdOrCtrl+-' },
      'view.resetZoom': { darwin: 'CmdOrCtrl+0', win32: 'CmdOrCtrl+0', linux: 'CmdOrCtrl+0' },
      'view.toggleFullScreen': { darwin: 'Ctrl+Cmd+F', win32: 'F11', linux: 'F11' },
    };
    for (const platform of PLATFORMS) {
      for (const language of LANGUAGES) {
        const menu = build(language, platform);
        for (const [id, byPlatform] of Object.entries(expected)) {
          expect(menu.item(id).accelerator, `${id} on ${platform}`).toBe(byPlatform[platform]);
        }
      }
    }
    // Quit: ⌘Q in the macOS app menu, Ctrl+Q on Linux, none on Windows (Alt+F4 closes the window).
    expect(build('en', 'linux').item('file.quit').accelerator).toBe('Ctrl+Q');
    expect(build('en', 'win32').item('file.quit').accelerator).toBeUndefined();
    // Windows and Linux also take Ctrl+Shift+Z for Redo, through a hidden twin; macOS has none.
    for (const platform of ['win32', 'linux'] as const) {
      expect(build('en', platform).item('edit.redoAlt')).toMatchObject({
        accelerator: 'Shift+Ctrl+Z',
        visible: false,
        acceleratorWorksWhenHidden: true,
      });
    }
    expect(build('en', 'darwin').items.some((i) => i.id === 'edit.redoAlt')).toBe(false);
    expect(build('en', 'linux').item('view.zoomInAlt')).toMatchObject({ accelerator: 'CmdOrCtrl+=', visible: false });
  });

  it('labels Edit and View in both languages; clipboard and zoom items use Electron’s roles', () => {
    expect(build('en', 'linux').labels('edit')).toEqual([
      'Undo',
      'Redo',
      'Redo',
      'separator',
      'Cut',
      'Copy',
      'Paste',
      'Select all',
      'separator',
      'Find…',
    ]);
    expect(build('zh-CN', 'darwin').labels('edit')).toEqual([
      '撤销',
      '重做',
      'separator',
      '剪切',
      '复制',
      '粘贴',
      '全选',
      'separator',
      '查找…',
    ]);
    expect(build('zh-CN', 'win32').labels('view')).toEqual([
      '语言',
      'separator',
      '实际大小',
      '放大',
      '放大',
      '缩小',
      'separator',
      '切换全屏',
    ]);
    const menu = build('en', 'win32');
    expect(['edit.cut', 'edit.copy', 'edit.paste', 'edit.selectAll'].map((id) => menu.item(id).role)).toEqual([
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(menu.item('view.toggleFullScreen').role).toBe('togglefullscreen');
    expect(build('zh-CN', 'linux').labels('help')).toEqual([
      '关于考察访问规划',
      'separator',
      '打开数据文件夹',
      'separator',
      '版本 0.1.0',
    ]);
  });

  it('offers the two languages as radio items, the current one checked, each in its own script', () => {
    for (const platform of PLATFORMS) {
      for (const language of LANGUAGES) {
        const menu = build(language, platform);
        expect(menu.item('view.language').label).toBe(language === 'en' ? 'Language' : '语言');
        const choices = menu.item('view.language').submenu as MenuItemConstructorOptions[];
        expect(choices.map((c) => [c.label, c.type, c.checked])).toEqual([
          ['English', 'radio', language === 'en'],
          ['简体中文', 'radio', language === 'zh-CN'],
        ]);
      }
    }
    const menu = build('en', 'linux');
    menu.click('view.language.zh-CN');
    expect(menu.actions).toEqual([{ type: 'setLanguage', language: 'zh-CN' }]);
  });

  it('lists the recent workspaces (the example one translated, "&" kept literal) and opens the one clicked', () => {
    expect(build('en', 'win32').labels('file.openRecent')).toEqual([
      'My study visits',
      'Example study visits',
      'R&&D trips',
    ]);
    expect(build('zh-CN', 'darwin').labels('file.openRecent')).toEqual([
      'My study visits',
      '示例考察访问',
      'R&D trips',
    ]);
    const menu = build('en', 'linux');
    menu.click('file.openRecent.2');
    expect(menu.actions).toEqual([{ type: 'openRecent', path: '/elsewhere/R&D trips.sqlite' }]);
    const empty = build('zh-CN', 'linux', { recentWorkspaces: [] });
    expect(empty.item('file.openRecent').submenu).toEqual([
      { id: 'file.noRecent', label: '没有最近使用的工作区', enabled: false },
    ]);
  });

  it('enables Undo and Redo from the history on Windows and Linux; on macOS ⌘Z must reach text fields too', () => {
    for (const platform of ['win32', 'linux'] as const) {
      for (const [canUndo, canRedo] of [
        [true, false],
        [false, true],
        [false, false],
      ]) {
        const menu = build('en', platform, { canUndo, canRedo });
        expect([
          menu.item('edit.undo').enabled,
          menu.item('edit.redo').enabled,
          menu.item('edit.redoAlt').enabled,
        ]).toEqual([canUndo, canRedo, canRedo]);
      }
    }
    const mac = build('en', 'darwin', { canUndo: false, canRedo: false });
    expect([mac.item('edit.undo').enabled, mac.item('edit.redo').enabled]).toEqual([true, true]);
  });

  it('sends page actions as commands and keeps native ones in main', () => {
    const menu = build('en', 'win32');
    for (const id of ['file.newWorkspace', 'file.exportPdf', 'file.importMembers', 'file.backups', 'edit.undo']) {
      menu.click(id);
    }
    menu.click('edit.redo');
    menu.click('edit.redoAlt');
    menu.click('edit.find');
    menu.click('file.openWorkspace');
    menu.click('help.about');
    menu.click('help.openDataFolder');
    expect(menu.actions).toEqual([
      { type: 'command', command: 'newWorkspace' },
      { type: 'command', command: 'exportPdf' },
      { type: 'command', command: 'importMembers' },
      { type: 'command', command: 'backups' },
      { type: 'command', command: 'undo' },
      { type: 'command', command: 'redo' },
      { type: 'command', command: 'redo' },
      { type: 'command', command: 'find' },
      { type: 'openWorkspace' },
      { type: 'about' },
      { type: 'openDataFolder' },
    ]);
    // Undo and Redo are the app's (no Electron role): the page decides between typing and saved edits.
    expect(menu.item('edit.undo').role).toBeUndefined();
  });

  it('gives every item a unique id', () => {
    for (const platform of PLATFORMS) {
      const ids = build('zh-CN', platform)
        .items.map((i) => i.id)
        .filter(Boolean);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('speaks the system language until the user chooses one', () => {
    expect(languageForLocale('zh-CN')).toBe('zh-CN');
    expect(languageForLocale('zh-TW')).toBe('zh-CN');
    expect(languageForLocale('en-GB')).toBe('en');
    expect(languageForLocale('fr')).toBe('en');
    expect(languageForLocale(undefined)).toBe('en');
  });
});

describe('external links', () => {
  it('opens https: pages and mailto: addresses only', () => {
    for (const url of [
      'https://iurc.eu/',
      'https://www.example.org/path?q=1#x',
      'mailto:secretariat@example.org',
      'mailto:someone@example.org?subject=Study%20visit',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(true);
    }
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share',
      'vscode://file/etc/passwd',
      'https://user:pass@example.org/',
      'https://bank.example@evil.example/',
      'https:// example.org',
      'https://example.org/\nfoo',
      ' https://example.org',
      'mailto:',
      'not a url',
      '',
      `https://example.org/${'a'.repeat(3000)}`,
      42,
      null,
    ]) {
      expect(isSafeExternalUrl(url), String(url)).toBe(false);
    }
  });
});

describe('window state', () => {
  const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
  const right: Rect = { x: 1920, y: 0, width: 1280, height: 984 };
  const displays = { workAreas: [primary, right], primary };

  it('reads only sound saved states', () => {
    expect(parseWindowState({ x: 10.4, y: 20, width: 1000, height: 700, maximized: true })).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
    });
    expect(parseWindowState({ x: -1500, y: 0, width: 900, height: 600 })).toMatchObject({ maximized: false });
    for (const bad of [
      null,
      'x',
      [],
      { x: 0, y: 0, width: 0, height: 600 },
      { x: 0, y: 0, width: -5, height: 600 },
      { x: 'a', y: 0, width: 800, height: 600 },
      { x: 0, y: 0, width: Infinity, height: 600 },
      { x: 0, y: 0, width: 1e9, height: 600 },
      { x: 0, y: Number.NaN, width: 800, height: 600 },
    ]) {
      expect(parseWindowState(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('uses the default size, centred, without a saved state', () => {
    expect(placeWindow(null, displays, MAIN_WINDOW_SIZE)).toEqual({
      bounds: { width: 1280, height: 800 },
      maximized: false,
    });
    // A small screen gets a window that fits it.
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(placeWindow(null, { workAreas: [small], primary: small }, MAIN_WINDOW_SIZE).bounds).toEqual({
      width: 1024,
      height: 700,
    });
  });

  it('restores a window that is still on a display exactly, on the second display too', () => {
    const onPrimary = { bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(onPrimary, displays, MAIN_WINDOW_SIZE)).toEqual(onPrimary);
    const onRight = { bounds: { x: 2000, y: 50, width: 1100, height: 800 }, maximized: true };
    expect(placeWindow(onRight, displays, MAIN_WINDOW_SIZE)).toEqual(onRight);
  });

  it('pulls a window that hangs over an edge back onto the display it mostly shows on', () => {
    const hanging = { bounds: { x: 1700, y: -40, width: 1000, height: 700 }, maximized: false };
    // Mostly on the right-hand display (720 px of 1000): moved wholly onto it.
    expect(placeWindow(hanging, displays, MAIN_WINDOW_SIZE).bounds).toEqual({
      x: 1920,
      y: 0,
      width: 1000,
      height: 700,
    });
    const belowTaskbar = { bounds: { x: 200, y: 900, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(belowTaskbar, displays, MAIN_WINDOW_SIZE).bounds).toEqual({
      x: 200,
      y: 340,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than its display, and keeps the minimum size', () => {
    const huge = { bounds: { x: 1950, y: 0, width: 2500, height: 1400 }, maximized: false };
    expect(placeWindow(huge, displays, MAIN_WINDOW_SIZE).bounds).toEqual({ x: 1920, y: 0, width: 1280, height: 984 });
    const tiny = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false };
    expect(placeWindow(tiny, displays, MAIN_WINDOW_SIZE).bounds).toEqual({ x: 10, y: 10, width: 720, height: 500 });
  });

  it('centres on the primary display a window whose display is gone, keeping it maximised', () => {
    const lost = { bounds: { x: 4000, y: 200, width: 1000, height: 700 }, maximized: true };
    expect(placeWindow(lost, displays, MAIN_WINDOW_SIZE)).toEqual({
      bounds: { x: 460, y: 170, width: 1000, height: 700 },
      maximized: true,
    });
    // Only a sliver still visible counts as lost too.
    const sliver = { bounds: { x: 3150, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(sliver, displays, MAIN_WINDOW_SIZE).bounds).toEqual({
      x: 460,
      y: 170,
      width: 1000,
      height: 700,
    });
    // A primary display that is not at the origin (left of another one).
    const left = { x: -1440, y: 0, width: 1440, height: 860 };
    expect(placeWindow(lost, { workAreas: [left], primary: left }, MAIN_WINDOW_SIZE).bounds).toEqual({
      x: -1220,
      y: 80,
      width: 1000,
      height: 700,
    });
  });
});
