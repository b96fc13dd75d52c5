import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Site } from '../../../../src-main/shared/contract/entities';
import { SITE_CATEGORIES, type SiteCategory } from '../../../../src-main/shared/domain/vocabulary';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useCreateSite } from './queries';
import type { ItineraryText } from './text';

const MAX_OPTIONS = 60;

/** Lower case without accents, so "sao" finds "São" and "henan" finds "Henan". */
export const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * A searchable picker over the site library (combobox with a listbox), with a quick way to add a
 * new site in the leg's city without leaving the item.
 */
export function SitePicker({
  sites,
  value,
  onChange,
  placeId,
  text,
}: {
  sites: Site[];
  value: string | null;
  onChange: (siteId: string | null) => void;
  /** The item's leg's place: its sites come first, and a new site is placed there. */
  placeId: string | null;
  text: ItineraryText;
}) {
  const { t, pick } = text;
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState<null | { en: string; zh: string; category: SiteCategory }>(null);
  const create = useCreateSite();
  const selected = sites.find((s) => s.id === value) ?? null;

  const indexed = useMemo(
    () =>
      sites.map((site) => ({
        site,
        haystack: fold([site.name.en, site.name.zh, site.address.en, site.address.zh].join(' ')),
      })),
    [sites],
  );
  const matches = useMemo(() => {
    const needle = fold(query.trim());
    return indexed
      .filter((entry) => !needle || entry.haystack.includes(needle))
      .map((entry) => entry.site)
      .sort(
        (a, b) =>
          Number(b.placeId === placeId) - Number(a.placeId === placeId) || pick(a.name).localeCompare(pick(b.name)),
      )
      .slice(0, MAX_OPTIONS);
  }, [indexed, query, placeId, pick]);

  // The last option is always "New site…".
  const optionCount = matches.length + 1;
  const choose = (index: number) => {
    if (index < matches.length) {
      onChange(matches[index].id);
      setOpen(false);
      setQuery('');
    } else {
      const name = query.trim();
      const zh = /[\u3400-\u9fff]/.test(name);
      setCreating({ en: zh ? '' : name, zh: zh ? name : '', category: 'other' });
      setOpen(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((i) => (open ? (i + 1) % optionCount : 0));
    } else if (event.key === 'ArrowUp') {
      setOpen(true);
      setActive((i) => (i - 1 + optionCount) % optionCount);
    } else if (event.key === 'Enter') {
      if (!open) return;
      choose(active);
    } else if (event.key === 'Escape') {
      if (!open) return;
      event.stopPropagation();
      setOpen(false);
      setQuery('');
    } else return;
    event.preventDefault();
  };

  const submitNewSite = () => {
    if (!creating) return;
    create.mutate(
      { name: { en: creating.en, zh: creating.zh }, category: creating.category, placeId },
      {
        onSuccess: (site) => {
          onChange(site.id);
          setCreating(null);
        },
      },
    );
  };

  return (
    <div className="site-picker">
      <label className="combo-label" htmlFor={`${id}-input`}>
        {t('itinerary:site.label')}
      </label>
      <div className="combo">
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          placeholder={selected ? pick(selected.name) : t('itinerary:site.placeholder')}
          value={open ? query : selected ? pick(selected.name) : ''}
          onFocus={() => {
            setOpen(true);
            setActive(0);
          }}
          onBlur={() => setOpen(false)}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        {selected && (
          <button
            type="button"
            className="combo-clear"
            aria-label={t('itinerary:site.clear')}
            onClick={() => onChange(null)}
          >
            ×
          </button>
        )}
        {open && (
          <ul className="combo-list" id={listId} role="listbox" aria-label={t('itinerary:site.label')}>
            {matches.map((site, index) => (
              <li
                key={site.id}
                id={`${id}-opt-${index}`}
                role="option"
                aria-selected={index === active}
                className={site.id === value ? 'is-current' : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(index)}
                onMouseEnter={() => setActive(index)}
              >
                <span className="combo-name">{pick(site.name)}</span>
                <span className="combo-meta">
                  {[text.other(site.name), t(`domain:siteCategory.${site.category}`)].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
            {matches.length === 0 && query.trim() && (
              <li className="combo-empty" aria-hidden="true">
                {t('itinerary:site.noMatches', { query: query.trim() })}
              </li>
            )}
            <li
              id={`${id}-opt-${matches.length}`}
              role="option"
              aria-selected={active === matches.length}
              className="combo-new"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(matches.length)}
              onMouseEnter={() => setActive(matches.length)}
            >
              {query.trim() ? t('itinerary:site.newSiteNamed', { name: query.trim() }) : t('itinerary:site.newSite')}
            </li>
          </ul>
        )}
      </div>
      {creating && (
        <fieldset
          className="new-site"
          onKeyDown={(event) => {
            // Enter here creates the site, not the whole item.
            if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
              event.preventDefault();
              submitNewSite();
            }
          }}
        >
          <legend>{t('itinerary:site.newHeading')}</legend>
          <div className="field-row">
            <label className="field">
              <span>{t('itinerary:site.nameEn')}</span>
              <input
                lang="en"
                value={creating.en}
                autoFocus
                onChange={(e) => setCreating({ ...creating, en: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('itinerary:site.nameZh')}</span>
              <input
                lang="zh-CN"
                value={creating.zh}
                onChange={(e) => setCreating({ ...creating, zh: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('itinerary:site.category')}</span>
              <select
                value={creating.category}
                onChange={(e) => setCreating({ ...creating, category: e.target.value as SiteCategory })}
              >
                {SITE_CATEGORIES.map((category) => (
                  <option key={category} value={category}>
                    {t(`domain:siteCategory.${category}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <ErrorMessage error={create.error} fieldLabels={{ name: t('itinerary:site.label') }} />
          <div className="actions">
            <button type="button" className="primary" onClick={submitNewSite} disabled={create.isPending}>
              {t('itinerary:site.create')}
            </button>
            <button type="button" onClick={() => setCreating(null)}>
              {t('common:cancel')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
