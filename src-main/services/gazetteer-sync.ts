// Every workspace holds the gazetteer's places, so pickers search one table. Entries missing from the
// workspace are added on open; places already there are never overwritten (the user may have edited them).
import { GAZETTEER } from '../gazetteer/gazetteer';
import type { ServiceContext } from './context';

export function syncGazetteer({ repos, tx, newId }: ServiceContext): number {
  const known = new Set(repos.places.gazetteerKeys());
  const missing = GAZETTEER.filter((entry) => !known.has(entry.key));
  if (missing.length === 0) return 0;
  tx(() => {
    for (const entry of missing) {
      repos.places.insert({
        id: newId(),
        gazetteerKey: entry.key,
        name: entry.name,
        kind: entry.kind,
        country: entry.country,
        side: entry.side,
        timeZone: entry.timeZone,
        pilot: entry.pilot,
        zhReviewed: entry.zhSource !== 'unreviewed',
      });
    }
  });
  return missing.length;
}
