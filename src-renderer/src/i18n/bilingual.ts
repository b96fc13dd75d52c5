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
