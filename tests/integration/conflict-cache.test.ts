// The conflicts a visit shows are kept current edit by edit (services/conflict-cache.ts). Whatever
// changes the store — item edits in either visit, undo and redo, shifts, members, legs, settings,
// another process — they must equal a full recheck of what the SQLite file holds at that moment.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conflictInputFor } from '../../src-main/services/conflict-cache';
import { findConflicts } from '../../src-main/shared/domain/conflicts';
import { createRepos } from '../../src-main/store/repos';
import { must, tempApp } from '../helpers/workspace';

let app: ReturnType<typeof tempApp>;
beforeEach(() => (app = tempApp()));
afterEach(() => app.dispose());

/** Every rule over the whole visit, read afresh from the file. */
const recheckedFromFile = (visitId: string) => findConflicts(conflictInputFor(createRepos(app.store.db), visitId));

async function expectCurrent(visitIds: string[]) {
  for (const visitId of visitIds) {
    expect(await must(app, 'conflicts.forVisit', { visitId })).toEqual(recheckedFromFile(visitId));
  }
}

const TIMES = ['08:30', '09:00', '10:00', '10:30', '14:00', '15:30', '19:00'];
const edit = fc.oneof(
  fc.record({
    op: fc.constant('update' as const),
    pick: fc.nat(),
    site: fc.nat(),
    day: fc.integer({ min: -1, max: 6 }),
    start: fc.constantFrom(...TIMES),
    end: fc.constantFrom(...TIMES),
    everyone: fc.boolean(),
  }),
  fc.record({ op: fc.constantFrom('duplicate' as const, 'delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constantFrom('undo' as const, 'redo' as const) }),
  fc.record({ op: fc.constant('shift' as const), days: fc.constantFrom(-15, -14, 1, 14, 15) }),
  fc.record({ op: fc.constant('buffer' as const), minutes: fc.constantFrom(0, 15, 90) }),
  fc.record({ op: fc.constant('role' as const), pick: fc.nat() }),
);

describe('conflicts kept current between calls', () => {
  it('equal a full recheck of the file after any sequence of edits', async () => {
    await must(app, 'demo.load', {});
    const visits = await must(app, 'visits.list', {});
    const visitIds = visits.map((v) => v.id);
    const sites = await must(app, 'sites.list', {});
    let sawConflicts = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.nat(), async (edits, which) => {
        for (const change of edits) {
          const visitId = visitIds[which % visitIds.length];
          const items = await must(app, 'items.list', { visitId });
          const target = items.length ? items[('pick' in change ? change.pick : 0) % items.length] : null;
          switch (change.op) {
            case 'update': {
              if (!target) break;
              const detail = await must(app, 'visits.get', { id: visitId });
              const leg = detail.legs.find((l) => l.id === target.legId)!;
              const date = new Date(Date.parse(leg.startDate) + change.day * 86_400_000).toISOString().slice(0, 10);
              await app.call('items.update', {
                id: target.id,
                patch: {
                  date,
                  startTime: change.start,
                  endTime: change.end,
                  siteId: sites[change.site % sites.length].id,
                  attendees: change.everyone ? null : { delegationIds: [detail.delegations[0].id], memberIds: [] },
                },
              });
              break;
            }
            case 'duplicate':
              if (target) await must(app, 'items.duplicate', { id: target.id });
              break;
            case 'delete':
              if (target) await must(app, 'items.delete', { id: target.id });
              break;
            case 'undo':
            case 'redo':
              await app.call(`history.${change.op}`, {}); // nothing to undo is fine
              break;
            case 'shift':
              await must(app, 'visits.shift', { id: visitId, days: change.days });
              break;
            case 'buffer':
              await must(app, 'settings.setBuffer', { minutes: change.minutes });
              break;
            case 'role': {
              const [delegation] = (await must(app, 'visits.get', { id: visitId })).delegations;
              const members = await must(app, 'members.list', { delegationId: delegation.id });
              const member = members[change.pick % members.length];
              const role = member.role === 'interpreter' ? 'member' : 'interpreter';
              await must(app, 'members.update', { id: member.id, patch: { role } });
              break;
            }
          }
          await expectCurrent(visitIds);
          sawConflicts += (await must(app, 'conflicts.forVisit', { visitId })).length;
        }
      }),
      { numRuns: 25 },
    );
    // The edits made clashes of every kind, not just an empty list twice.
    expect(sawConflicts).toBeGreaterThan(0);
  });

  it('finds another visit’s booking at a site the visit had never used', async () => {
    await must(app, 'demo.load', {});
    const [lazio, europe] = await must(app, 'visits.list', {});
    const sites = new Map((await must(app, 'sites.list', {})).map((site) => [site.id, site]));
    const rome = (await must(app, 'items.list', { visitId: lazio.id })).find(
      (i) => i.siteId && sites.get(i.siteId)!.category === 'farm' && i.startTime >= '09:00' && i.endTime <= '17:00',
    )!;
    const [beijing] = await must(app, 'items.list', { visitId: europe.id });
    expect(await must(app, 'conflicts.forVisit', { visitId: europe.id })).toEqual([]);
    // 09:00–23:30 in Beijing covers 03:00–17:30 in Rome.
    const patch = { date: rome.date, startTime: '09:00', endTime: '23:30', siteId: rome.siteId };
    await must(app, 'items.update', { id: beijing.id, patch });
    const conflicts = await must(app, 'conflicts.forVisit', { visitId: europe.id });
    expect(conflicts.find((c) => c.rule === 'site_double_booked')?.itemIds).toEqual([beijing.id, rome.id]);
    expect(conflicts).toEqual(recheckedFromFile(europe.id));
  });

  it('notices a commit by another process on the same file', async () => {
    await must(app, 'demo.load', {});
    const [visit] = await must(app, 'visits.list', {});
    expect(await must(app, 'conflicts.forVisit', { visitId: visit.id })).toEqual([]);
    const [first, second] = await must(app, 'items.list', { visitId: visit.id });
    const other = new Database(app.store.path);
    other
      .prepare('UPDATE items SET date = ?, start_time = ?, end_time = ? WHERE id = ?')
      .run(first.date, first.startTime, first.endTime, second.id);
    other.close();
    const conflicts = await must(app, 'conflicts.forVisit', { visitId: visit.id });
    expect(conflicts.some((c) => c.rule === 'attendee_overlap' && c.itemIds.includes(second.id))).toBe(true);
    expect(conflicts).toEqual(recheckedFromFile(visit.id));
  });
});
