// Language-dependent formatting bundled in one object that keeps its identity while the language
// stays the same, so memoised lists (2,000 items) need not re-render on every change.
import { format, parseISO } from 'date-fns';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, Member } from '../../../../src-main/shared/contract/entities';
import {
  ITEM_KINDS,
  TRANSPORT_MODES,
  type ItemKind,
  type TransportMode,
} from '../../../../src-main/shared/domain/vocabulary';
import { dateFnsLocale } from '../../i18n/dates';

/** Labels every item row shows, translated once per language instead of once per row. */
function rowLabels(t: TFunction) {
  return {
    kind: Object.fromEntries(ITEM_KINDS.map((k) => [k, t(`domain:itemKind.${k}`)])) as Record<ItemKind, string>,
    transport: Object.fromEntries(TRANSPORT_MODES.map((m) => [m, t(`domain:transportMode.${m}`)])) as Record<
      TransportMode,
      string
    >,
    site: t('itinerary:item.site'),
    host: t('itinerary:item.host'),
    attendees: t('itinerary:item.attendees'),
    transportLabel: t('itinerary:item.transport'),
    dressCode: t('itinerary:item.dressCode'),
    nextDay: t('itinerary:item.nextDay'),
    nextDayTitle: t('itinerary:item.nextDayTitle'),
    dragHandle: t('itinerary:item.dragHandle'),
    untitled: t('itinerary:item.untitled'),
    edit: t('itinerary:item.edit'),
    moveTo: t('itinerary:item.moveTo'),
    duplicate: t('itinerary:item.duplicate'),
    duplicateTo: t('itinerary:item.duplicateTo'),
    delete: t('itinerary:item.delete'),
    error: t('itinerary:conflicts.error'),
    warning: t('itinerary:conflicts.warning'),
    dayBefore: t('itinerary:item.dayBefore'),
    dayAfter: t('itinerary:item.dayAfter'),
    /** ": " in English, "：" in Chinese. */
    colon: t('common:colon'),
  };
}

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
  labels: ReturnType<typeof rowLabels>;
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
      labels: rowLabels(t),
    } satisfies ItineraryText;
  }, [t, language]);
}
