import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SHOTS = process.env.SVP_SHOTS_DIR;

/** Screenshots for reviewing the screens by eye, only when SVP_SHOTS_DIR is set: the page, then each card. */
async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  for (const part of ['overview-fields', 'legs-section', 'delegations-section']) {
    const card = page.locator(`.${part}`);
    if (await card.count()) await card.screenshot({ path: join(SHOTS, `${name}-${part}.png`) });
  }
}

/** Picks a place in a PlacePicker combobox by typing a search and choosing the matching option. */
async function pickPlace(scope: Locator | Page, label: string, search: string, option: RegExp, shotName?: string) {
  const combobox = scope.getByRole('combobox', { name: label });
  await combobox.fill(search);
  const listbox = scope.getByRole('listbox', { name: label });
  // The search ran on the service (places.list {query}): only matching places are offered.
  await expect(listbox.getByRole('option', { name: option })).toBeVisible();
  await expect(listbox.getByRole('option').filter({ hasNotText: /Add a new place|添加新地点/ })).toHaveCount(1);
  if (shotName && SHOTS) await listbox.page().screenshot({ path: join(SHOTS, `${shotName}.png`) });
  await listbox.getByRole('option', { name: option }).click();
}

async function addLeg(page: Page, search: string, option: RegExp, start: string, end: string, shotName?: string) {
  const form = page.getByRole('form', { name: 'New leg' });
  await pickPlace(form, 'Host place', search, option, shotName);
  await expect(form.getByLabel('Time zone')).toHaveValue('Asia/Shanghai');
  await form.getByLabel('From', { exact: true }).fill(start);
  await form.getByLabel('To', { exact: true }).fill(end);
  await form.getByRole('button', { name: 'Add leg' }).click();
}

interface MemberInput {
  role: string;
  latin: string;
  zh: string;
  titleEn?: string;
  titleZh?: string;
  orgEn?: string;
  dietary?: string;
  email?: string;
  shotName?: string;
}

async function addMember(delegation: Locator, member: MemberInput) {
  await delegation.getByRole('button', { name: 'Add a member' }).click();
  const form = delegation.getByRole('form', { name: 'New member' });
  await form.getByLabel('Role').selectOption({ label: member.role });
  await form.getByLabel('Name (Latin script)').fill(member.latin);
  await form.getByLabel('Name (Chinese characters)').fill(member.zh);
  if (member.titleEn) await form.getByLabel('Title (English)').fill(member.titleEn);
  if (member.titleZh) await form.getByLabel('Title (Chinese)').fill(member.titleZh);
  if (member.orgEn) await form.getByLabel('Organisation (English)').fill(member.orgEn);
  if (member.dietary) await form.getByRole('button', { name: member.dietary, exact: true }).click();
  if (member.email) await form.getByLabel('Email').fill(member.email);
  if (member.shotName && SHOTS) await form.screenshot({ path: join(SHOTS, `${member.shotName}.png`) });
  await form.getByRole('button', { name: 'Add member' }).click();
  await expect(form).toBeHidden();
}

const memberNames = (delegation: Locator) => delegation.locator('.member-list .member-names strong');

