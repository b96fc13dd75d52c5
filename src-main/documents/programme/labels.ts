// The printed programme's own words, in both languages, from locales/*/programme.json (and the
// vocabulary labels from locales/*/domain.json), plus the date and number formats of the glossary:
// "Sunday, 2 July 2023" / "2023年7月2日 星期日", "Day 1" / "第一天", 24-hour times.
import { format, parseISO } from 'date-fns';
import { enGB, zhCN } from 'date-fns/locale';
import programmeEn from '../../../locales/en/programme.json';
import programmeZh from '../../../locales/zh-CN/programme.json';
import domainEn from '../../../locales/en/domain.json';
import domainZh from '../../../locales/zh-CN/domain.json';

export type DocLang = 'en' | 'zh';
export const OTHER_LANG: Record<DocLang, DocLang> = { en: 'zh', zh: 'en' };
/** BCP 47 tags for the lang attribute (line breaking and glyph choice follow it). */
export const LANG_TAG: Record<DocLang, string> = { en: 'en', zh: 'zh-CN' };

export type ProgrammeStrings = typeof programmeEn;
/** Typed against the English file: a key missing in Chinese fails to compile. */
export const PROGRAMME_STRINGS: Record<DocLang, ProgrammeStrings> = { en: programmeEn, zh: programmeZh };
export const DOMAIN_STRINGS: Record<DocLang, typeof domainEn> = { en: domainEn, zh: domainZh };

const DATE_LOCALES = { en: enGB, zh: zhCN } as const;

/** Replaces {{name}} placeholders. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五; beyond 999 Arabic digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const tail =
    rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest);
  return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
}

/** "Day 3" / "第三天". */
export const dayNumberLabel = (n: number, lang: DocLang): string =>
  fill(PROGRAMME_STRINGS[lang].dayNumber, { n: lang === 'zh' ? chineseNumeral(n) : n });

/** "Sunday, 2 July 2023" / "2023年7月2日 星期日". */
export const longDate = (isoDate: string, lang: DocLang): string =>
  format(parseISO(isoDate), PROGRAMME_STRINGS[lang].dateFormat, { locale: DATE_LOCALES[lang] });

/** "2 July 2023" / "2023年7月2日". */
export const shortDate = (isoDate: string, lang: DocLang): string =>
  format(parseISO(isoDate), PROGRAMME_STRINGS[lang].shortDateFormat, { locale: DATE_LOCALES[lang] });

/** The version stamp's date and time, in the local time of the machine that prints. */
export const stampDate = (when: Date, lang: DocLang): { date: string; time: string } => ({
  date: format(when, PROGRAMME_STRINGS[lang].shortDateFormat, { locale: DATE_LOCALES[lang] }),
  time: format(when, 'HH:mm'),
});

export const dateRangeLabel = (start: string, end: string, lang: DocLang): string =>
  start === end
    ? shortDate(start, lang)
    : fill(PROGRAMME_STRINGS[lang].dateRange, { start: shortDate(start, lang), end: shortDate(end, lang) });
