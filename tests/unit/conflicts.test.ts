import { describe, it, expect } from 'vitest';
import type { ItineraryItem } from '../../src-main/shared/contract/entities';
import {
  conflictsForItem,
  findAttendeeOverlaps,
  findConflicts,
  findEndBeforeStart,
  findMissingInterpreters,
  findMissingTranslations,
  findOutsideLeg,
  findSiteDoubleBookings,
  findTravelGaps,
  type OtherVisitItem,
} from '../../src-main/shared/domain/conflicts';
import { delegation, site, EU, EU2, item, input, only, people, ids } from '../helpers/conflict-fixtures';
import { zonedTimeToInstant, zoneOffsetMinutes } from '../../src-main/shared/domain/zoned-time';

// ---- zoned time ----

describe('zoned time', () => {
  it('converts wall-clock times in different zones to the same instant', () => {
    const beijing = zonedTimeToInstant('2025-07-08', '18:00', 'Asia/Shanghai');
    expect(new Date(beijing).toISOString()).toBe('2025-07-08T10:00:00.000Z');
    expect(zonedTimeToInstant('2025-07-08', '12:00', 'Europe/Rome')).toBe(beijing);
  });

  it('uses the offset in force on the date (Rome: +1 in January, +2 in July)', () => {
    expect(zoneOffsetMinutes(Date.UTC(2025, 0, 15, 12), 'Europe/Rome')).toBe(60);
    expect(zoneOffsetMinutes(Date.UTC(2025, 6, 15, 12), 'Europe/Rome')).toBe(120);
    expect(new Date(zonedTimeToInstant('2025-01-15', '12:00', 'Europe/Rome')).toISOString()).toBe(
      '2025-01-15T11:00:00.000Z',
    );
  });

  it('resolves times next to a DST change with the offset in force at that time', () => {
    // 01:30 on 26 Oct is still summer time in Rome (the clocks go back at 03:00).
    expect(new Date(zonedTimeToInstant('2025-10-26', '01:30', 'Europe/Rome')).toISOString()).toBe(
      '2025-10-25T23:30:00.000Z',
    );
    expect(new Date(zonedTimeToInstant('2025-03-30', '03:30', 'Europe/Rome')).toISOString()).toBe(
      '2025-03-30T01:30:00.000Z',
    );
  });

  it('handles non-hour offsets and treats an unknown zone as UTC', () => {
    expect(zoneOffsetMinutes(Date.UTC(2025, 0, 15), 'Asia/Kathmandu')).toBe(345);
    expect(zoneOffsetMinutes(Date.UTC(2025, 0, 15), 'Nowhere/Atlantis')).toBe(0);
  });
});

// ---- rules ----