test('plan a visit: legs, delegations and members, in-place edits, 简体中文, delete and undo', async ({
  page,
  browserMode,
}) => {
  // One long user journey through the whole overview (about 40 steps against a real server).
  test.slow();
  await browserMode.open(page);
  await page.getByRole('button', { name: 'New study visit' }).click();
  await page.getByLabel('Title (English)').fill('European delegation to Beijing, Zhengzhou and Hangzhou');
  await page.getByLabel('Title (Chinese)').fill('欧洲代表团赴北京、郑州、杭州考察访问');
  await page.getByRole('button', { name: 'Create study visit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'European delegation to Beijing, Zhengzhou and Hangzhou',
  );

  // Three legs; the place picker searched once in English, once in Chinese.
  await addLeg(page, 'Beij', /^Beijing\s*北京/, '2023-07-02', '2023-07-03');
  await expect(page.getByRole('heading', { name: /Leg 1\s+Beijing/ })).toBeVisible();
  // The next leg starts the day after the last one ends.
  await expect(page.getByRole('form', { name: 'New leg' }).getByLabel('From', { exact: true })).toHaveValue(
    'Tue 4 Jul 2023',
  );
  await addLeg(page, '郑州', /^Zhengzhou\s*郑州/, '2023-07-04', '2023-07-05', 'place-picker-en-1280');
  await addLeg(page, 'Hangz', /^Hangzhou\s*杭州/, '2023-07-06', '2023-07-07');
  await page.getByRole('button', { name: 'Done' }).click();
  const legs = page.getByRole('region', { name: 'Legs' });
  await expect(legs.getByRole('heading', { level: 3 })).toHaveText([
    /Leg 1\s*Beijing\s*北京/,
    /Leg 2\s*Zhengzhou\s*郑州/,
    /Leg 3\s*Hangzhou\s*杭州/,
  ]);
  // One shared travel day is fine; two days claimed by two legs are not.
  const zhengzhouLeg = legs.getByRole('region', { name: /Leg 2/ });
  const zhengzhouStart = zhengzhouLeg.getByLabel('From', { exact: true });
  await zhengzhouStart.fill('2023-07-03');
  await zhengzhouStart.press('Enter');
  await expect(zhengzhouLeg.getByText('3 days')).toBeVisible();
  await expect(zhengzhouLeg.getByText(/also in leg/)).toHaveCount(0);
  await zhengzhouStart.fill('2023-07-02');
  await zhengzhouStart.press('Enter');
  await expect(zhengzhouLeg.getByText(/These dates are also in leg 1 \(2 Jul 2023 – 3 Jul 2023\)/)).toBeVisible();
  await zhengzhouStart.fill('2023-07-04');
  await zhengzhouStart.press('Enter');
  await expect(zhengzhouLeg.getByText('2 days')).toBeVisible();
  await expect(zhengzhouLeg.getByText(/also in leg/)).toHaveCount(0);
  const facts = page.getByRole('definition');
  await expect(page.getByText('2 Jul 2023 – 7 Jul 2023').first()).toBeVisible();
  await expect(facts.filter({ hasText: '6 days' })).toBeVisible();

  // Two delegations with members, a head and an interpreter in each.
  await page.getByRole('button', { name: 'Add a delegation' }).click();
  let form = page.getByRole('form', { name: 'New delegation' });
  await form.getByLabel('Name (English)').fill('European delegation');
  await form.getByLabel('Name (Chinese)').fill('欧洲代表团');
  await pickPlace(form, 'Coming from', 'Bruss', /^Brussels/);
  await pickPlace(form, 'Coming from: add another', 'Rome', /^Rome/);
  await expect(form.getByLabel('Home time zone')).toHaveValue('Europe/Brussels');
  if (SHOTS) await form.screenshot({ path: join(SHOTS, 'delegation-form-en-1280.png') });
  await form.getByRole('button', { name: 'Add delegation' }).click();
  const european = page.getByRole('region', { name: /^European delegation\s+欧洲代表团$/ });
  await expect(european.getByText('0 members')).toBeVisible();
  await expect(european.getByRole('definition').first()).toHaveText(/^Brussels.*, Rome/);

  await addMember(european, {
    role: 'Head of delegation',
    latin: 'Anna Lindqvist',
    zh: '安娜·林德奎斯特',
    titleEn: 'Deputy Mayor',
    titleZh: '副市长',
    orgEn: 'City of Brussels',
  });
  await addMember(european, {
    role: 'Member',
    latin: 'Marco Bianchi',
    zh: '马可·比安奇',
    dietary: 'Vegetarian',
    shotName: 'member-form-en-1280',
  });
  await addMember(european, { role: 'Interpreter', latin: 'Li Wei', zh: '李伟', email: 'li.wei@example.eu' });
  await expect(european.getByText('3 members')).toBeVisible();
  await expect(memberNames(european)).toHaveText(['Anna Lindqvist', 'Marco Bianchi', 'Li Wei']);

  await page.getByRole('button', { name: 'Add a delegation' }).click();
  form = page.getByRole('form', { name: 'New delegation' });
  await form.getByLabel('Name (English)').fill('Zhengzhou hosts');
  await form.getByLabel('Name (Chinese)').fill('郑州接待方');
  await pickPlace(form, 'Coming from', '郑州', /^Zhengzhou/);
  await form.getByRole('button', { name: 'Add delegation' }).click();
  const hosts = page.getByRole('region', { name: /Zhengzhou hosts/ });
  await addMember(hosts, { role: 'Interpreter', latin: 'Zhang Min', zh: '张敏', dietary: 'Halal' });
  // The head of delegation is added last but placed first.
  await addMember(hosts, { role: 'Head of delegation', latin: 'Wang Fang', zh: '王芳', titleZh: '主任' });
  await expect(memberNames(hosts)).toHaveText(['Wang Fang', 'Zhang Min']);
  await expect(hosts.getByText('2 members')).toBeVisible();

  // Reorder by keyboard: Alt+↑ on the focused row moves Li Wei above Marco Bianchi; focus stays on the row.
  const liWei = european.getByRole('listitem').filter({ hasText: 'Li Wei' });
  await liWei.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(memberNames(european)).toHaveText(['Anna Lindqvist', 'Li Wei', 'Marco Bianchi']);
  await expect(european.getByRole('listitem').filter({ hasText: 'Li Wei' })).toBeFocused();
  // …and with the buttons: Marco Bianchi up, then back down.
  await european.getByRole('button', { name: 'Move up Marco Bianchi' }).click();
  await expect(memberNames(european)).toHaveText(['Anna Lindqvist', 'Marco Bianchi', 'Li Wei']);
  await expect(european.getByRole('button', { name: 'Move up Marco Bianchi' })).toBeFocused();
  await european.getByRole('button', { name: 'Move down Marco Bianchi' }).click();
  await expect(memberNames(european)).toHaveText(['Anna Lindqvist', 'Li Wei', 'Marco Bianchi']);
  // Last in the list, Move down is disabled: the focus stays on the row.
  const marco = european.getByRole('listitem').filter({ hasText: 'Marco Bianchi' });
  await expect(marco).toBeFocused();
  // …and by drag and drop: Marco Bianchi dropped on the upper half of Li Wei's row goes above it.
  await marco.dragTo(european.getByRole('listitem').filter({ hasText: 'Li Wei' }), { targetPosition: { x: 60, y: 6 } });
  await expect(memberNames(european)).toHaveText(['Anna Lindqvist', 'Marco Bianchi', 'Li Wei']);
  await marco.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(memberNames(european)).toHaveText(['Anna Lindqvist', 'Li Wei', 'Marco Bianchi']);

  // Delegations are reordered too: the hosts first with the button, then back with Alt+↓.
  const delegationNames = page.locator('.delegation-card h3');
  await hosts.getByRole('button', { name: 'Move up Zhengzhou hosts' }).click();
  await expect(delegationNames).toHaveText([/^Zhengzhou hosts/, /^European delegation/]);
  // First in the list, Move up is disabled: the focus goes to Move down.
  await expect(hosts.getByRole('button', { name: 'Move down Zhengzhou hosts' })).toBeFocused();
  await expect(hosts.getByRole('button', { name: 'Move up Zhengzhou hosts' })).toBeDisabled();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(delegationNames).toHaveText([/^European delegation/, /^Zhengzhou hosts/]);
  await expect(hosts.getByRole('button', { name: 'Move up Zhengzhou hosts' })).toBeFocused();

  // Edit the title in place: saved when the field is left, no Save button.
  const titleEn = page.getByLabel('Title (English)');
  await titleEn.fill('European delegation study visit to Beijing, Zhengzhou and Hangzhou');
  await titleEn.press('Tab');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'European delegation study visit to Beijing, Zhengzhou and Hangzhou',
  );
  await expect(page.locator('.save-state-success').first()).toHaveText('Saved');
  // Clearing both languages is refused with a translated field error, and nothing is saved.
  await titleEn.fill('');
  await page.getByLabel('Title (Chinese)').fill('');
  await page.getByLabel('Title (Chinese)').press('Tab');
  await expect(page.getByText('enter it in English or Chinese (or both)')).toBeVisible();
  await titleEn.fill('European delegation study visit to Beijing, Zhengzhou and Hangzhou');
  await page.getByLabel('Title (Chinese)').fill('欧洲代表团赴北京、郑州、杭州考察访问');
  await page.getByLabel('Title (Chinese)').press('Tab');
  await expect(page.getByText('enter it in English or Chinese (or both)')).toBeHidden();

  // Purpose, a listed theme and a theme of one's own, status.
  await page.getByLabel('Purpose (English)').fill('Exchange on urban renewal and green transition.');
  await page.getByLabel('Purpose (English)').press('Tab');
  await page.getByLabel('Add a theme from the programme’s list').selectOption({ label: 'Urban Renewal' });
  await expect(page.getByRole('list', { name: 'Themes' }).getByRole('listitem')).toHaveText([
    /Urban Renewal\s*城市更新/,
  ]);
  await page.getByLabel('Other theme (English)').fill('Smart mobility');
  await page.getByLabel('Other theme (Chinese)').fill('智慧出行');
  await page.getByRole('button', { name: 'Add theme' }).click();
  await expect(page.getByRole('list', { name: 'Themes' }).getByRole('listitem')).toHaveCount(2);
  await page.getByLabel('Status').selectOption({ label: 'Confirmed' });
  await expect(page.locator('.status-badge')).toHaveText('Confirmed');
  await shot(page, 'overview-en-1280');

  // The same overview in 简体中文.
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('欧洲代表团赴北京、郑州、杭州考察访问');
  await expect(page.getByRole('heading', { name: '考察访问信息' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '行程段', level: 2 })).toBeVisible();
  const legsZh = page.getByRole('region', { name: '行程段', exact: true });
  await expect(legsZh.getByRole('heading', { level: 3 })).toHaveText([
    /第 1 段\s*北京\s*Beijing/,
    /第 2 段\s*郑州\s*Zhengzhou/,
    /第 3 段\s*杭州\s*Hangzhou/,
  ]);
  await expect(page.getByText('2023年7月2日至2023年7月7日').first()).toBeVisible();
  await expect(facts.filter({ hasText: '6 天' })).toBeVisible();
  const europeanZh = page.getByRole('region', { name: /^欧洲代表团\s+European delegation$/ });
  await expect(europeanZh.getByText('3 名团员')).toBeVisible();
  await expect(europeanZh.getByText('团长')).toBeVisible();
  await expect(europeanZh.getByText('翻译', { exact: true })).toBeVisible();
  await expect(europeanZh.getByText('饮食： 素食')).toBeVisible();
  await expect(memberNames(page.getByRole('region', { name: /郑州接待方/ }))).toHaveText(['王芳', '张敏']);
  await expect(page.getByRole('list', { name: '主题' }).getByRole('listitem').first()).toContainText('城市更新');
  await expect(page.locator('.status-badge')).toHaveText('已确认');
  await expect(page.getByRole('button', { name: '添加行程段' })).toBeVisible();
  await shot(page, 'overview-zh-1280');
  await page.setViewportSize({ width: 700, height: 900 });
  await shot(page, 'overview-zh-700');
  await page.getByRole('button', { name: 'English' }).click();
  await shot(page, 'overview-en-700');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: '简体中文' }).click();

  // What the UI did is what the store holds (before the delete).
  const db = new Database(join(browserMode.dataDir, 'My study visits.sqlite'), { readonly: true });
  try {
    expect(db.prepare('SELECT title_en, title_zh, purpose_en, themes_json, status FROM visits').all()).toEqual([
      {
        title_en: 'European delegation study visit to Beijing, Zhengzhou and Hangzhou',
        title_zh: '欧洲代表团赴北京、郑州、杭州考察访问',
        purpose_en: 'Exchange on urban renewal and green transition.',
        themes_json: expect.any(String),
        status: 'confirmed',
      },
    ]);
    const themes = JSON.parse(
      (db.prepare('SELECT themes_json FROM visits').get() as { themes_json: string }).themes_json,
    );
    expect(themes).toEqual([
      { en: 'Urban Renewal', zh: '城市更新' },
      { en: 'Smart mobility', zh: '智慧出行' },
    ]);
    expect(
      db
        .prepare(
          `SELECT p.name_en AS place, l.start_date, l.end_date, l.time_zone
           FROM legs l JOIN places p ON p.id = l.place_id ORDER BY l.start_date`,
        )
        .all(),
    ).toEqual([
      { place: 'Beijing', start_date: '2023-07-02', end_date: '2023-07-03', time_zone: 'Asia/Shanghai' },
      { place: 'Zhengzhou', start_date: '2023-07-04', end_date: '2023-07-05', time_zone: 'Asia/Shanghai' },
      { place: 'Hangzhou', start_date: '2023-07-06', end_date: '2023-07-07', time_zone: 'Asia/Shanghai' },
    ]);
    expect(
      db
        .prepare(
          `SELECT d.name_en, d.name_zh, d.home_time_zone,
                  (SELECT group_concat(name, ', ') FROM (SELECT p.name_en AS name FROM delegation_origins o
                     JOIN places p ON p.id = o.place_id WHERE o.delegation_id = d.id ORDER BY o.position)) AS origins
           FROM delegations d ORDER BY d.position, d.rowid`,
        )
        .all(),
    ).toEqual([
      {
        name_en: 'European delegation',
        name_zh: '欧洲代表团',
        home_time_zone: 'Europe/Brussels',
        origins: 'Brussels, Rome',
      },
      { name_en: 'Zhengzhou hosts', name_zh: '郑州接待方', home_time_zone: 'Asia/Shanghai', origins: 'Zhengzhou' },
    ]);
    expect(
      db
        .prepare(
          `SELECT d.name_en AS delegation, m.name_latin, m.name_zh, m.role, m.title_en, m.dietary_en, m.dietary_zh, m.email
           FROM members m JOIN delegations d ON d.id = m.delegation_id ORDER BY d.rowid, m.precedence`,
        )
        .all(),
    ).toEqual([
      {
        delegation: 'European delegation',
        name_latin: 'Anna Lindqvist',
        name_zh: '安娜·林德奎斯特',
        role: 'head',
        title_en: 'Deputy Mayor',
        dietary_en: '',
        dietary_zh: '',
        email: '',
      },
      {
        delegation: 'European delegation',
        name_latin: 'Li Wei',
        name_zh: '李伟',
        role: 'interpreter',
        title_en: '',
        dietary_en: '',
        dietary_zh: '',
        email: 'li.wei@example.eu',
      },
      {
        delegation: 'European delegation',
        name_latin: 'Marco Bianchi',
        name_zh: '马可·比安奇',
        role: 'member',
        title_en: '',
        dietary_en: 'Vegetarian',
        dietary_zh: '素食',
        email: '',
      },
      {
        delegation: 'Zhengzhou hosts',
        name_latin: 'Wang Fang',
        name_zh: '王芳',
        role: 'head',
        title_en: '',
        dietary_en: '',
        dietary_zh: '',
        email: '',
      },
      {
        delegation: 'Zhengzhou hosts',
        name_latin: 'Zhang Min',
        name_zh: '张敏',
        role: 'interpreter',
        title_en: '',
        dietary_en: 'Halal',
        dietary_zh: '清真',
        email: '',
      },
    ]);
  } finally {
    db.close();
  }

  // Delete the visit (in 简体中文): a modal dialog that Escape closes, then Undo brings everything back.
  await page.getByRole('button', { name: '删除考察访问…' }).click();
  const dialog = page.getByRole('dialog', { name: '删除此考察访问？' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'overview-zh-delete-dialog.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '删除考察访问…' }).click();
  await dialog.getByRole('button', { name: '删除考察访问' }).click();
  await expect(page.getByRole('heading', { name: '还没有考察访问' })).toBeVisible();
  const toast = page.getByRole('status').filter({ hasText: '已删除考察访问' });
  await expect(toast).toContainText('已删除考察访问“欧洲代表团赴北京、郑州、杭州考察访问”。');
  await shot(page, 'visits-zh-undo-toast');
  const counts = () => {
    const check = new Database(join(browserMode.dataDir, 'My study visits.sqlite'), { readonly: true });
    try {
      return check
        .prepare(
          `SELECT (SELECT count(*) FROM visits) AS visits, (SELECT count(*) FROM legs) AS legs,
                  (SELECT count(*) FROM delegations) AS delegations, (SELECT count(*) FROM members) AS members`,
        )
        .get();
    } finally {
      check.close();
    }
  };
  expect(counts()).toEqual({ visits: 0, legs: 0, delegations: 0, members: 0 });

  await toast.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('欧洲代表团赴北京、郑州、杭州考察访问');
  await expect(legsZh.getByRole('heading', { level: 3 })).toHaveCount(3);
  await expect(memberNames(page.getByRole('region', { name: /^欧洲代表团\s+European delegation$/ }))).toHaveText([
    '安娜·林德奎斯特',
    '李伟',
    '马可·比安奇',
  ]);
  expect(counts()).toEqual({ visits: 1, legs: 3, delegations: 2, members: 5 });
});

