import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItineraryItem } from '../../src-main/shared/contract/entities';
import { ConflictIndex } from '../../src-main/shared/domain/conflict-index';
import { findConflicts, type ConflictInput, type OtherVisitItem } from '../../src-main/shared/domain/conflicts';
import { ITEM_KINDS, TRANSPORT_MODES } from '../../src-main/shared/domain/vocabulary';
import { delegation, input, item, member, MEMBERS, only, site, people } from '../helpers/conflict-fixtures';

// A crowded little world: two zones, a member-less delegation, an airport nobody books, few slots.
const base = input([], {
  delegations: [...input([]).delegations, delegation('d-hosts', ['beijing'])],
  members: [...MEMBERS, member('b-interp', 'd-eu2', 'interpreter')],
  sites: [...input([]).sites, { ...site('s-airport', 40.08, 116.58), category: 'airport' }],
  settings: { minimumBufferMinutes: 20 },
});
const SITE_IDS = [null, ...base.sites.map((s) => s.id)];
const TIMES = ['08:00', '08:30', '09:00', '09:15', '10:00', '11:30', '12:00', '23:30'];

const itemArb = fc
  .record({
    id: fc.constantFrom('i0', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7'),
    legId: fc.constantFrom('leg-bj', 'leg-rome'),
    date: fc.constantFrom('2025-07-06', '2025-07-07', '2025-07-08', '2025-07-11'),
    startTime: fc.constantFrom(...TIMES),
    endTime: fc.constantFrom(...TIMES),
    endsNextDay: fc.boolean(),
    kind: fc.constantFrom(...ITEM_KINDS),
    siteId: fc.constantFrom(...SITE_IDS),
    attendees: fc.oneof(
      fc.constant(null),
      fc.constantFrom(only('d-eu'), only('d-eu2'), only('d-hosts'), people('a-head', 'b-member'), people()),
    ),
    transportMode: fc.constantFrom(null, ...TRANSPORT_MODES),
    title: fc.constantFrom({ en: 'Visit', zh: '参观' }, { en: '', zh: '参观' }, { en: 'Visit', zh: ' ' }),
  })
  .map(({ id, ...fields }): ItineraryItem => item(id, fields));

const otherArb = fc.record({
  id: fc.constantFrom('o0', 'o1', 'o2'),
  visitId: fc.constant('v2'),
  legId: fc.constant('leg-v2'),
  date: fc.constantFrom('2025-07-07', '2025-07-08'),
  startTime: fc.constantFrom(...TIMES),
  endTime: fc.constantFrom(...TIMES),
  endsNextDay: fc.boolean(),
  siteId: fc.constantFrom(...SITE_IDS),
  timeZone: fc.constantFrom('Asia/Shanghai', 'Europe/Rome'),
}) satisfies fc.Arbitrary<OtherVisitItem>;

const edit = fc.oneof(
  fc.record({ upsert: fc.array(itemArb, { minLength: 1, maxLength: 3 }) }),
  fc.record({ remove: fc.array(fc.constantFrom('i0', 'i3', 'i5', 'o1', 'nothing'), { minLength: 1, maxLength: 2 }) }),
  fc.record({ others: fc.array(otherArb, { minLength: 1, maxLength: 2 }) }),
);

const current = (items: Map<string, ItineraryItem>, others: Map<string, OtherVisitItem>): ConflictInput => ({
  ...base,
  items: [...items.values()],
  otherVisitsItems: [...others.values()],
});

describe('ConflictIndex', () => {
  it('finds what findConflicts finds after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(itemArb, { selector: (i) => i.id, maxLength: 8 }),
        fc.uniqueArray(otherArb, { selector: (o) => o.id }),
        fc.array(edit, { maxLength: 12 }),
        (initialItems, initialOthers, edits) => {
          const items = new Map<string, ItineraryItem>(initialItems.map((i) => [i.id, i]));
          const others = new Map<string, OtherVisitItem>(initialOthers.map((o) => [o.id, o]));
          const index = new ConflictIndex(current(items, others));
          expect(index.conflicts()).toEqual(findConflicts(current(items, others)));
          for (const change of edits) {
            if ('upsert' in change) {
              for (const i of change.upsert) items.set(i.id, i);
              index.upsertItems(change.upsert);
            } else if ('remove' in change) {
              for (const id of change.remove) if (!items.delete(id)) others.delete(id);
              index.removeItems(change.remove);
            } else {
              for (const o of change.others) if (!items.has(o.id)) others.set(o.id, o);
              index.upsertOtherVisitItems(change.others);
            }
            expect(index.conflicts()).toEqual(findConflicts(current(items, others)));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('moves an item out of a clash and into another one', () => {
    const a = item('a', { startTime: '09:00', endTime: '10:00' });
    const b = item('b', { startTime: '09:30', endTime: '10:30' });
    const c = item('c', { startTime: '11:00', endTime: '12:00' });
    const index = new ConflictIndex(input([a, b, c]));
    expect(index.conflicts().map((x) => [x.rule, ...x.itemIds])).toEqual([['attendee_overlap', 'a', 'b']]);
    index.upsertItems([{ ...b, startTime: '11:30', endTime: '12:30' }]);
    expect(index.conflicts().map((x) => [x.rule, ...x.itemIds])).toEqual([['attendee_overlap', 'c', 'b']]);
    index.removeItems(['c']);
    expect(index.conflicts()).toEqual([]);
  });

  it('sees another visit booking the same site, and that booking moving away', () => {
    const own = item('own', { siteId: 's-hall' });
    const theirs: OtherVisitItem = { ...own, id: 'theirs', visitId: 'v2', legId: 'x', timeZone: 'Asia/Shanghai' };
    const index = new ConflictIndex(input([own]));
    index.upsertOtherVisitItems([theirs]);
    expect(index.conflicts().map((x) => [x.rule, ...x.itemIds])).toEqual([['site_double_booked', 'own', 'theirs']]);
    index.upsertOtherVisitItems([{ ...theirs, startTime: '10:00', endTime: '11:00' }]);
    expect(index.conflicts()).toEqual([]);
  });
});
