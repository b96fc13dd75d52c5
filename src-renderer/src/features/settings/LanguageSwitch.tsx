import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import type { UiLanguage } from '../../../../src-main/shared/domain/vocabulary';
import { UI_LANGUAGES } from '../../../../src-main/shared/domain/vocabulary';

/** Language names are shown in their own language, so a user can always find theirs. */
const OWN_NAMES: Record<UiLanguage, string> = { en: 'English', 'zh-CN': '简体中文' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const choose = async (language: UiLanguage) => {
    await i18n.changeLanguage(language);
    await request('settings.setLanguage', { language }).catch(() => undefined);
  };
  return (
    <div className="language-switch" role="group" aria-label={t('language')}>
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => void choose(language)}
        >
          {OWN_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
