import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../src-main/shared/contract/entities';

/**
 * A bilingual value read in the active language first (falling back to the other one), with the other
 * language's text beside it, muted, when it differs. Each part carries its lang attribute.
 */
export function BilingualText({ value, secondary = true }: { value: Bilingual; secondary?: boolean }) {
  const { i18n } = useTranslation();
  const zhFirst = i18n.language.startsWith('zh');
  const order = zhFirst ? (['zh', 'en'] as const) : (['en', 'zh'] as const);
  const [first, second] = value[order[0]] ? order : ([order[1], order[0]] as const);
  const lang = (key: 'en' | 'zh') => (key === 'zh' ? 'zh-CN' : 'en');
  return (
    <>
      <span lang={lang(first)}>{value[first]}</span>
      {secondary && value[second] && value[second] !== value[first] && (
        <>
          {' '}
          <span className="bilingual-secondary" lang={lang(second)}>
            {value[second]}
          </span>
        </>
      )}
    </>
  );
}
