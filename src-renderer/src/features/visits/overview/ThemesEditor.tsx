import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, Visit } from '../../../../../src-main/shared/contract/entities';
import { useBilingual } from '../../../i18n/bilingual';
import { BilingualInput } from '../../../ui/BilingualInput';
import { BilingualText } from '../../../ui/BilingualText';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { FieldError } from '../../../ui/FieldError';
import { useFieldIssues, withoutIssues } from '../../../ui/fieldIssues';
import { SaveState } from '../../../ui/SaveState';
import { useUpdateVisitField } from '../queries';
import { sameTheme, THEME_KEYS, themeValue, type ThemeKey } from './themes';

const EMPTY: Bilingual = { en: '', zh: '' };

/**
 * The visit's themes: picked from the programme's list (stored with both names) or typed freely in
 * either language. Each change is saved at once.
 */
export function ThemesEditor({ visit }: { visit: Visit }) {
  const { t } = useTranslation('overview');
  const id = useId();
  const pick = useBilingual();
  const update = useUpdateVisitField(visit.id);
  const issues = useFieldIssues(update.error);
  const [custom, setCustom] = useState<Bilingual>(EMPTY);
  const themes = visit.themes;
  const available = THEME_KEYS.filter((key) => !themes.some((theme) => sameTheme(theme, themeValue(key))));

  const save = (next: Bilingual[], after?: () => void) => update.mutate({ themes: next }, { onSuccess: after });
  const addListed = (key: ThemeKey) => save([...themes, themeValue(key)]);
  const addCustom = (event: FormEvent) => {
    event.preventDefault();
    const theme = { en: custom.en.trim(), zh: custom.zh.trim() };
    if (!theme.en && !theme.zh) return;
    if (themes.some((other) => sameTheme(other, theme))) {
      setCustom(EMPTY);
      return;
    }
    save([...themes, theme], () => setCustom(EMPTY));
  };

  return (
    <div className="inline-field themes-editor" role="group" aria-labelledby={`${id}-label`}>
      <div className="inline-field-head">
        <h3 id={`${id}-label`} className="inline-field-label">
          {t('themes.label')}
        </h3>
        <SaveState status={update.status} submittedAt={update.submittedAt} />
      </div>
      {themes.length === 0 ? (
        <p className="muted themes-none">{t('themes.none')}</p>
      ) : (
        <ul className="theme-chips" aria-label={t('themes.label')}>
          {themes.map((theme, index) => (
            <li key={`${theme.en}|${theme.zh}|${index}`} className="theme-chip">
              <BilingualText value={theme} />
              <button
                type="button"
                className="chip-remove"
                onClick={() => save(themes.filter((_, i) => i !== index))}
                disabled={update.isPending}
              >
                {t('themes.remove')}
                <span className="visually-hidden"> {pick(theme)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="themes-add">
        <label className="field themes-list-pick">
          <span>{t('themes.addListed')}</span>
          <select
            value=""
            disabled={available.length === 0 || update.isPending}
            onChange={(event) => event.target.value && addListed(event.target.value as ThemeKey)}
          >
            <option value="">{available.length ? t('themes.choose') : t('themes.allChosen')}</option>
            {available.map((key) => (
              <option key={key} value={key}>
                {t(`themes.catalogue.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <form className="themes-custom" onSubmit={addCustom} aria-label={t('themes.addCustom')}>
          <BilingualInput label={t('themes.custom')} value={custom} onChange={setCustom} />
          <button type="submit" disabled={!custom.en.trim() && !custom.zh.trim()}>
            {t('themes.addCustomButton')}
          </button>
        </form>
      </div>
      <FieldError id={`${id}-error`} messages={issues('themes')} />
      <ErrorMessage error={withoutIssues(update.error, ['themes'])} />
    </div>
  );
}
