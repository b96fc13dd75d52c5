import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';
import { Icon } from '../itinerary/Icon';
import './search.css';

/** The header's search field: Enter opens #/search?q=… */
export function SearchBox({ query }: { query: string }) {
  const { t } = useTranslation('search');
  const [value, setValue] = useState(query);
  // Follow the address when it changes (a link, Back), without losing what is being typed otherwise.
  const [shown, setShown] = useState(query);
  if (shown !== query) {
    setShown(query);
    setValue(query);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = value.trim();
    if (q) navigate({ screen: 'search', query: q });
  };
  return (
    <form className="search-box" role="search" onSubmit={submit} aria-label={t('label')}>
      <Icon name="search" size={15} />
      <input
        type="search"
        aria-label={t('label')}
        placeholder={t('placeholder')}
        title={t('prompt')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
    </form>
  );
}
