import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../../src-main/shared/contract/entities';
import { useBilingual } from '../../i18n/bilingual';
import { BilingualText } from '../../ui/BilingualText';
import { ConfirmDeletion } from '../../ui/ConfirmDialog';
import { LibraryScreen } from '../../ui/LibraryScreen';
import { useUndoToast } from '../../ui/useUndoToast';
import { PlaceSummary, UnreviewedMarker } from '../places/PlacePicker';
import { usePlaceIndex } from '../places/queries';
import { useDeleteSite, useSites, useSiteUsage } from './queries';
import { SiteForm } from './SiteForm';
import { SiteUsage } from './SiteUsage';
import './sites.css';

function SiteDetail({ site, onDeleted }: { site: Site; onDeleted: () => void }) {
  const { t } = useTranslation(['sites', 'domain']);
  const pick = useBilingual();
  const places = usePlaceIndex();
  const remove = useDeleteSite();
  const usage = useSiteUsage(site.id);
  const undoToast = useUndoToast();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const place = site.placeId ? places.get(site.placeId) : undefined;

  useEffect(() => {
    if (!editing) heading.current?.focus();
  }, [site.id, editing]);

  if (editing) return <SiteForm site={site} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />;

  const doDelete = () =>
    remove
      .mutateAsync(site.id)
      .then(() => {
        setConfirming(false);
        const name = pick(site.name);
        onDeleted();
        undoToast(() => t('deleted', { name }), 'sites.delete');
      })
      .catch(() => undefined); // the dialog shows remove.error
  const address = pick(site.address);
  const contact = [site.contact.name, site.contact.phone, site.contact.email].filter(Boolean).join(' · ');
  const rows: { key: string; label: string; value: React.ReactNode }[] = [
    { key: 'category', label: t('fields.category'), value: t(`domain:siteCategory.${site.category}`) },
    { key: 'place', label: t('fields.place'), value: place ? <PlaceSummary place={place} /> : '–' },
    { key: 'address', label: t('fields.address'), value: address ? <BilingualText value={site.address} /> : '–' },
    { key: 'contact', label: t('fields.contact.heading'), value: contact || '–' },
    {
      key: 'coordinates',
      label: t('fields.coordinates'),
      value: site.latitude !== null && site.longitude !== null ? `${site.latitude}, ${site.longitude}` : '–',
    },
  ];
  if (pick(site.notes))
    rows.push({ key: 'notes', label: t('fields.notes'), value: <BilingualText value={site.notes} /> });

  return (
    <article className="library-detail" aria-labelledby={`site-${site.id}`}>
      <h2 id={`site-${site.id}`} ref={heading} tabIndex={-1}>
        <BilingualText value={site.name} />
        {!site.zhReviewed && <UnreviewedMarker />}
      </h2>
      <dl className="library-facts">
        {rows.map((row) => (
          <div key={row.key}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" onClick={() => setEditing(true)}>
          {t('edit')}
        </button>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('delete')}
        </button>
      </div>
      <SiteUsage siteId={site.id} />
      {confirming && (
        <ConfirmDeletion
          title={t('confirmTitle')}
          confirmLabel={t('confirmDelete')}
          mutation={remove}
          onConfirm={doDelete}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('confirmBody', { name: pick(site.name) })}</p>
          {(usage.data?.length ?? 0) > 0 && <p>{t('confirmUsed', { count: usage.data?.length ?? 0 })}</p>}
        </ConfirmDeletion>
      )}
    </article>
  );
}

/** The site library (#/sites), shared by every visit: search, create, edit, delete, and where each site is used. */
export function SitesScreen() {
  const { t } = useTranslation(['sites', 'domain']);
  const pick = useBilingual();
  const places = usePlaceIndex();
  return (
    <LibraryScreen<Site>
      id="sites"
      texts={{
        heading: t('heading'),
        intro: t('intro'),
        newButton: t('new'),
        searchLabel: t('search.label'),
        searchPlaceholder: t('search.placeholder'),
        listLabel: t('listLabel'),
        choose: t('choose'),
        count: (count, searching) => (searching ? t('search.results', { count }) : t('search.total', { count })),
        none: (searching) => (searching ? t('search.none') : t('empty')),
      }}
      useEntries={useSites}
      meta={(site) => {
        const place = site.placeId ? places.get(site.placeId) : undefined;
        return (
          <>
            {t(`domain:siteCategory.${site.category}`)}
            {place && ` · ${pick(place.name)}`}
            {!site.zhReviewed && <UnreviewedMarker />}
          </>
        );
      }}
      renderNew={(done, cancel) => <SiteForm onDone={done} onCancel={cancel} />}
      renderDetail={(site, deleted) => <SiteDetail key={site.id} site={site} onDeleted={deleted} />}
    />
  );
}
