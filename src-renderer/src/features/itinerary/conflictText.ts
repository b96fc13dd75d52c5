// Conflict messages in the active language, with their details filled in (names, not ids).
import type { Bilingual, Delegation, ItineraryItem, Leg, Site } from '../../../../src-main/shared/contract/entities';
import type { Conflict } from '../../../../src-main/shared/domain/conflicts';
import type { ItineraryText } from './text';

export interface ConflictLookups {
  visitId: string;
  items: Map<string, ItineraryItem>;
  sites: Map<string, Site>;
  legs: Map<string, Leg>;
  delegations: Map<string, Delegation>;
  visitTitles: Map<string, Bilingual>;
}

const str = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/**
 * The message for a conflict as seen from one of its items (`perspective`): on the second item of an
 * overlap, "the other" is the first.
 */
export function conflictMessage(
  conflict: Conflict,
  perspective: string | undefined,
  lookups: ConflictLookups,
  text: ItineraryText,
): string {
  const { t, pick } = text;
  const d = conflict.details;
  const here = perspective ?? conflict.itemIds[0];
  const otherId = conflict.itemIds.find((id) => id !== here) ?? conflict.itemIds[1];
  const itemTitle = (id: string | undefined) => {
    const item = id ? lookups.items.get(id) : undefined;
    return item ? pick(item.title) || t('itinerary:item.untitled') : t('itinerary:conflicts.unknownItem');
  };
  const siteName = (id: string | number | undefined) =>
    pick(lookups.sites.get(str(id))?.name) || t('itinerary:conflicts.unknownSite');

  switch (conflict.rule) {
    case 'attendee_overlap':
      return t('itinerary:conflicts.rule.attendee_overlap', {
        count: Number(d.shared ?? 1),
        other: itemTitle(otherId),
      });
    case 'site_double_booked': {
      const site = siteName(d.siteId);
      const otherVisit = str(d.otherVisitId);
      if (otherVisit && otherVisit !== lookups.visitId) {
        const title = pick(lookups.visitTitles.get(otherVisit)) || t('itinerary:conflicts.unknownVisit');
        return t('itinerary:conflicts.rule.site_double_booked_visit', { site, visit: title });
      }
      return t('itinerary:conflicts.rule.site_double_booked', { site, other: itemTitle(otherId) });
    }
    case 'outside_leg': {
      const leg = lookups.legs.get(str(d.legId));
      return t('itinerary:conflicts.rule.outside_leg', {
        city: pick(leg?.place.name),
        start: text.short(str(d.legStartDate)),
        end: text.short(str(d.legEndDate)),
      });
    }
    case 'end_before_start':
      return Number(d.minutes) > 24 * 60
        ? t('itinerary:conflicts.rule.end_before_start_long', { start: d.startTime, end: d.endTime })
        : t('itinerary:conflicts.rule.end_before_start', { start: d.startTime, end: d.endTime });
    case 'travel_gap': {
      const values = {
        needed: d.needed,
        available: d.available,
        from: siteName(d.fromSiteId),
        to: siteName(d.toSiteId),
      };
      return d.basis === 'estimate'
        ? t('itinerary:conflicts.rule.travel_gap_estimate', {
            ...values,
            mode: t(`domain:transportMode.${str(d.mode)}`).toLowerCase(),
          })
        : t('itinerary:conflicts.rule.travel_gap_buffer', values);
    }
    case 'no_interpreter': {
      const delegation = pick(lookups.delegations.get(str(d.delegationId))?.name);
      const more = Number(d.delegations ?? 1) - 1;
      return more > 0
        ? t('itinerary:conflicts.rule.no_interpreter_more', { delegation, count: more })
        : t('itinerary:conflicts.rule.no_interpreter', { delegation });
    }
    case 'missing_translation':
      return t(`itinerary:conflicts.rule.missing_translation.${str(d.missing) || 'both'}`);
    default:
      return t('itinerary:conflicts.error');
  }
}

export interface Marker {
  key: string;
  severity: Conflict['severity'];
  message: string;
}

/** Every item's markers, in one pass over the conflicts (no per-item scan of the whole list). */
export function markersByItem(
  conflicts: Conflict[],
  lookups: ConflictLookups,
  text: ItineraryText,
): Map<string, Marker[]> {
  const markers = new Map<string, Marker[]>();
  conflicts.forEach((conflict, index) => {
    for (const id of new Set(conflict.itemIds)) {
      if (!lookups.items.has(id)) continue;
      const marker: Marker = {
        key: `${conflict.rule}-${index}`,
        severity: conflict.severity,
        message: conflictMessage(conflict, id, lookups, text),
      };
      const list = markers.get(id);
      if (list) list.push(marker);
      else markers.set(id, [marker]);
    }
  });
  for (const list of markers.values())
    list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return markers;
}
