import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../src-main/shared/contract/entities';

/** The text in the active language, falling back to the other one when it is missing. */
export function useBilingual() {
  const { i18n } = useTranslation();
  const zhFirst = i18n.language.startsWith('zh');
  return (value: Bilingual | undefined | null): string => {
    if (!value) return '';
    return (zhFirst ? value.zh || value.en : value.en || value.zh) ?? '';
  };
}

/** Entries sorted by their name in the active language, as its readers sort (pinyin order in Chinese). */
export function useSortedByName<T extends { name: Bilingual }>(entries: T[] | undefined): T[] {
  const { language } = useTranslation().i18n;
  return useMemo(() => {
    const zhFirst = language.startsWith('zh');
    const nameOf = ({ name }: T) => (zhFirst ? name.zh || name.en : name.en || name.zh);
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    return [...(entries ?? [])].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
  }, [entries, language]);
}
