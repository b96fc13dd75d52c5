// Property tests over every contract channel: random and malformed payloads get a clear validation
// error or a valid result — never a crash, never an internal error, never a partial write.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type ChannelName } from '../../src-main/shared/contract/channel-names';
import { ERROR_CODES } from '../../src-main/shared/contract/result';
import { must, tempApp } from '../helpers/workspace';

let app: ReturnType<typeof tempApp>;
const ids: Record<string, string> = {};

/** Every row of every table, so "nothing changed" means nothing at all changed. */
function snapshot(): string {
  const tables = app.store.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' ORDER BY name")
    .pluck()
    .all() as string[];
  return JSON.stringify(tables.map((t) => app.store.db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()));
}

// Workspace switching, the demo and PDF printing are exercised by their own tests; here they would
// only swap the file under the snapshot or start a browser.
const SKIPPED: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'workspaces.create',
  'workspaces.open',
  'workspaces.rename',
  'demo.load',
  'export.programmePdf' as ChannelName,
  'history.undo',
  'history.redo',
]);

beforeAll(async () => {
  app = tempApp();
  const visit = await must(app, 'visits.create', { title: { en: 'Visit', zh: '访问' } });
  const place = (await must(app, 'places.list', { query: 'Beijing' }))[0];
  const leg = await must(app, 'legs.create', {
    visitId: visit.id,
    placeId: place.id,
    startDate: '2023-07-02',
    endDate: '2023-07-03',
  });
  const delegation = await must(app, 'delegations.create', {
    visitId: visit.id,
    name: { en: 'D', zh: '团' },
    homeTimeZone: 'Europe/Brussels',
  });
  const member = await must(app, 'members.create', { delegationId: delegation.id, nameLatin: 'M' });
  const site = await must(app, 'sites.create', { name: { en: 'S', zh: '点' } });
  const item = await must(app, 'items.create', {
    legId: leg.id,
    date: '2023-07-02',
    startTime: '09:00',
    endTime: '10:00',
    kind: 'lunch',
    title: { en: 'Lunch', zh: '午餐' },
  });
  Object.assign(ids, {
    visit: visit.id,
    place: place.id,
    leg: leg.id,
    delegation: delegation.id,
    member: member.id,
    site: site.id,
    item: item.id,
  });
});
afterAll(() => app.dispose());

/** Values shaped like real ones, so the schemas are probed near their edges, not only with noise. */
const plausible = () =>
  fc.oneof(
    fc.constantFrom(...Object.values(ids)),
    fc.constantFrom(
      '2023-07-02',
      '2023-02-30',
      '24:00',
      '09:30',
      'Asia/Shanghai',
      'Mars/Base',
      '',
      ' ',
      '<script>alert(1)</script>',
      '𠮷',
    ),
    fc.record({ en: fc.string({ maxLength: 5 }), zh: fc.string({ maxLength: 5 }) }),
    fc.integer({ min: -400, max: 400 }),
    fc.boolean(),
    fc.constant(null),
    fc.string({ maxLength: 8 }),
  );
const keys = fc.constantFrom(
  'id',
  'visitId',
  'legId',
  'placeId',
  'delegationId',
  'siteId',
  'date',
  'startTime',
  'endTime',
  'title',
  'name',
  'kind',
  'patch',
  'days',
  'query',
  'language',
  'minutes',
  'memberIds',
  'attendees',
  'timeZone',
  'side',
  'startDate',
  'endDate',
  'homeTimeZone',
  'fromDate',
  'toDate',
  'role',
  'status',
  'path',
  'lang',
  'scope',
);
const payload = () =>
  fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.dictionary(keys, plausible(), { maxKeys: 6 }),
    fc.dictionary(keys, fc.oneof(plausible(), fc.dictionary(keys, plausible(), { maxKeys: 4 })), { maxKeys: 6 }),
  );

describe('every channel, random payloads', () => {
  const channels = CHANNEL_NAMES.filter((c) => !SKIPPED.has(c));
  it.each(channels)(
    '%s answers every payload with a valid result or a clear error, writing nothing on error',
    async (channel) => {
      await fc.assert(
        fc.asyncProperty(payload(), async (input) => {
          const before = snapshot();
          const result = await app.call(channel, input);
          if (result.ok) return;
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.code).not.toBe('internal');
          expect(result.error.messageKey).toMatch(/^errors:[a-z_.]+$/);
          expect(snapshot()).toBe(before);
        }),
        { numRuns: Number(process.env.SVP_PROPERTY_RUNS ?? 60) },
      );
    },
  );
});