describe('attendee_overlap', () => {
  it('reports two overlapping items attended by everyone', () => {
    const found = findAttendeeOverlaps(input([item('a'), item('b', { startTime: '09:30', endTime: '10:30' })]));
    expect(found).toEqual([
      { rule: 'attendee_overlap', severity: 'error', itemIds: ['a', 'b'], details: { otherItemId: 'b', shared: 5 } },
    ]);
  });

  it('does not report items touching at a boundary', () => {
    const found = findAttendeeOverlaps(
      input([item('a', { startTime: '10:00', endTime: '11:00' }), item('b', { startTime: '11:00', endTime: '12:00' })]),
    );
    expect(found).toEqual([]);
  });

  it('extends an item crossing midnight into the next morning', () => {
    const night = item('night', { startTime: '22:00', endTime: '01:00', endsNextDay: true });
    const early = item('early', { date: '2025-07-09', startTime: '00:30', endTime: '02:00' });
    const after = item('after', { date: '2025-07-09', startTime: '01:00', endTime: '02:00' });
    expect(ids(findAttendeeOverlaps(input([after, early, night])))).toEqual([
      ['night', 'early'],
      ['early', 'after'],
    ]);
  });

  it('compares items in legs with different time zones as absolute instants', () => {
    // Beijing 18:00–19:00 is Rome 12:00–13:00 in July.
    const beijing = item('bj', { startTime: '18:00', endTime: '19:00' });
    const romeOverlapping = item('rome-1', { legId: 'leg-rome', startTime: '12:30', endTime: '13:30' });
    const romeAfter = item('rome-2', { legId: 'leg-rome', startTime: '13:00', endTime: '14:00' });
    const romeSameWallClock = item('rome-3', { legId: 'leg-rome', startTime: '18:00', endTime: '19:00' });
    expect(ids(findAttendeeOverlaps(input([beijing, romeOverlapping])))).toEqual([['bj', 'rome-1']]);
    expect(findAttendeeOverlaps(input([beijing, romeAfter]))).toEqual([]);
    expect(findAttendeeOverlaps(input([beijing, romeSameWallClock]))).toEqual([]);
  });

  it('sees a late Beijing item overlap an afternoon Rome item the same day', () => {
    // Beijing 23:00 = 15:00Z; Rome 17:30 = 15:30Z.
    const beijing = item('bj', { startTime: '23:00', endTime: '00:30', endsNextDay: true });
    const rome = item('rome', { legId: 'leg-rome', startTime: '17:30', endTime: '18:00' });
    expect(ids(findAttendeeOverlaps(input([rome, beijing])))).toEqual([['bj', 'rome']]);
  });

  it('finds a member attending via their delegation and individually', () => {
    const whole = item('whole', { attendees: only('d-eu') });
    const single = item('single', { attendees: people('a-member'), startTime: '09:45', endTime: '11:00' });
    expect(findAttendeeOverlaps(input([whole, single]))).toEqual([
      {
        rule: 'attendee_overlap',
        severity: 'error',
        itemIds: ['whole', 'single'],
        details: { otherItemId: 'single', shared: 1 },
      },
    ]);
  });

  it('does not report items of two different delegations', () => {
    const first = item('first', { attendees: only('d-eu') });
    const second = item('second', { attendees: only('d-eu2') });
    const other = item('other', { attendees: people('a-head') });
    expect(findAttendeeOverlaps(input([first, second]))).toEqual([]);
    expect(findAttendeeOverlaps(input([second, other]))).toEqual([]);
  });

  it('treats a delegation without members as one attendee', () => {
    const guests = delegation('d-guests', ['rome']);
    const found = findAttendeeOverlaps(
      input([item('a', { attendees: only('d-guests') }), item('b', { attendees: only('d-guests', 'd-eu2') })], {
        delegations: [EU, EU2, guests],
      }),
    );
    expect(found.map((c) => [c.itemIds, c.details.shared])).toEqual([[['a', 'b'], 1]]);
  });

  it('ignores an item that ends before it starts', () => {
    // Read as 09:30–10:30 it would overlap 'a'.
    const broken = item('broken', { startTime: '10:30', endTime: '09:30' });
    expect(findAttendeeOverlaps(input([item('a'), broken]))).toEqual([]);
  });
});

