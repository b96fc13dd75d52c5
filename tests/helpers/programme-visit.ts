// A small but complete study visit built through the contract, for the programme (PDF) tests:
// two legs in two cities, two delegations (one member's Chinese name has 𠮷, U+20BB7, outside the BMP),
// nine items, one titled <script>alert(1)</script>, some texts without Chinese.
import type { App } from '../../src-main/services';
import { must } from './workspace';

export const SCRIPT_TITLE = '<script>alert(1)</script>';

export async function buildProgrammeVisit(app: App) {
  const beijing = await must(app, 'places.create', {
    name: { en: 'Beijing', zh: '北京' },
    side: 'china',
    timeZone: 'Asia/Shanghai',
  });
  const shanghai = await must(app, 'places.create', {
    name: { en: 'Shanghai', zh: '上海' },
    side: 'china',
    timeZone: 'Asia/Shanghai',
  });
  const visit = await must(app, 'visits.create', {
    title: { en: 'EU–China Urban Renewal Study Visit', zh: '中欧城市更新考察访问' },
    purpose: { en: 'Best practice sharing on urban renewal', zh: '城市更新案例分享' },
  });
  const legBeijing = await must(app, 'legs.create', {
    visitId: visit.id,
    placeId: beijing.id,
    startDate: '2023-07-02',
    endDate: '2023-07-04',
  });
  const legShanghai = await must(app, 'legs.create', {
    visitId: visit.id,
    placeId: shanghai.id,
    startDate: '2023-07-05',
    endDate: '2023-07-07',
  });

  const eu = await must(app, 'delegations.create', {
    visitId: visit.id,
    name: { en: 'European delegation', zh: '欧洲代表团' },
    homeTimeZone: 'Europe/Brussels',
  });
  const cn = await must(app, 'delegations.create', {
    visitId: visit.id,
    name: { en: 'Chinese delegation', zh: '中国代表团' },
    homeTimeZone: 'Asia/Shanghai',
  });
  const anna = await must(app, 'members.create', {
    delegationId: eu.id,
    nameLatin: 'Anna Schmidt',
    title: { en: 'Mayor', zh: '市长' },
    organisation: { en: 'City of Hamburg', zh: '汉堡市' },
    role: 'head',
  });
  const marco = await must(app, 'members.create', {
    delegationId: eu.id,
    nameLatin: 'Marco Rossi',
    title: { en: 'Head of Urban Planning', zh: '' },
    organisation: { en: 'City of Milan', zh: '米兰市' },
  });
  const chen = await must(app, 'members.create', {
    delegationId: eu.id,
    nameLatin: 'Chen Jing',
    nameZh: '陈静',
    role: 'interpreter',
  });
  const zhang = await must(app, 'members.create', {
    delegationId: cn.id,
    nameLatin: 'Zhang Jixiang',
    nameZh: '张𠮷祥',
    precedence: 1,
    title: { en: 'Deputy Director', zh: '副主任' },
    organisation: { en: 'Municipal Commission of Housing', zh: '市住房和城乡建设委员会' },
    role: 'head',
  });
  const wang = await must(app, 'members.create', {
    delegationId: cn.id,
    nameLatin: 'Wang Fang',
    nameZh: '王芳',
    precedence: 0, // before Zhang in precedence order
    title: { en: 'Director', zh: '主任' },
    organisation: { en: 'Urban Renewal Office', zh: '城市更新办公室' },
  });

  const cityHall = await must(app, 'sites.create', {
    name: { en: 'Beijing Municipal Government', zh: '北京市人民政府' },
    address: { en: '2 Zhengyi Road, Dongcheng District', zh: '东城区正义路2号' },
    placeId: beijing.id,
    category: 'government',
    contact: { name: 'Li Wei', phone: '+86 10 6519 2000', email: 'liwei@example.cn' },
  });
  const park = await must(app, 'sites.create', {
    name: { en: 'Zhongguancun Science Park', zh: '中关村科技园区' },
    address: { en: 'Haidian District', zh: '海淀区' },
    placeId: beijing.id,
    category: 'industrial_park',
  });
  const hotel = await must(app, 'sites.create', {
    name: { en: 'Peninsula Hotel', zh: '' },
    address: { en: '8 Goldfish Lane', zh: '' },
    placeId: beijing.id,
    category: 'hotel',
  });
  const tower = await must(app, 'sites.create', {
    name: { en: 'Shanghai Tower', zh: '上海中心大厦' },
    address: { en: '501 Yincheng Middle Road, Pudong', zh: '浦东新区银城中路501号' },
    placeId: shanghai.id,
    category: 'conference_venue',
  });

  const item = (fields: Parameters<typeof must<'items.create'>>[2]) => must(app, 'items.create', fields);
  const items = {
    meeting: await item({
      legId: legBeijing.id,
      date: '2023-07-02',
      startTime: '09:00',
      endTime: '10:30',
      kind: 'institutional_meeting',
      title: { en: 'Meeting with the Vice Mayor of Beijing', zh: '与北京市副市长会见' },
      siteId: cityHall.id,
      hosts: { en: 'Beijing Municipal Government', zh: '北京市人民政府' },
      dressCode: { en: 'Business attire', zh: '商务正装' },
    }),
    lunch: await item({
      legId: legBeijing.id,
      date: '2023-07-02',
      startTime: '12:00',
      endTime: '13:30',
      kind: 'lunch',
      title: { en: 'Working lunch', zh: '工作午餐' },
      siteId: cityHall.id,
      attendees: { delegationIds: [eu.id], memberIds: [] },
    }),
    parkVisit: await item({
      legId: legBeijing.id,
      date: '2023-07-02',
      startTime: '15:00',
      endTime: '17:00',
      kind: 'site_visit',
      title: { en: 'Visit to Zhongguancun Science Park', zh: '参观中关村科技园区' },
      description: { en: 'Innovation ecosystems and start-up incubators', zh: '创新生态系统及孵化器' },
      siteId: park.id,
    }),
    script: await item({
      legId: legBeijing.id,
      date: '2023-07-03',
      startTime: '09:30',
      endTime: '11:00',
      kind: 'working_session',
      title: { en: SCRIPT_TITLE, zh: SCRIPT_TITLE },
      siteId: cityHall.id,
    }),
    dinner: await item({
      legId: legBeijing.id,
      date: '2023-07-03',
      startTime: '19:00',
      endTime: '21:00',
      kind: 'welcome_dinner',
      title: { en: 'Welcome dinner', zh: '欢迎晚宴' },
      siteId: hotel.id,
      attendees: { delegationIds: [eu.id], memberIds: [zhang.id] },
    }),
    train: await item({
      legId: legBeijing.id,
      date: '2023-07-04',
      startTime: '21:30',
      endTime: '07:10',
      endsNextDay: true,
      kind: 'high_speed_train',
      transportMode: 'high_speed_train',
      title: { en: 'Night train to Shanghai', zh: '' },
    }),
    forum: await item({
      legId: legShanghai.id,
      date: '2023-07-05',
      startTime: '10:00',
      endTime: '12:00',
      kind: 'forum',
      title: { en: 'Urban Renewal Forum', zh: '城市更新论坛' },
      siteId: tower.id,
    }),
    roundtable: await item({
      legId: legShanghai.id,
      date: '2023-07-06',
      startTime: '14:00',
      endTime: '16:00',
      kind: 'roundtable',
      title: { en: 'Roundtable on the green transition', zh: '生态转型圆桌会议' },
      siteId: tower.id,
      attendees: { delegationIds: [cn.id], memberIds: [] },
      notes: { en: 'Bring presentation slides', zh: '' },
    }),
    departure: await item({
      legId: legShanghai.id,
      date: '2023-07-07',
      startTime: '10:00',
      endTime: '11:00',
      kind: 'transfer',
      transportMode: 'coach',
      title: { en: 'Transfer to Pudong Airport', zh: '前往浦东机场' },
    }),
  };
  return {
    visit: await must(app, 'visits.get', { id: visit.id }).then((d) => d.visit),
    places: { beijing, shanghai },
    legs: { beijing: legBeijing, shanghai: legShanghai },
    delegations: { eu, cn },
    members: { anna, marco, chen, zhang, wang },
    sites: { cityHall, park, hotel, tower },
    items,
  };
}

export type ProgrammeVisit = Awaited<ReturnType<typeof buildProgrammeVisit>>;
