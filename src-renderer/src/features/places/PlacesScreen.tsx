import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../../../../src-main/shared/contract/entities';
import { useBilingual, useSortedByName } from '../../i18n/bilingual';
import { BilingualText } from '../../ui/BilingualText';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useDebounced } from '../../ui/useDebounced';
import { useUndoToast } from '../../ui/useUndoToast';
import { UnreviewedMarker } from './PlacePicker';
import { PlaceForm } from './PlaceForm';
import { useDeletePlace, usePlaces } from './queries';
import '../../ui/library.css';
import './places.css';

function PlaceDetail({ place, onDeleted }: { place: Place; onDeleted: () => void }) {
  const { t } = useTranslation(['places', 'domain']);
  const pick = useBilingual();
  const remove = useDeletePlace();
  const undoToast = useUndoToast();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!editing) heading.current?.focus();
  }, [place.id, editing]);

  if (editing) {
    return <PlaceForm place={place} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} autoFocus />;
  }

  const doDelete = () =>
    remove
      .mutateAsync(place.id)
      .then(() => {
        setConfirming(false);
        const name = pick(place.name);
        onDeleted();
        undoToast(() => t('screen.deleted', { name }), 'places.delete');
      })
      .catch(() => undefined); // the dialog shows remove.error
  const fromGazetteer = place.gazetteerKey !== null;
  const rows = [
    { key: 'country', label: t('fields.country'), value: place.country },
    { key: 'side', label: t('fields.side'), value: t(`domain:placeSide.${place.side}`) },
    { key: 'kind', label: t('fields.kind'), value: t(`domain:placeKind.${place.kind}`) },
    { key: 'timeZone', label: t('fields.timeZone'), value: place.timeZone },
    {
      key: 'source',
      label: t('screen.source'),
      value: fromGazetteer
        ? place.pilot
          ? t('screen.sourcePilot')
          : t('screen.sourceGazetteer')
        : t('screen.sourceUser'),
    },
  ];

  return (
    <article className="library-detail" aria-labelledby={`place-${place.id}`}>
      <h2 id={`place-${place.id}`} ref={heading} tabIndex={-1}>
        <BilingualText value={place.name} />
        {!place.zhReviewed && <UnreviewedMarker />}
      </h2>
      <dl className="library-facts">
        {rows.map((row) => (
          <div key={row.key}>
            <dt>{row.label}</dt>
            <dd lang={row.key === 'timeZone' ? 'en' : undefined}>{row.value}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" onClick={() => setEditing(true)}>
          {t('screen.edit')}
        </button>
        {!fromGazetteer && (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('screen.delete')}
          </button>
        )}
      </div>
      {fromGazetteer && <p className="hint">{t('screen.gazetteerHint')}</p>}
      {confirming && (
        <ConfirmDialog
          title={t('screen.confirmTitle')}
          confirmLabel={t('screen.delete')}
          danger
          busy={remove.isPending}
          error={remove.error}
          onConfirm={doDelete}
          onCancel={() => {
            setConfirming(false);
            remove.reset();
          }}
        >
          <p>{t('screen.confirmBody', { name: pick(place.name) })}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}

/** Cities and regions (#/places): the built-in gazetteer and the places users added; search, add, edit, delete. */
export function PlacesScreen() {
  const { t } = useTranslation(['places', 'domain']);
  const searchId = useId();
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query.trim(), 150);
  const places = usePlaces(debounced);
  const all = usePlaces('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  /** Where the focus goes when the chosen entry is deleted. */
  const searchInput = useRef<HTMLInputElement>(null);
  const list = useSortedByName(places.data);
  const selected = (all.data ?? []).find((place) => place.id === selectedId);

  return (
    <section className="screen places-screen" aria-labelledby="places-heading">
      <div className="screen-header">
        <div>
          <h1 id="places-heading">{t('screen.heading')}</h1>
          <p className="subtitle">{t('screen.intro')}</p>
        </div>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('screen.new')}
          </button>
        )}
      </div>
      <div className="library-layout">
        <div className="library-list-pane card">
          <label className="field" htmlFor={searchId}>
            <span>{t('screen.searchLabel')}</span>
          </label>
          <input
            id={searchId}
            ref={searchInput}
            type="search"
            className="library-search"
            value={query}
            placeholder={t('searchPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
          <ErrorMessage error={places.error} />
          <p className="hint library-count" aria-live="polite">
            {places.isSuccess &&
              (debounced ? t('screen.results', { count: list.length }) : t('screen.total', { count: list.length }))}
          </p>
          {list.length > 0 && (
            <ul className="library-list" aria-label={t('screen.listLabel')}>
              {list.map((place) => (
                <li key={place.id}>
                  <button
                    type="button"
                    className="library-list-item"
                    aria-current={place.id === selectedId ? 'true' : undefined}
                    onClick={() => {
                      setCreating(false);
                      setSelectedId(place.id);
                    }}
                  >
                    <span className="library-list-name">
                      <BilingualText value={place.name} />
                    </span>
                    <span className="library-list-meta">
                      {place.country} · {t(`domain:placeSide.${place.side}`)}
                      {place.pilot && <span className="pilot-marker">{t('pilot')}</span>}
                      {!place.zhReviewed && <UnreviewedMarker />}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {places.isSuccess && list.length === 0 && <p className="muted">{t('noMatch')}</p>}
        </div>
        <div className="library-detail-pane card">
          {creating ? (
            <PlaceForm
              onSaved={(place) => {
                setCreating(false);
                setSelectedId(place.id);
              }}
              onCancel={() => setCreating(false)}
            />
          ) : selected ? (
            <PlaceDetail
              key={selected.id}
              place={selected}
              onDeleted={() => {
                setSelectedId(null);
                searchInput.current?.focus();
              }}
            />
          ) : (
            <p className="muted library-choose">{t('screen.choose')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
