// Files out of and into the app, besides PDF programmes: participant lists (CSV/XLSX), calendars (ICS)
// and visit packages (JSON). Exports are written into the host's exports folder (never replacing a
// file) and reach the user through `files.saveAs`.
import { version as appVersion } from '../../package.json';
import type { ItineraryItem, Site } from '../shared/contract/entities';
import type { MatchedRecord, VisitPackageImport } from '../shared/contract/exchange-schemas';
import { loadProgrammeData, unknownScopeId } from '../documents/programme/programme-data';
import { buildCalendar } from '../exchange/calendar';
import { writeUniqueFile } from '../exchange/output-file';
import { participantTable, PARTICIPANT_SHEET_NAME } from '../exchange/participants';
import { tableToCsv, tableToXlsx } from '../exchange/spreadsheet-write';
import {
  buildVisitPackage,
  packageCounts,
  parseVisitPackage,
  placeDifferences,
  siteDifferences,
  siteMatches,
  type VisitPackage,
} from '../exchange/visit-package';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { decodeUpload } from './member-import';
import { must, notFound, ServiceError } from './service-error';
import { slugify } from './export';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export const exchangeHandlers = (
  ctx: ServiceContext,
): HandlerGroup<'export.participants' | 'export.calendar' | 'export.visitPackage' | 'import.visitPackage'> => {
  const { repos, host, now, tx } = ctx;
  const visitSlug = (title: { en: string }) => slugify(title.en) || 'visit';

  return {
    'export.participants': async ({ visitId, delegationId, format }) => {
      const visit = must(repos.visits.get(visitId), 'visit', visitId);
      const delegations = repos.delegations.listByVisit(visitId);
      const delegation = delegationId ? delegations.find((d) => d.id === delegationId) : undefined;
      if (delegationId && !delegation) throw notFound('delegation', delegationId);
      const members = repos.members.listByVisit(visitId).filter((m) => !delegation || m.delegationId === delegation.id);
      const table = participantTable(delegations, members);
      const bytes = format === 'csv' ? tableToCsv(table) : await tableToXlsx(table, PARTICIPANT_SHEET_NAME);
      const scope = delegation ? [slugify(delegation.name.en, 30) || 'delegation'] : [];
      const name = [visitSlug(visit.title), ...scope, 'participants', `r${visit.revision}`].join('-');
      const written = writeUniqueFile(host.exportsDir, `${name}.${format}`, bytes);
      return { ...written, rows: table.rows.length, bytes: bytes.byteLength };
    },

    'export.calendar': ({ visitId, delegationId, memberId, lang }) => {
      const data = loadProgrammeData(repos, visitId);
      if (!data) throw notFound('visit', visitId);
      const unknown = unknownScopeId(data, { delegationId, memberId });
      if (unknown) throw notFound(unknown.entity, unknown.id);
      const { ics, events } = buildCalendar(data, { delegationId, memberId }, lang, new Date(now()));
      const bytes = new TextEncoder().encode(ics);
      const member = data.members.find((m) => m.id === memberId);
      const delegation = data.delegations.find((d) => d.id === delegationId);
      const scope = [
        delegation && (slugify(delegation.name.en, 30) || 'delegation'),
        member && (slugify(member.nameLatin, 30) || 'member'),
      ].filter(Boolean);
      const name = [visitSlug(data.visit.title), ...scope, 'calendar', lang].join('-');
      const written = writeUniqueFile(host.exportsDir, `${name}.ics`, bytes);
      return { ...written, events, bytes: bytes.byteLength };
    },

    'export.visitPackage': ({ visitId }) => {
      const visit = must(repos.visits.get(visitId), 'visit', visitId);
      const pkg = buildVisitPackage(
        {
          visit,
          legs: repos.legs.listByVisit(visitId),
          delegations: repos.delegations.listByVisit(visitId),
          members: repos.members.listByVisit(visitId),
          items: repos.items.listByVisit(visitId),
          place: (id) => repos.places.get(id),
          site: (id) => repos.sites.get(id),
        },
        appVersion,
        now(),
      );
      const bytes = new TextEncoder().encode(`${JSON.stringify(pkg, null, 2)}\n`);
      const name = `${visitSlug(visit.title)}-visit-package-r${visit.revision}.json`;
      const written = writeUniqueFile(host.exportsDir, name, bytes);
      return { ...written, bytes: bytes.byteLength, counts: packageCounts(pkg) };
    },

    'import.visitPackage': ({ contentBase64 }) => {
      let text: string;
      try {
        text = utf8.decode(decodeUpload(contentBase64));
      } catch (error) {
        if (error instanceof ServiceError) throw error;
        throw new ServiceError('validation', 'errors:package.not_a_package');
      }
      const pkg = parseVisitPackage(text);
      return tx(() => importVisitPackage(ctx, pkg));
    },
  };
};

