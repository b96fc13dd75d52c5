// Language-dependent formatting bundled in one object that keeps its identity while the language
// stays the same, so memoised lists (2,000 items) need not re-render on every change.
import { format, parseISO } from 'date-fns';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, Member } from '../../../../src-main/shared/contract/entities';
import { dateFnsLocale } from '../../i18n/dates';

export interface ItineraryText {
  t: TFunction;
  language: string;
  zh: boolean;
  /** The text in the active language, else the other one. */
  pick: (value: Bilingual | null | undefined) => string;
  /** The text in the other language, when it differs. */
  other: (value: Bilingual | null | undefined) => string;
  /** "Sunday, 2 July 2023" / "2023年7月2日 星期日" */
  long: (isoDate: string) => string;
  /** "2 Jul 2023" / "2023年7月2日" */
  short: (isoDate: string) => string;
  memberName: (member: Pick<Member, 'nameLatin' | 'nameZh'>) => string;
  /** A time zone's city in the active language: "Europe/Brussels" → "Brussels" / "布鲁塞尔". */
  zoneCity: (timeZone: string) => string;
}

export function useItineraryText(): ItineraryText {
  const { t, i18n } = useTranslation(['itinerary', 'common', 'domain']);
  const language = i18n.language;
  return useMemo(() => {
    const zh = language.startsWith('zh');
    const locale = dateFnsLocale(language);
    const pick = (value: Bilingual | null | undefined) =>
      value ? (zh ? value.zh || value.en : value.en || value.zh) : '';
    return {
      t,
      language,
      zh,
      pick,
      other: (value) => {
        if (!value) return '';
        const second = zh ? value.en : value.zh;
        return second && second !== pick(value) ? second : '';
      },
      long: (iso) => format(parseISO(iso), t('common:dateFormats.long'), { locale }),
      short: (iso) => format(parseISO(iso), t('common:dateFormats.short'), { locale }),
      memberName: (m) => (zh ? m.nameZh || m.nameLatin : m.nameLatin || m.nameZh),
      zoneCity: (zone) =>
        t(`itinerary:zones.${zone}`, { defaultValue: (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ') }),
    } satisfies ItineraryText;
  }, [t, language]);
}
