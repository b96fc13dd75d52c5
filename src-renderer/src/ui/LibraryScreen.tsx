// The frame of a library screen (sites; cities and regions): a heading with a New button, a search
// field over a list of entries on one side, and the chosen entry (or the form for a new one) on the other.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Bilingual } from '../../../src-main/shared/contract/entities';
import { useSortedByName } from '../i18n/bilingual';
import { BilingualText } from './BilingualText';
import { ErrorMessage } from './ErrorMessage';
import { useDebounced } from './useDebounced';
import './library.css';

export interface LibraryTexts {
  heading: string;
  intro: string;
  newButton: string;
  searchLabel: string;
  searchPlaceholder: string;
  listLabel: string;
  /** What to say when nothing is chosen. */
  choose: string;
  /** The line under the search field: how many entries match (searching) or exist. */
  count: (count: number, searching: boolean) => string;
  /** When the list is empty. */
  none: (searching: boolean) => string;
}

export function LibraryScreen<T extends { id: string; name: Bilingual }>({
  id,
  texts,
  useEntries,
  meta,
  renderNew,
  renderDetail,
}: {
  /** Names the screen's class and heading id, e.g. "sites". */
  id: string;
  texts: LibraryTexts;
  /** The entries matching a query ('' for all), as a react-query result. */
  useEntries: (query: string) => { data?: T[]; error: unknown; isSuccess: boolean };
  /** The second line of an entry in the list. */
  meta: (entry: T) => ReactNode;
  renderNew: (done: (created: T) => void, cancel: () => void) => ReactNode;
  renderDetail: (entry: T, deleted: () => void) => ReactNode;
}) {
  const searchId = useId();
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query.trim(), 150);
  const matching = useEntries(debounced);
  const all = useEntries('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  const list = useSortedByName(matching.data);
  const selected = (all.data ?? []).find((entry) => entry.id === selectedId) ?? list.find((e) => e.id === selectedId);
  const searching = debounced !== '';
  const created = useCallback((entry: T) => {
    setCreating(false);
    setSelectedId(entry.id);
  }, []);
  const cancelled = useCallback(() => setCreating(false), []);
  // After a deletion the focus goes to the search field (the deleted entry's buttons are gone).
  const [deletions, setDeletions] = useState(0);
  useEffect(() => {
    if (deletions > 0) searchInput.current?.focus();
  }, [deletions]);
  const deleted = useCallback(() => {
    setSelectedId(null);
    setDeletions((n) => n + 1);
  }, []);

  return (
    <section className={`screen ${id}-screen`} aria-labelledby={`${id}-heading`}>
      <div className="screen-header">
        <div>
          <h1 id={`${id}-heading`}>{texts.heading}</h1>
          <p className="subtitle">{texts.intro}</p>
        </div>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {texts.newButton}
          </button>
        )}
      </div>
      <div className="library-layout">
        <div className="library-list-pane card">
          <label className="field" htmlFor={searchId}>
            <span>{texts.searchLabel}</span>
          </label>
          <input
            id={searchId}
            ref={searchInput}
            type="search"
            className="library-search"
            value={query}
            placeholder={texts.searchPlaceholder}
            onChange={(event) => setQuery(event.target.value)}
          />
          <ErrorMessage error={matching.error} />
          <p className="hint library-count" aria-live="polite">
            {matching.isSuccess && texts.count(list.length, searching)}
          </p>
          {list.length > 0 && (
            <ul className="library-list" aria-label={texts.listLabel}>
              {list.map((entry) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    className="library-list-item"
                    aria-current={entry.id === selectedId ? 'true' : undefined}
                    onClick={() => {
                      setCreating(false);
                      setSelectedId(entry.id);
                    }}
                  >
                    <span className="library-list-name">
                      <BilingualText value={entry.name} />
                    </span>
                    <span className="library-list-meta">{meta(entry)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {matching.isSuccess && list.length === 0 && <p className="muted">{texts.none(searching)}</p>}
        </div>
        <div className="library-detail-pane card">
          {creating ? (
            renderNew(created, cancelled)
          ) : selected ? (
            renderDetail(selected, deleted)
          ) : (
            <p className="muted library-choose">{texts.choose}</p>
          )}
        </div>
      </div>
    </section>
  );
}