describe('site_double_booked', () => {
  it('reports two groups booked at the same site at the same time', () => {
    const items = [
      item('a', { siteId: 's-hall', attendees: only('d-eu') }),
      item('b', { siteId: 's-hall', attendees: only('d-eu2'), startTime: '09:30', endTime: '11:00' }),
    ];
    expect(findSiteDoubleBookings(input(items))).toEqual([
      {
        rule: 'site_double_booked',
        severity: 'error',
        itemIds: ['a', 'b'],
        details: { siteId: 's-hall', otherItemId: 'b', otherVisitId: 'v1' },
      },
    ]);
    expect(findAttendeeOverlaps(input(items))).toEqual([]);
  });

  it('leaves the same group at one site twice to attendee_overlap', () => {
    // Identical resolved attendance, though written differently (everyone vs. both delegations).
    const items = [
      item('a', { siteId: 's-hall' }),
      item('b', { siteId: 's-hall', attendees: only('d-eu', 'd-eu2'), startTime: '09:30' }),
    ];
    expect(findSiteDoubleBookings(input(items))).toEqual([]);
    expect(ids(findAttendeeOverlaps(input(items)))).toEqual([['a', 'b']]);
  });

  it('reports both rules when the groups only partly overlap', () => {
    const items = [
      item('a', { siteId: 's-hall', attendees: only('d-eu') }),
      item('b', { siteId: 's-hall', startTime: '09:30' }),
    ];
    expect(findConflicts(input(items)).map((c) => [c.rule, ...c.itemIds])).toEqual([
      ['attendee_overlap', 'a', 'b'],
      ['site_double_booked', 'a', 'b'],
    ]);
  });

  it('reports two items nobody attends at the same site', () => {
    const nobody = { delegationIds: [], memberIds: [] };
    const items = [
      item('a', { siteId: 's-hall', attendees: nobody }),
      item('b', { siteId: 's-hall', attendees: nobody }),
    ];
    expect(ids(findSiteDoubleBookings(input(items)))).toEqual([['a', 'b']]);
  });

  it('does not report different sites, unknown sites or touching bookings', () => {
    const items = [
      item('a', { siteId: 's-hall', attendees: only('d-eu') }),
      item('b', { siteId: 's-hotel', attendees: only('d-eu2') }),
      item('c', { siteId: null, attendees: only('d-eu') }),
      item('d', { siteId: null, attendees: only('d-eu2') }),
      item('e', { siteId: 's-hall', attendees: only('d-eu2'), startTime: '10:00', endTime: '11:00' }),
    ];
    expect(findSiteDoubleBookings(input(items))).toEqual([]);
  });

  it('never reports hotels, stations and airports, which many groups use at once', () => {
    const sharedSites = (['hotel', 'station', 'airport'] as const).map((category) => ({
      ...site(`s-${category}`),
      category,
    }));
    const items = sharedSites.flatMap((s) => [
      item(`${s.id}-a`, { siteId: s.id, attendees: only('d-eu') }),
      item(`${s.id}-b`, { siteId: s.id, attendees: only('d-eu2'), startTime: '09:30' }),
    ]);
    const base = input(items);
    expect(findSiteDoubleBookings({ ...base, sites: [...base.sites, ...sharedSites] })).toEqual([]);
    expect(findSiteDoubleBookings(base)).toHaveLength(3); // the same sites as plain venues would clash
  });

  it('reports bookings of the same site by another visit, in that visit’s time zone', () => {
    const other = (id: string, fields: Partial<OtherVisitItem>): OtherVisitItem => ({
      id,
      visitId: 'v2',
      legId: 'leg-v2',
      date: '2025-07-08',
      startTime: '09:00',
      endTime: '10:00',
      endsNextDay: false,
      siteId: 's-hall',
      timeZone: 'Asia/Shanghai',
      ...fields,
    });
    const otherVisitsItems = [
      other('x-overlap', { startTime: '09:30', endTime: '10:30' }),
      other('x-touching', { startTime: '10:00', endTime: '11:00' }),
      other('x-elsewhere', { siteId: 's-hotel' }),
      // Same wall-clock time, but recorded in UTC: 09:00Z is 17:00 in Beijing.
      other('x-utc', { timeZone: 'UTC' }),
      // The visit's own item passed in again must not be reported against itself.
      other('a', { visitId: 'v1' }),
    ];
    const found = findSiteDoubleBookings(input([item('a', { siteId: 's-hall' })], { otherVisitsItems }));
    expect(found).toEqual([
      {
        rule: 'site_double_booked',
        severity: 'error',
        itemIds: ['a', 'x-overlap'],
        details: { siteId: 's-hall', otherItemId: 'x-overlap', otherVisitId: 'v2' },
      },
    ]);
  });
});

describe('outside_leg', () => {
  it('reports items before the leg starts or after it ends', () => {
    const items = [
      item('before', { date: '2025-07-06' }),
      item('first', { date: '2025-07-07' }),
      item('last', { date: '2025-07-11' }),
      item('after', { date: '2025-07-12' }),
    ];
    const found = findOutsideLeg(input(items));
    expect(ids(found)).toEqual([['before'], ['after']]);
    expect(found[0]).toEqual({
      rule: 'outside_leg',
      severity: 'error',
      itemIds: ['before'],
      details: {
        legId: 'leg-bj',
        date: '2025-07-06',
        endDate: '2025-07-06',
        legStartDate: '2025-07-07',
        legEndDate: '2025-07-11',
      },
    });
  });

  it('uses the end date of an item crossing midnight', () => {
    const items = [
      item('night-last', { date: '2025-07-11', startTime: '22:00', endTime: '01:00', endsNextDay: true }),
      item('night-before-last', { date: '2025-07-10', startTime: '22:00', endTime: '01:00', endsNextDay: true }),
    ];
    const found = findOutsideLeg(input(items));
    expect(ids(found)).toEqual([['night-last']]);
    expect(found[0].details.endDate).toBe('2025-07-12');
  });
});

