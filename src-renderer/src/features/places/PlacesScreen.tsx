import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '../../../../src-main/shared/contract/entities';
import { useBilingual } from '../../i18n/bilingual';
import { BilingualText } from '../../ui/BilingualText';
import { ConfirmDeletion } from '../../ui/ConfirmDialog';
import { LibraryScreen } from '../../ui/LibraryScreen';
import { useUndoToast } from '../../ui/useUndoToast';
import { UnreviewedMarker } from './PlacePicker';
import { PlaceForm } from './PlaceForm';
import { useDeletePlace, usePlaces } from './queries';
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
        <ConfirmDeletion
          title={t('screen.confirmTitle')}
          confirmLabel={t('screen.delete')}
          mutation={remove}
          onConfirm={doDelete}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('screen.confirmBody', { name: pick(place.name) })}</p>
        </ConfirmDeletion>
      )}
    </article>
  );
}

/** Cities and regions (#/places): the built-in gazetteer and the places users added; search, add, edit, delete. */
export function PlacesScreen() {
  const { t } = useTranslation(['places', 'domain']);
  return (
    <LibraryScreen<Place>
      id="places"
      texts={{
        heading: t('screen.heading'),
        intro: t('screen.intro'),
        newButton: t('screen.new'),
        searchLabel: t('screen.searchLabel'),
        searchPlaceholder: t('searchPlaceholder'),
        listLabel: t('screen.listLabel'),
        choose: t('screen.choose'),
        count: (count, searching) => (searching ? t('screen.results', { count }) : t('screen.total', { count })),
        none: () => t('noMatch'),
      }}
      useEntries={usePlaces}
      meta={(place) => (
        <>
          {place.country} · {t(`domain:placeSide.${place.side}`)}
          {place.pilot && <span className="pilot-marker">{t('pilot')}</span>}
          {!place.zhReviewed && <UnreviewedMarker />}
        </>
      )}
      renderNew={(done, cancel) => <PlaceForm onSaved={done} onCancel={cancel} />}
      renderDetail={(place, deleted) => <PlaceDetail key={place.id} place={place} onDeleted={deleted} />}
    />
  );
}