/**
 * Writes a checked package into the workspace with new ids. Places are reused when one has the same
 * gazetteer key (or, without one, the same names in both languages); sites when one has the same
 * names and, if both have coordinates, the same coordinates. A reused row is never changed: where
 * the package's details differ they are listed in `differences` for the user to review.
 */
function importVisitPackage({ repos, newId, now }: ServiceContext, pkg: VisitPackage): VisitPackageImport {
  const placeIds = new Map<string, string>();
  const siteIds = new Map<string, string>();
  const delegationIds = new Map<string, string>();
  const memberIds = new Map<string, string>();
  const legIds = new Map<string, string>();
  const matchedPlaces: MatchedRecord[] = [];
  const matchedSites: MatchedRecord[] = [];
  let placesCreated = 0;
  let sitesCreated = 0;

  for (const place of pkg.places) {
    const byKey = place.gazetteerKey ? repos.places.byGazetteerKey(place.gazetteerKey) : undefined;
    const existing = byKey ?? repos.places.findByNames(place.name.en, place.name.zh)[0];
    if (existing) {
      placeIds.set(place.id, existing.id);
      matchedPlaces.push({
        packageId: place.id,
        id: existing.id,
        name: existing.name,
        matchedBy: byKey ? 'gazetteer_key' : 'name',
        differences: placeDifferences(place, existing),
      });
    } else {
      const id = newId();
      repos.places.insert({ ...place, id });
      placeIds.set(place.id, id);
      placesCreated += 1;
    }
  }

  for (const packaged of pkg.sites) {
    const site: Site = { ...packaged, placeId: packaged.placeId === null ? null : placeIds.get(packaged.placeId)! };
    const candidates = repos.sites.findByNames(site.name.en, site.name.zh);
    const ranked = candidates
      .map((candidate) => ({ candidate, how: siteMatches(site, candidate) }))
      .filter((m) => m.how !== null)
      .sort((a, b) => (a.how === b.how ? 0 : a.how === 'name_and_coordinates' ? -1 : 1));
    const match = ranked[0];
    if (match) {
      siteIds.set(packaged.id, match.candidate.id);
      matchedSites.push({
        packageId: packaged.id,
        id: match.candidate.id,
        name: match.candidate.name,
        matchedBy: match.how!,
        differences: siteDifferences(site, match.candidate),
      });
    } else {
      const id = newId();
      repos.sites.insert({ ...site, id });
      siteIds.set(packaged.id, id);
      sitesCreated += 1;
    }
  }

  const visitId = newId();
  const stamp = now();
  const { id: _packagedId, ...visit } = pkg.visit;
  repos.visits.insert({ ...visit, id: visitId, revision: 1, createdAt: stamp, updatedAt: stamp });

  for (const leg of pkg.legs) {
    const id = newId();
    const placeId = placeIds.get(leg.placeId)!;
    repos.legs.insert({ ...leg, id, visitId, placeId, place: repos.places.get(placeId)! });
    legIds.set(leg.id, id);
  }
  for (const delegation of pkg.delegations) {
    const id = newId();
    repos.delegations.insert({
      ...delegation,
      id,
      visitId,
      originPlaceIds: delegation.originPlaceIds.map((p) => placeIds.get(p)!),
      memberCount: 0,
    });
    delegationIds.set(delegation.id, id);
  }
  for (const member of pkg.members) {
    const id = newId();
    repos.members.insert({ ...member, id, delegationId: delegationIds.get(member.delegationId)! });
    memberIds.set(member.id, id);
  }
  for (const packaged of pkg.items) {
    const item: ItineraryItem = {
      ...packaged,
      id: newId(),
      visitId,
      legId: legIds.get(packaged.legId)!,
      siteId: packaged.siteId === null ? null : siteIds.get(packaged.siteId)!,
      attendees: packaged.attendees && {
        delegationIds: packaged.attendees.delegationIds.map((d) => delegationIds.get(d)!),
        memberIds: packaged.attendees.memberIds.map((m) => memberIds.get(m)!),
      },
    };
    repos.items.insert(item);
  }

  return {
    visitId,
    counts: { ...packageCounts(pkg), places: placesCreated, sites: sitesCreated },
    matchedPlaces,
    matchedSites,
  };
}
