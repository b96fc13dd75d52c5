// The menu's and the native dialogs' texts, from locales/<language>/menu.json (bundled into main).
import en from '../../../locales/en/menu.json';
import zh from '../../../locales/zh-CN/menu.json';
import type { UiLanguage } from '../../shared/domain/vocabulary';

type Messages = typeof en;
const MESSAGES: Record<UiLanguage, Messages> = { en, 'zh-CN': zh };

/** "file.openRecent" → that text in the language, with {{name}} placeholders filled in. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

function lookup(messages: unknown, key: string): string | undefined {
  let node = messages;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function menuTranslator(language: UiLanguage): Translate {
  return (key, values = {}) => {
    const text = lookup(MESSAGES[language], key) ?? lookup(MESSAGES.en, key);
    if (text === undefined) throw new Error(`menu text missing: ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

/** The language the menu speaks before the user chose one: the system's (app.getLocale()). */
export const languageForLocale = (locale: string | undefined): UiLanguage =>
  locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
