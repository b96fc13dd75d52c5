// The programme's own words and formats (locales/*/programme.json, glossary date formats).
import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  dayNumberLabel,
  fill,
  longDate,
  PROGRAMME_STRINGS,
  stampDate,
} from '../../src-main/documents/programme/labels';
import { programmeFileName, slugify } from '../../src-main/services/export';
import type { ProgrammeData } from '../../src-main/documents/programme/programme-data';

const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

describe('programme labels', () => {
  it('has the same keys in English and Chinese, none empty', () => {
    expect(keys(PROGRAMME_STRINGS.zh).sort()).toEqual(keys(PROGRAMME_STRINGS.en).sort());
    for (const lang of ['en', 'zh'] as const) {
      for (const key of keys(PROGRAMME_STRINGS[lang])) {
        const value = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], PROGRAMME_STRINGS[lang]);
        expect(String(value).trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('writes Chinese day numbers', () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 115, 230].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零一',
      '一百一十',
      '一百一十五',
      '二百三十',
    ]);
    expect(dayNumberLabel(1, 'zh')).toBe('第一天');
    expect(dayNumberLabel(12, 'zh')).toBe('第十二天');
    expect(dayNumberLabel(1, 'en')).toBe('Day 1');
  });

  it('formats dates as the glossary says', () => {
    expect(longDate('2023-07-02', 'en')).toBe('Sunday, 2 July 2023');
    expect(longDate('2023-07-02', 'zh')).toBe('2023年7月2日 星期日');
    expect(stampDate(new Date(2023, 6, 2, 9, 5), 'zh')).toEqual({ date: '2023年7月2日', time: '09:05' });
    expect(stampDate(new Date(2023, 6, 2, 21, 5), 'en')).toEqual({ date: '2 July 2023', time: '21:05' });
  });

  it('fills placeholders', () => {
    expect(fill('Page {{page}} of {{pages}}', { page: 1, pages: 3 })).toBe('Page 1 of 3');
    expect(fill('{{unknown}} stays')).toBe('{{unknown}} stays');
  });
});

describe('export file names', () => {
  it('makes ASCII slugs', () => {
    expect(slugify('EU–China Study Visit: Zürich & Xi’an 2023')).toBe('eu-china-study-visit-zurich-xi-an-2023');
    expect(slugify('中欧考察')).toBe('');
  });

  it('names the file by visit, scope, language and revision', () => {
    const data = {
      visit: { id: 'v', title: { en: 'Green Cities Visit', zh: '绿色城市' }, revision: 7 },
      legs: [{ id: 'l', place: { name: { en: 'Beijing', zh: '北京' } }, startDate: '2023-07-02' }],
      delegations: [{ id: 'd', name: { en: 'European delegation', zh: '' } }],
      members: [{ id: 'm', nameLatin: 'Anna Schmidt', nameZh: '' }],
    } as unknown as ProgrammeData;
    const base = {
      visitId: 'v',
      layout: 'columns',
      paper: 'a4',
      participants: false,
      addresses: false,
      dayBreaks: false,
    } as const;
    expect(programmeFileName(data, { ...base, language: 'en' })).toBe('green-cities-visit-en-r7.pdf');
    expect(programmeFileName(data, { ...base, language: 'bilingual', layout: 'stacked', legId: 'l' })).toBe(
      'green-cities-visit-beijing-bilingual-stacked-r7.pdf',
    );
    expect(programmeFileName(data, { ...base, language: 'zh', memberId: 'm' })).toBe(
      'green-cities-visit-anna-schmidt-zh-r7.pdf',
    );
    const chineseOnly = { ...data, visit: { ...data.visit, title: { en: '', zh: '绿色城市' } } } as ProgrammeData;
    expect(programmeFileName(chineseOnly, { ...base, language: 'zh' })).toBe('programme-zh-r7.pdf');
  });
});
