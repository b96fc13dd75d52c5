import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../../src-main/shared/contract/entities';
import { useBilingual, useSortedByName } from '../../i18n/bilingual';
import { BilingualText } from '../../ui/BilingualText';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useDebounced } from '../../ui/useDebounced';
import { useUndoToast } from '../../ui/useUndoToast';
import '../../ui/library.css';
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
        <ConfirmDialog
          title={t('confirmTitle')}
          confirmLabel={t('confirmDelete')}
          danger
          busy={remove.isPending}
          error={remove.error}
          onConfirm={doDelete}
          onCancel={() => {
            setConfirming(false);
            remove.reset();
          }}
        >
          <p>{t('confirmBody', { name: pick(site.name) })}</p>
          {(usage.data?.length ?? 0) > 0 && <p>{t('confirmUsed', { count: usage.data?.length ?? 0 })}</p>}
        </ConfirmDialog>
      )}
    </article>
  );
}

/** The site library (#/sites), shared by every visit: search, create, edit, delete, and where each site is used. */
export function SitesScreen() {
  const { t } = useTranslation(['sites', 'domain']);
  const searchId = useId();
  const pick = useBilingual();
  const places = usePlaceIndex();
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query.trim(), 150);
  const sites = useSites(debounced);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  /** Where the focus goes when the chosen entry is deleted. */
  const searchInput = useRef<HTMLInputElement>(null);
  const list = useSortedByName(sites.data);
  const all = useSites('');
  const selected = (all.data ?? []).find((site) => site.id === selectedId) ?? list.find((s) => s.id === selectedId);

  return (
    <section className="screen sites-screen" aria-labelledby="sites-heading">
      <div className="screen-header">
        <div>
          <h1 id="sites-heading">{t('heading')}</h1>
          <p className="subtitle">{t('intro')}</p>
        </div>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('new')}
          </button>
        )}
      </div>
      <div className="library-layout">
        <div className="library-list-pane card">
          <label className="field" htmlFor={searchId}>
            <span>{t('search.label')}</span>
          </label>
          <input
            id={searchId}
            ref={searchInput}
            type="search"
            className="library-search"
            value={query}
            placeholder={t('search.placeholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
          <ErrorMessage error={sites.error} />
          <p className="hint library-count" aria-live="polite">
            {sites.isSuccess &&
              (debounced ? t('search.results', { count: list.length }) : t('search.total', { count: list.length }))}
          </p>
          {list.length > 0 && (
            <ul className="library-list" aria-label={t('listLabel')}>
              {list.map((site) => {
                const place = site.placeId ? places.get(site.placeId) : undefined;
                return (
                  <li key={site.id}>
                    <button
                      type="button"
                      className="library-list-item"
                      aria-current={site.id === selectedId ? 'true' : undefined}
                      onClick={() => {
                        setCreating(false);
                        setSelectedId(site.id);
                      }}
                    >
                      <span className="library-list-name">
                        <BilingualText value={site.name} />
                      </span>
                      <span className="library-list-meta">
                        {t(`domain:siteCategory.${site.category}`)}
                        {place && ` · ${pick(place.name)}`}
                        {!site.zhReviewed && <UnreviewedMarker />}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {sites.isSuccess && list.length === 0 && <p className="muted">{debounced ? t('search.none') : t('empty')}</p>}
        </div>
        <div className="library-detail-pane card">
          {creating ? (
            <SiteForm
              onDone={(site) => {
                setCreating(false);
                setSelectedId(site.id);
              }}
              onCancel={() => setCreating(false)}
            />
          ) : selected ? (
            <SiteDetail
              key={selected.id}
              site={selected}
              onDeleted={() => {
                setSelectedId(null);
                searchInput.current?.focus();
              }}
            />
          ) : (
            <p className="muted library-choose">{t('choose')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