describe('end_before_start', () => {
  it('reports an end before the start and a zero-length item', () => {
    const found = findEndBeforeStart(
      input([
        item('ok'),
        item('reversed', { startTime: '11:00', endTime: '10:00' }),
        item('empty', { startTime: '11:00', endTime: '11:00' }),
      ]),
    );
    expect(found).toEqual([
      {
        rule: 'end_before_start',
        severity: 'error',
        itemIds: ['reversed'],
        details: { startTime: '11:00', endTime: '10:00', minutes: -60 },
      },
      {
        rule: 'end_before_start',
        severity: 'error',
        itemIds: ['empty'],
        details: { startTime: '11:00', endTime: '11:00', minutes: 0 },
      },
    ]);
  });

  it('accepts a night item up to 24 hours and rejects a longer one', () => {
    const found = findEndBeforeStart(
      input([
        item('night', { startTime: '22:00', endTime: '01:00', endsNextDay: true }),
        item('full-day', { startTime: '10:00', endTime: '10:00', endsNextDay: true }),
        item('too-long', { startTime: '10:00', endTime: '11:00', endsNextDay: true }),
      ]),
    );
    expect(found.map((c) => [c.itemIds, c.details.minutes])).toEqual([[['too-long'], 1500]]);
  });
});

describe('travel_gap', () => {
  const visitAt = (id: string, siteId: string, startTime: string, endTime: string, fields = {}) =>
    item(id, { siteId, startTime, endTime, kind: 'site_visit', ...fields });

  it('estimates the travel time by coach between sites with coordinates', () => {
    // Shougang Park → Zhongguancun: about 14.8 km, by coach 60 min.
    const items = [
      visitAt('shougang', 's-shougang', '09:00', '10:00'),
      visitAt('zgc', 's-zgc', '10:30', '12:00', { transportMode: 'coach' }),
    ];
    expect(findTravelGaps(input(items))).toEqual([
      {
        rule: 'travel_gap',
        severity: 'warning',
        itemIds: ['zgc', 'shougang'],
        details: {
          needed: 60,
          available: 30,
          fromSiteId: 's-shougang',
          toSiteId: 's-zgc',
          basis: 'estimate',
          mode: 'coach',
        },
      },
    ]);
  });

  it('accepts a gap as long as the estimate', () => {
    const items = [
      visitAt('shougang', 's-shougang', '09:00', '10:00'),
      visitAt('zgc', 's-zgc', '11:00', '12:00', { transportMode: 'coach' }),
    ];
    expect(findTravelGaps(input(items))).toEqual([]);
  });

  it('does not check the move after a journey: its site is where it departs, and it was the travel', () => {
    const items = [
      item('train', {
        kind: 'high_speed_train',
        siteId: 's-shougang',
        transportMode: 'high_speed_train',
        endTime: '09:30',
      }),
      visitAt('zgc', 's-zgc', '09:40', '12:00', { transportMode: 'coach' }),
    ];
    expect(findTravelGaps(input(items))).toEqual([]);
  });

  it('checks the move to a journey’s departure point', () => {
    const items = [
      visitAt('shougang', 's-shougang', '08:00', '09:00'),
      item('transfer', {
        kind: 'transfer',
        siteId: 's-zgc',
        transportMode: 'car',
        startTime: '09:20',
        endTime: '10:00',
      }),
    ];
    expect(findTravelGaps(input(items)).map((c) => [c.itemIds, c.details.needed, c.details.mode])).toEqual([
      [['transfer', 'shougang'], 50, 'car'],
    ]);
  });

  it('falls back to the minimum buffer without a mode or without coordinates', () => {
    // Only the later item's transport mode says how the group travels to it.
    const noMode = [
      visitAt('shougang', 's-shougang', '09:00', '10:00', { transportMode: 'walk' }),
      visitAt('zgc', 's-zgc', '10:10', '11:00'),
    ];
    const noCoordinates = [
      visitAt('hall', 's-hall', '09:00', '10:00'),
      visitAt('hotel', 's-hotel', '10:10', '11:00', { transportMode: 'coach' }),
    ];
    expect(findTravelGaps(input(noMode)).map((c) => [c.itemIds, c.details])).toEqual([
      [
        ['zgc', 'shougang'],
        { needed: 15, available: 10, fromSiteId: 's-shougang', toSiteId: 's-zgc', basis: 'buffer' },
      ],
    ]);
    expect(findTravelGaps(input(noCoordinates)).map((c) => [c.itemIds, c.details.needed])).toEqual([
      [['hotel', 'hall'], 15],
    ]);
  });

  it('accepts a gap of exactly the buffer and honours a configured buffer', () => {
    const items = [visitAt('hall', 's-hall', '09:00', '10:00'), visitAt('hotel', 's-hotel', '10:15', '11:00')];
    expect(findTravelGaps(input(items))).toEqual([]);
    const found = findTravelGaps(input(items, { settings: { minimumBufferMinutes: 30 } }));
    expect(found.map((c) => [c.itemIds, c.details.needed, c.details.available])).toEqual([[['hotel', 'hall'], 30, 15]]);
  });

  it('does not check the same site, unknown sites, or overlapping items', () => {
    const items = [
      visitAt('a', 's-hall', '09:00', '10:00'),
      visitAt('b', 's-hall', '10:00', '11:00'),
      item('c', { siteId: null, startTime: '11:00', endTime: '12:00' }),
      visitAt('d', 's-hotel', '12:00', '13:00'),
      visitAt('e', 's-hall', '12:30', '13:30'),
    ];
    expect(findTravelGaps(input(items))).toEqual([]);
  });

  it('checks only consecutive items of a common attendee', () => {
    const items = [
      visitAt('eu-shougang', 's-shougang', '09:00', '10:00', { attendees: only('d-eu') }),
      // Another delegation, 5 minutes later elsewhere: not a common attendee.
      visitAt('eu2-hotel', 's-hotel', '10:05', '11:00', { attendees: only('d-eu2') }),
      visitAt('eu-hall', 's-hall', '10:15', '10:30', { attendees: only('d-eu') }),
      // Walking Shougang → Zhongguancun would take 270 minutes, but the hall comes in between.
      visitAt('eu-zgc', 's-zgc', '10:45', '11:30', { attendees: only('d-eu'), transportMode: 'walk' }),
    ];
    expect(findTravelGaps(input(items))).toEqual([]);
  });

  it('reports a pair once, however many attendees share it, beside the later item', () => {
    const items = [visitAt('first', 's-hall', '09:00', '10:00'), visitAt('second', 's-hotel', '10:05', '11:00')];
    expect(ids(findTravelGaps(input(items)))).toEqual([['second', 'first']]);
  });

  it('measures the gap across midnight', () => {
    const items = [
      visitAt('late', 's-hall', '23:00', '23:55'),
      visitAt('early', 's-hotel', '00:05', '01:00', { date: '2025-07-09' }),
    ];
    expect(findTravelGaps(input(items)).map((c) => [c.itemIds, c.details.available])).toEqual([
      [['early', 'late'], 10],
    ]);
  });
});

