import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import type { SearchHit } from '../../../../src-main/shared/contract/entities';
import { hrefFor } from '../../app/route';
import { useBilingual } from '../../i18n/bilingual';
import { useDateFormat } from '../../i18n/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useVisits } from '../visits/queries';
import './search.css';

const GROUPS: SearchHit['entity'][] = ['visit', 'delegation', 'member', 'site', 'item'];

/** Where a result belongs: an item in its visit's itinerary, people on the visit's overview, sites in the library. */
export function hrefOfHit(hit: SearchHit): string {
  switch (hit.entity) {
    case 'item':
      return hit.visitId
        ? `${hrefFor({ screen: 'visit', visitId: hit.visitId, tab: 'itinerary' })}?item=${encodeURIComponent(hit.id)}`
        : hrefFor({ screen: 'visits' });
    case 'site':
      return hrefFor({ screen: 'sites' });
    case 'visit':
      return hrefFor({ screen: 'visit', visitId: hit.id });
    default:
      return hit.visitId ? hrefFor({ screen: 'visit', visitId: hit.visitId }) : hrefFor({ screen: 'visits' });
  }
}

export function SearchScreen({ query }: { query: string }) {
  const { t } = useTranslation('search');
  const pick = useBilingual();
  const dates = useDateFormat();
  const q = query.trim();
  const results = useQuery({
    queryKey: ['search', q],
    queryFn: () => request('search.query', { query: q }),
    enabled: q.length > 0,
    staleTime: 0,
  });
  const hits = results.data ?? [];
  const visits = useVisits();
  const visitTitles = new Map((visits.data ?? []).map((v) => [v.id, v.title]));

  const contextOf = (hit: SearchHit): string => {
    if (hit.entity === 'item') {
      const [date, time] = hit.context.split(' ');
      return date && time ? t('context.item', { date: dates.long(date), time }) : hit.context;
    }
    if (hit.entity === 'member') return hit.context ? t('context.member', { delegation: hit.context }) : '';
    return '';
  };

  return (
    <section className="screen search-screen" aria-labelledby="search-heading">
      <div className="screen-header">
        <div>
          <h1 id="search-heading">{q ? t('resultsFor', { query: q }) : t('heading')}</h1>
          {results.isSuccess && <p className="subtitle">{t('count', { count: hits.length })}</p>}
        </div>
      </div>
      {!q && <p className="muted">{t('prompt')}</p>}
      {results.isFetching && !results.data && <p className="muted">{t('searching')}</p>}
      <ErrorMessage error={results.error} />
      {results.isSuccess && hits.length === 0 && (
        <div className="empty-state">
          <p>{t('none', { query: q })}</p>
          <p className="hint">{t('prompt')}</p>
        </div>
      )}
      {GROUPS.map((entity) => {
        const group = hits.filter((h) => h.entity === entity);
        if (group.length === 0) return null;
        return (
          <section key={entity} className="card search-group" aria-labelledby={`search-${entity}`}>
            <h2 id={`search-${entity}`}>
              {t(`groups.${entity}`)} <span className="search-count">{group.length}</span>
            </h2>
            <ul className="search-results">
              {group.map((hit) => {
                const other = pick({ en: hit.label.zh, zh: hit.label.en });
                const context = contextOf(hit);
                const visit = hit.visitId && entity !== 'visit' ? visitTitles.get(hit.visitId) : undefined;
                return (
                  <li key={`${hit.entity}-${hit.id}`}>
                    <a href={hrefOfHit(hit)}>{pick(hit.label)}</a>
                    {other && other !== pick(hit.label) && <span className="search-alt">{other}</span>}
                    {(context || visit) && (
                      <span className="search-context">
                        {[context, visit ? pick(visit) : ''].filter(Boolean).join(' · ')}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