test('delete a leg and a member with confirmation, undo each; add a new place inline', async ({
  page,
  browserMode,
}) => {
  await browserMode.open(page);
  await page.getByRole('button', { name: 'New study visit' }).click();
  await page.getByLabel('Title (English)').fill('Chinese delegation to Lazio');
  await page.getByRole('button', { name: 'Create study visit' }).click();

  // A place missing from the gazetteer, added from the picker, then used for the leg.
  const legForm = page.getByRole('form', { name: 'New leg' });
  await legForm.getByRole('combobox', { name: 'Host place' }).fill('Viterbo');
  await legForm.getByRole('option', { name: 'Add a new place “Viterbo”' }).click();
  const newPlace = legForm.getByRole('group', { name: 'New place' });
  await expect(newPlace.getByLabel('Place name (English)')).toHaveValue('Viterbo');
  await newPlace.getByLabel('Place name (Chinese)').fill('维泰博');
  await newPlace.getByLabel('Country code').fill('IT');
  await expect(newPlace.getByLabel('Side')).toHaveValue('eu');
  await expect(newPlace.getByLabel('Time zone')).toHaveValue('Europe/Rome');
  await newPlace.getByLabel('The Chinese name still needs review').check();
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'new-place-en-1280.png') });
  await newPlace.getByRole('button', { name: 'Add place' }).click();
  await expect(newPlace).toBeHidden();
  await expect(legForm.getByText('Chinese name unreviewed')).toBeVisible();
  await legForm.getByLabel('From', { exact: true }).fill('2023-07-10');
  await legForm.getByLabel('To', { exact: true }).fill('2023-07-11');
  await legForm.getByRole('button', { name: 'Add leg' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  const leg = page.getByRole('region', { name: /Leg 1/ });
  await expect(leg.getByRole('heading')).toContainText('Viterbo');
  await expect(leg.getByLabel('Time zone')).toHaveValue('Europe/Rome');

  // Edit the leg in place: a later end date, saved on leaving the field.
  await leg.getByLabel('To', { exact: true }).fill('2023-07-12');
  await leg.getByLabel('To', { exact: true }).press('Enter');
  await expect(leg.getByText('3 days')).toBeVisible();
  // An end before the start is refused with a translated message next to the field.
  await leg.getByLabel('To', { exact: true }).fill('2023-07-01');
  await leg.getByLabel('To', { exact: true }).press('Enter');
  await expect(leg.getByText('the end is before the start')).toBeVisible();
  // Dates are read in the forms people type them, shown in the app's language, or picked from a calendar.
  const to = leg.getByLabel('To', { exact: true });
  await to.fill('14.7.2023');
  await to.press('Enter');
  await expect(leg.getByText('5 days')).toBeVisible();
  await expect(leg.getByText('the end is before the start')).toBeHidden();
  await to.blur();
  await expect(to).toHaveValue('Fri 14 Jul 2023');
  await to.fill('30 Feb 2023');
  await expect(leg.getByText('Not a date.', { exact: false })).toBeVisible();
  await leg.getByRole('button', { name: 'Choose from a calendar' }).nth(1).click();
  const calendar = leg.getByRole('dialog', { name: 'Calendar' });
  await calendar.getByRole('button', { name: /Thursday, 13 July 2023/ }).click();
  await expect(calendar).toBeHidden();
  await expect(leg.getByText('4 days')).toBeVisible();
  await expect(to).toHaveValue('Thu 13 Jul 2023');
  // …and in Chinese, whatever the system's language.
  await page.getByRole('button', { name: '简体中文' }).click();
  const legRow = page.locator('.leg-row').first();
  const toZh = legRow.getByLabel('结束日期', { exact: true });
  await expect(toZh).toHaveValue('2023年7月13日 周四');
  await legRow.getByRole('button', { name: '从日历中选择' }).nth(1).click();
  const calendarZh = legRow.getByRole('dialog', { name: '日历' });
  await expect(calendarZh.getByRole('grid')).toHaveAccessibleName(/2023.*7/);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'date-calendar-zh-1280.png') });
  await page.keyboard.press('Escape');
  await expect(calendarZh).toBeHidden();
  await expect(toZh).toBeFocused();
  await page.getByRole('button', { name: 'English' }).click();

  await page.getByRole('button', { name: 'Add a delegation' }).click();
  const form = page.getByRole('form', { name: 'New delegation' });
  await form.getByLabel('Name (Chinese)').fill('中国代表团');
  await form.getByLabel('Home time zone').fill('Asia/Shanghai');
  await form.getByRole('button', { name: 'Add delegation' }).click();
  const delegation = page.getByRole('region', { name: /中国代表团/ });
  await addMember(delegation, { role: 'Head of delegation', latin: 'Zhou Jie', zh: '周杰' });

  // Delete the member, then undo.
  await delegation.getByRole('button', { name: 'Remove Zhou Jie' }).click();
  await page
    .getByRole('dialog', { name: 'Remove this member?' })
    .getByRole('button', { name: 'Remove member' })
    .click();
  await expect(delegation.getByText('No members yet.')).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(memberNames(delegation)).toHaveText(['Zhou Jie']);

  // Delete the leg, then undo.
  await leg.getByRole('button', { name: /Delete leg/ }).click();
  await page.getByRole('dialog', { name: 'Delete this leg?' }).getByRole('button', { name: 'Delete leg' }).click();
  await expect(page.getByText('No legs yet: add the first host city.')).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: /Leg 1/ }).getByRole('heading')).toContainText('Viterbo');

  const db = new Database(join(browserMode.dataDir, 'My study visits.sqlite'), { readonly: true });
  try {
    expect(
      db
        .prepare("SELECT name_en, name_zh, country, side, time_zone, zh_reviewed FROM places WHERE name_en = 'Viterbo'")
        .all(),
    ).toEqual([
      { name_en: 'Viterbo', name_zh: '维泰博', country: 'IT', side: 'eu', time_zone: 'Europe/Rome', zh_reviewed: 0 },
    ]);
    expect(db.prepare('SELECT start_date, end_date FROM legs').all()).toEqual([
      { start_date: '2023-07-10', end_date: '2023-07-13' },
    ]);
    expect(db.prepare('SELECT name_latin, role FROM members').all()).toEqual([
      { name_latin: 'Zhou Jie', role: 'head' },
    ]);
  } finally {
    db.close();
  }
});