describe('no_interpreter', () => {
  const meeting = (id: string, fields: Partial<ItineraryItem> = {}) =>
    item(id, { kind: 'institutional_meeting', ...fields });

  it('reports a foreign delegation without an interpreter', () => {
    expect(findMissingInterpreters(input([meeting('m', { attendees: only('d-eu2') })]))).toEqual([
      {
        rule: 'no_interpreter',
        severity: 'warning',
        itemIds: ['m'],
        details: { delegationId: 'd-eu2', delegations: 1 },
      },
    ]);
  });

  it.each([
    'institutional_meeting',
    'working_session',
    'roundtable',
    'seminar',
    'forum',
    'workshop',
    'mou_signing',
    'site_visit',
  ] as const)('checks a %s', (kind) => {
    expect(ids(findMissingInterpreters(input([meeting('m', { kind, attendees: only('d-eu2') })])))).toEqual([['m']]);
  });

  it('accepts an attending interpreter, from any delegation', () => {
    const items = [
      meeting('whole-eu', { attendees: only('d-eu') }),
      meeting('everyone'),
      meeting('borrowed', { attendees: { delegationIds: ['d-eu2'], memberIds: ['a-interp'] } }),
    ];
    expect(findMissingInterpreters(input(items))).toEqual([]);
  });

  it('reports a delegation attending through some members only, without its interpreter', () => {
    const found = findMissingInterpreters(input([meeting('m', { attendees: people('a-head', 'b-head') })]));
    expect(found.map((c) => [c.itemIds, c.details])).toEqual([[['m'], { delegationId: 'd-eu', delegations: 2 }]]);
  });

  it('does not report items that need no interpretation', () => {
    const items = [
      item('lunch', { kind: 'lunch', attendees: only('d-eu2') }),
      item('walk', { attendees: only('d-eu2') }),
    ];
    expect(findMissingInterpreters(input(items))).toEqual([]);
  });

  it('does not report a delegation from the host side', () => {
    const chinese = delegation('d-cn', ['beijing']);
    const items = [
      meeting('rome', { legId: 'leg-rome', attendees: only('d-eu2') }),
      meeting('home', { attendees: only('d-cn') }),
    ];
    expect(findMissingInterpreters(input(items, { delegations: [EU, EU2, chinese] }))).toEqual([]);
    const abroad = findMissingInterpreters(
      input([meeting('cn-in-rome', { legId: 'leg-rome', attendees: only('d-cn') })], {
        delegations: [EU, EU2, chinese],
      }),
    );
    expect(abroad.map((c) => [c.itemIds, c.details.delegationId])).toEqual([[['cn-in-rome'], 'd-cn']]);
  });

  it('skips a delegation whose origin side is unknown', () => {
    const stranger = delegation('d-x', ['atlantis']);
    const items = [meeting('x', { attendees: only('d-x') }), meeting('eu', { attendees: people('a-head') })];
    // Brussels is known only through `places`; the legs' places (Beijing, Rome) are always known.
    expect(findMissingInterpreters(input(items, { delegations: [EU, EU2, stranger], places: [] }))).toEqual([]);
    expect(ids(findMissingInterpreters(input(items, { delegations: [EU, EU2, stranger] })))).toEqual([['eu']]);
    const romans = [meeting('rome', { attendees: only('d-eu2') })];
    expect(ids(findMissingInterpreters(input(romans, { places: undefined })))).toEqual([['rome']]);
  });
});

