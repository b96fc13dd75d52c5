import i18next from 'i18next';
import type { Bilingual } from '../../../../../src-main/shared/contract/entities';

/** The programme's themes (glossary, seed documents); their names in both languages live in overview.json. */
export const THEME_KEYS = [
  'ecologicalTransition',
  'urbanRenewal',
  'innovationEcosystems',
  'capacityBuilding',
  'bestPracticeSharing',
  'cooperationProject',
  'resourceMatching',
  'jointResearch',
  'resultsTransfer',
  'knowledgeBase',
] as const;
export type ThemeKey = (typeof THEME_KEYS)[number];

/** The stored value of a listed theme: its English and Chinese names, whatever the UI language. */
export function themeValue(key: ThemeKey): Bilingual {
  return {
    en: i18next.getFixedT('en', 'overview')(`themes.catalogue.${key}`),
    zh: i18next.getFixedT('zh-CN', 'overview')(`themes.catalogue.${key}`),
  };
}

const norm = (text: string) => text.trim().toLowerCase();

/** True when two themes name the same thing in either language. */
export function sameTheme(a: Bilingual, b: Bilingual): boolean {
  return (!!a.en && norm(a.en) === norm(b.en)) || (!!a.zh && norm(a.zh) === norm(b.zh));
}
