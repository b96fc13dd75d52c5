// The check's findings grouped by the record they belong to, and where in the app each record is
// edited: items in the itinerary, the visit, its places, delegations and members in the overview,
// sites in the site library.
import type {
  MissingTranslation,
  TextSource,
  UnprintableText,
} from '../../../../src-main/shared/contract/export-schemas';
import type { Route } from '../../app/route';

export interface RecordGroup<F extends TextSource> {
  key: string;
  entity: TextSource['entity'];
  id: string;
  /** For items: when they start, to name and find them. */
  date?: string;
  startTime?: string;
  fields: F[];
}

/** Findings grouped by record, records in the order the document prints them. */
export function groupByRecord<F extends TextSource>(findings: readonly F[]): RecordGroup<F>[] {
  const groups = new Map<string, RecordGroup<F>>();
  for (const finding of findings) {
    const key = `${finding.entity}:${finding.id}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        entity: finding.entity,
        id: finding.id,
        date: finding.date,
        startTime: finding.startTime,
        fields: [],
      };
      groups.set(key, group);
    }
    group.fields.push(finding);
  }
  return [...groups.values()];
}

export type FixPlace = 'itinerary' | 'overview' | 'sites';

/** Where a record is completed. */
export function fixPlace(entity: TextSource['entity']): FixPlace {
  if (entity === 'item') return 'itinerary';
  if (entity === 'site') return 'sites';
  return 'overview';
}

export function fixRoute(visitId: string, entity: TextSource['entity']): Route {
  switch (fixPlace(entity)) {
    case 'itinerary':
      return { screen: 'visit', visitId, tab: 'itinerary' };
    case 'sites':
      return { screen: 'sites' };
    default:
      return { screen: 'visit', visitId, tab: 'overview' };
  }
}

/**
 * After the page changed to the fix route: brings the record into view when its screen marks it
 * (an itinerary item's row, a member's row). Best effort: gives up quietly after a few seconds.
 */
export function revealRecord(entity: TextSource['entity'], id: string): void {
  const selector =
    entity === 'item'
      ? `#item-${CSS.escape(id)}`
      : entity === 'member'
        ? `[data-member-id="${CSS.escape(id)}"]`
        : entity === 'delegation'
          ? '#delegations-heading'
          : null;
  if (!selector) return;
  const started = Date.now();
  const look = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      const target = element.matches('button, a, [tabindex]')
        ? element
        : element.querySelector<HTMLElement>('button, a[href], [tabindex]:not([tabindex="-1"])');
      target?.focus({ preventScroll: true });
      return;
    }
    if (Date.now() - started < 3000) setTimeout(look, 100);
  };
  setTimeout(look, 50);
}

export type Finding = MissingTranslation | UnprintableText;