describe('missing_translation', () => {
  it('reports a title missing its English, Chinese or both texts', () => {
    const found = findMissingTranslations(
      input([
        item('full'),
        item('no-en', { title: { en: '', zh: '会见' } }),
        item('no-zh', { title: { en: 'Meeting', zh: '  ' } }),
        item('none', { title: { en: '', zh: '' } }),
      ]),
    );
    expect(found.map((c) => [c.rule, c.severity, c.itemIds, c.details.missing])).toEqual([
      ['missing_translation', 'warning', ['no-en'], 'en'],
      ['missing_translation', 'warning', ['no-zh'], 'zh'],
      ['missing_translation', 'warning', ['none'], 'both'],
    ]);
  });
});

// ---- composition ----

describe('findConflicts', () => {
  const items = [
    item('dinner', { date: '2025-07-09', startTime: '19:00', endTime: '21:00', title: { en: 'Dinner', zh: '' } }),
    item('forum', { kind: 'forum', siteId: 's-hall', attendees: only('d-eu2'), startTime: '10:00', endTime: '12:00' }),
    item('visit', { siteId: 's-hotel', attendees: only('d-eu2'), startTime: '12:05', endTime: '13:00' }),
    item('early', { date: '2025-07-05', siteId: 's-hall', attendees: only('d-eu') }),
    item('meeting', { siteId: 's-hall', attendees: only('d-eu'), startTime: '11:00', endTime: '11:30' }),
  ];

  it('runs every rule and orders the results by the first item’s start', () => {
    expect(findConflicts(input(items)).map((c) => [c.rule, ...c.itemIds])).toEqual([
      ['outside_leg', 'early'],
      ['site_double_booked', 'forum', 'meeting'],
      ['no_interpreter', 'forum'],
      ['travel_gap', 'visit', 'forum'],
      ['missing_translation', 'dinner'],
    ]);
  });

  it('returns nothing for a clean itinerary', () => {
    expect(findConflicts(input([item('a'), item('b', { startTime: '10:00', endTime: '11:00' })]))).toEqual([]);
  });

  it('lets the UI pick the conflicts involving one item', () => {
    const conflicts = findConflicts(input(items));
    expect(conflictsForItem(conflicts, 'forum').map((c) => c.rule)).toEqual([
      'site_double_booked',
      'no_interpreter',
      'travel_gap',
    ]);
    expect(conflictsForItem(conflicts, 'meeting').map((c) => c.rule)).toEqual(['site_double_booked']);
    expect(conflictsForItem(conflicts, 'nothing')).toEqual([]);
  });
});
