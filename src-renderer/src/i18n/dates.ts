// Dates through date-fns with the active language's locale; patterns come from the locale files.
import { format, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { zhCN } from 'date-fns/locale/zh-CN';
import { useTranslation } from 'react-i18next';

export const dateFnsLocale = (language: string) => (language.startsWith('zh') ? zhCN : enGB);

export function useDateFormat() {
  const { t, i18n } = useTranslation('common');
  const locale = dateFnsLocale(i18n.language);
  return {
    /** "Sunday, 2 July 2023" / "2023年7月2日 星期日" */
    long: (isoDate: string) => format(parseISO(isoDate), t('dateFormats.long'), { locale }),
    /** "2 Jul 2023" / "2023年7月2日" */
    short: (isoDate: string) => format(parseISO(isoDate), t('dateFormats.short'), { locale }),
    range: (start: string | null, end: string | null) => {
      if (!start || !end) return '';
      const s = format(parseISO(start), t('dateFormats.short'), { locale });
      const e = format(parseISO(end), t('dateFormats.short'), { locale });
      return start === end ? s : t('dateRange', { start: s, end: e });
    },
  };
}
