// The itinerary of the example European visit (Beijing 2–3 July, Zhengzhou 4–5, Hangzhou 6–7 July 2023):
// plan, move, duplicate, shift, see conflicts live, undo/redo, search; then read what the store holds.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const NEW_TITLE = 'Transfer to Beijing West';

async function openEuropeanItinerary(page: Page) {
  await page.getByRole('button', { name: 'Load example visits' }).click();
  await page.getByRole('link', { name: /European delegation study visit to Beijing, Zhengzhou and Hangzhou/ }).click();
  await page.getByRole('link', { name: 'Itinerary' }).click();
}

const day = (page: Page, name: RegExp | string) => page.getByRole('region', { name });
const titleButton = (scope: Page | Locator, title: string) => scope.getByRole('button', { name: title, exact: true });
/** The item rows (in a day or anywhere) whose title is exactly `title`. */
const rowOf = (scope: Page | Locator, title: string) => {
  const page = 'keyboard' in scope ? scope : scope.page();
  return scope.locator('li.item').filter({ has: titleButton(page, title) });
};

/**
 * Drags a row by its grip and drops it at a point of the target, both on screen (no scrolling while
 * dragging): the pointer moves in steps, as a hand would.
 */
async function drag(
  page: Page,
  source: Locator,
  target: Locator,
  at: (box: { width: number; height: number }) => { x: number; y: number },
) {
  await source.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  // Let the scroll settle (days far from the screen render their rows when they come near).
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  const point = at(to);
  expect(to.y + point.y).toBeLessThan(page.viewportSize()!.height);
  await page.mouse.move(from.x + 8, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 30, { steps: 4 });
  await page.mouse.move(to.x + point.x, to.y + point.y, { steps: 8 });
  await page.mouse.up();
}

/** Where a time falls on a day's timeline (06:00–24:00). */
const atTime = (time: string) => (box: { width: number; height: number }) => {
  const [h, m] = time.split(':').map(Number);
  return { x: ((h * 60 + m - 6 * 60) / (18 * 60)) * box.width, y: box.height / 2 };
};

test('plan the European visit day by day: add, edit, move, duplicate, shift, conflicts, undo, search', async ({
  page,
  browserMode,
}) => {
  test.setTimeout(120_000);
  await browserMode.open(page);
  await openEuropeanItinerary(page);

  // Days grouped by leg, with weekday and day number, in English…
  await expect(page.getByRole('heading', { name: 'Beijing', level: 2 })).toBeVisible();
  await expect(page.getByText('Time zone Asia/Shanghai (UTC+8)').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sunday, 2 July 2023 Day 1', level: 3 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Friday, 7 July 2023 Day 6', level: 3 })).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Hangzhou', level: 2 })).toBeAttached();
  await expect(page.getByText('No conflicts or warnings')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('itinerary-en.png') });

  // …and in 简体中文.
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '2023年7月2日 星期日 第1天', level: 3 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '2023年7月7日 星期五 第6天', level: 3 })).toBeAttached();
  await expect(page.getByRole('heading', { name: '北京', level: 2 })).toBeVisible();
  await expect(page.getByText('没有冲突或提醒')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('itinerary-zh.png') });
  await page.getByRole('button', { name: 'English' }).click();

  // Home time: Brussels is six hours behind Beijing in July.
  await page.getByLabel('Show home time').check();
  await expect(rowOf(page, 'Programme team briefing')).toContainText('09:30–10:30');
  await expect(rowOf(page, 'Programme team briefing')).toContainText('(Brussels 03:30)');
  await page.getByLabel('Show home time').uncheck();
  await expect(rowOf(page, 'Programme team briefing')).not.toContainText('Brussels');

  // Add an item to Sunday: the next free slot after 16:00–17:15, with a working session's 90 minutes.
  const sunday = day(page, /Sunday, 2 July 2023/);
  await sunday.getByRole('button', { name: 'Add item' }).click();
  const editor = page.getByRole('dialog', { name: 'New itinerary item' });
  await expect(editor.getByLabel('Kind')).toHaveValue('working_session');
  await expect(editor.getByLabel('Start', { exact: true })).toHaveValue('17:15');
  await expect(editor.getByLabel('End', { exact: true })).toHaveValue('18:45');
  await editor.getByLabel('Title (English)').fill('Press briefing');
  await editor.getByLabel('Title (Chinese)').fill('媒体吹风会');
  await editor.getByRole('button', { name: 'Add item' }).click();
  await expect(editor).toBeHidden();
  await expect(rowOf(sunday, 'Press briefing')).toContainText('17:15–18:45');
  await expect(rowOf(sunday, 'Press briefing')).toContainText('Working session');
  await expect(rowOf(sunday, 'Press briefing')).toContainText('媒体吹风会');

  // Edit it into a high-speed-train transfer of the European delegation, late in the evening.
  await titleButton(sunday, 'Press briefing').click();
  const edit = page.getByRole('dialog', { name: 'Edit itinerary item' });
  await edit.getByLabel('Kind').selectOption('transfer');
  await expect(edit.getByLabel('Transport mode')).toHaveValue('coach');
  await edit.getByLabel('Transport mode').selectOption('high_speed_train');
  await edit.getByLabel('Start', { exact: true }).fill('21:30');
  await edit.getByLabel('End', { exact: true }).fill('22:15');
  await edit.getByLabel('Title (English)').fill(NEW_TITLE);
  await edit.getByLabel('Title (Chinese)').fill('前往北京西站');
  await edit.getByRole('combobox', { name: 'Site' }).fill('beijing west');
  await edit.getByRole('option', { name: /Beijing West Railway Station/ }).click();
  await edit.getByLabel('Hosts / speakers (English)').fill('Station staff');
  await edit.getByLabel('Selected delegations or members').check();
  await edit.getByRole('checkbox', { name: /European delegation/ }).check();
  await edit.getByLabel('Dress code (English)').fill('Casual');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  const transfer = rowOf(sunday, NEW_TITLE);
  await expect(transfer).toContainText('21:30–22:15');
  await expect(transfer).toContainText('Transfer');
  await expect(transfer).toContainText('High-speed train');
  await expect(transfer).toContainText('Beijing West Railway Station');
  await expect(transfer).toContainText('European delegation');
  await expect(transfer).toContainText('Station staff');
  await expect(page.getByText('No conflicts or warnings')).toBeVisible();

  // Keyboard: Alt+→ moves it to Monday, Alt+↓ 15 minutes later; the focus stays on it.
  await titleButton(sunday, NEW_TITLE).focus();
  await page.keyboard.press('Alt+ArrowRight');
  const monday = day(page, /Monday, 3 July 2023/);
  await expect(rowOf(monday, NEW_TITLE)).toContainText('21:30–22:15');
  await expect(titleButton(monday, NEW_TITLE)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(rowOf(monday, NEW_TITLE)).toContainText('21:45–22:30');
  await expect(rowOf(sunday, NEW_TITLE)).toHaveCount(0);

  // Drag and drop onto another day keeps the time (Zhengzhou leg now)…
  const tuesday = day(page, /Tuesday, 4 July 2023/);
  await drag(page, rowOf(monday, NEW_TITLE), tuesday, () => ({ x: 200, y: 20 }));
  await expect(rowOf(tuesday, NEW_TITLE)).toContainText('21:45–22:30');
  await expect(rowOf(monday, NEW_TITLE)).toHaveCount(0);

  // …and onto a day's timeline sets the time as well.
  const wednesday = day(page, /Wednesday, 5 July 2023/);
  const timeline = page.getByTestId('timeline-2023-07-05');
  await drag(page, rowOf(tuesday, NEW_TITLE), timeline, atTime('21:30'));
  await expect(rowOf(wednesday, NEW_TITLE)).toContainText('21:30–22:15');
  await expect(rowOf(tuesday, NEW_TITLE)).toHaveCount(0);

  // Duplicate it: the copy overlaps the original, the same people in two places at once.
  await page.getByRole('button', { name: `More actions for “${NEW_TITLE}”` }).click();
  await page.getByRole('menuitem', { name: 'Duplicate', exact: true }).click();
  await expect(rowOf(wednesday, NEW_TITLE)).toHaveCount(2);
  const overlap = /Overlaps with “Transfer to Beijing West”: \d+ participants are in both\./;
  await expect(rowOf(wednesday, NEW_TITLE).first().locator('.marker-error')).toHaveText(overlap);
  await expect(rowOf(wednesday, NEW_TITLE).last().locator('.marker-error')).toHaveText(overlap);
  const checks = page.locator('details.checks');
  await expect(checks.locator('summary')).toHaveText('1 conflict, 0 warnings');
  await checks.locator('summary').click();
  await expect(checks.getByRole('listitem')).toHaveCount(1);
  await expect(checks.getByRole('listitem')).toContainText(overlap);
  await page.screenshot({ path: test.info().outputPath('itinerary-conflict-en.png') });

  // The same conflict in 简体中文.
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(checks.locator('summary')).toHaveText('1 个冲突，0 个提醒');
  await expect(
    rowOf(day(page, /2023年7月5日 星期三/), '前往北京西站')
      .first()
      .locator('.marker-error'),
  ).toHaveText(/与“前往北京西站”时间重叠：有 \d+ 名人员同时参加两项。/);
  await page.getByRole('button', { name: 'English' }).click();

  // The list entry leads to the item; Alt+→ moves that one to Thursday, and the conflict is gone.
  await checks.getByRole('button', { name: /Transfer to Beijing West/ }).click();
  await expect(wednesday.locator('.item-title:focus')).toHaveText(NEW_TITLE);
  await page.keyboard.press('Alt+ArrowRight');
  const thursday = day(page, /Thursday, 6 July 2023/);
  await expect(rowOf(thursday, NEW_TITLE)).toContainText('21:30–22:15');
  await expect(rowOf(wednesday, NEW_TITLE)).toHaveCount(1);
  await expect(page.locator('.marker')).toHaveCount(0);
  await expect(page.getByText('No conflicts or warnings')).toBeVisible();

  // Delete the copy, then bring it back from the notice.
  await page
    .getByRole('button', { name: `More actions for “${NEW_TITLE}”` })
    .last()
    .click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(rowOf(thursday, NEW_TITLE)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: `“${NEW_TITLE}” was deleted.` })).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
  await expect(rowOf(thursday, NEW_TITLE)).toHaveCount(1);

  // Shift the whole visit by a week: every leg and item moves.
  await page.getByRole('button', { name: 'Shift dates…' }).click();
  const shift = page.getByRole('dialog', { name: 'Shift dates' });
  await shift.getByLabel('Days (negative moves earlier)').fill('7');
  await expect(shift).toContainText('2 Jul 2023 – 7 Jul 2023 → 9 Jul 2023 – 14 Jul 2023');
  await shift.getByRole('button', { name: 'Shift' }).click();
  await expect(shift).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Sunday, 9 July 2023 Day 1' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sunday, 2 July 2023 Day 1' })).toHaveCount(0);
  await expect(rowOf(day(page, /Wednesday, 12 July 2023/), NEW_TITLE)).toContainText('21:30–22:15');
  await expect(page.getByText('9 Jul 2023 – 14 Jul 2023').first()).toBeVisible();

  // Undo and redo from the keyboard (focus is on a button, not in a text field).
  await expect(page.getByRole('button', { name: 'Undo', exact: true }).first()).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: 'Sunday, 2 July 2023 Day 1' })).toBeVisible();
  await expect(rowOf(day(page, /Wednesday, 5 July 2023/), NEW_TITLE)).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeEnabled();
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByRole('heading', { name: 'Sunday, 9 July 2023 Day 1' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: 'Sunday, 2 July 2023 Day 1' })).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(page.getByRole('heading', { name: 'Sunday, 9 July 2023 Day 1' })).toBeVisible();

  // The buffer setting saves at once.
  await page.getByLabel('Minimum buffer between sites').fill('20');
  await expect(page.getByRole('group', { name: 'Itinerary tools' }).getByText('Saved')).toBeVisible();

  // Search from the header: a Chinese substring finds the Henan Museum (河南博物院).
  await page.getByRole('searchbox', { name: 'Search' }).fill('博物');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(page).toHaveURL(/#\/search\?q=/);
  await expect(page.getByRole('heading', { name: 'Results for “博物”' })).toBeVisible();
  const sites = page.getByRole('region', { name: /Sites/ });
  await expect(sites.getByRole('link', { name: 'Henan Museum' })).toHaveAttribute('href', '#/sites');
  const items = page.getByRole('region', { name: /Itinerary items/ });
  await items.getByRole('link', { name: 'Site visit: Henan Museum' }).click();
  await expect(page).toHaveURL(/#\/visits\/[^/]+\/itinerary\?item=/);
  await expect(titleButton(page, 'Site visit: Henan Museum')).toBeFocused();

  // What the screens showed is what the store holds.
  const db = new Database(join(browserMode.dataDir, 'Example study visits.sqlite'), { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT i.date, i.start_time, i.end_time, i.kind, i.transport_mode, i.title_en, i.title_zh, i.hosts_en,
                i.dress_code_en, i.attend_all, s.name_en AS site, l.start_date AS leg_start
           FROM items i JOIN sites s ON s.id = i.site_id JOIN legs l ON l.id = i.leg_id
          WHERE i.title_en = ? ORDER BY i.date`,
      )
      .all(NEW_TITLE);
    const common = {
      start_time: '21:30',
      end_time: '22:15',
      kind: 'transfer',
      transport_mode: 'high_speed_train',
      title_en: NEW_TITLE,
      title_zh: '前往北京西站',
      hosts_en: 'Station staff',
      dress_code_en: 'Casual',
      attend_all: 0,
      site: 'Beijing West Railway Station',
    };
    // Wednesday 5 → 12 July (Zhengzhou leg, 4 → 11 July); Thursday 6 → 13 July (Hangzhou leg).
    expect(rows).toEqual([
      { ...common, date: '2023-07-12', leg_start: '2023-07-11' },
      { ...common, date: '2023-07-13', leg_start: '2023-07-13' },
    ]);
    const attendees = db
      .prepare(
        `SELECT d.name_en AS delegation, a.member_id FROM item_attendees a
           JOIN items i ON i.id = a.item_id JOIN delegations d ON d.id = a.delegation_id WHERE i.title_en = ?`,
      )
      .all(NEW_TITLE);
    expect(attendees).toEqual([
      { delegation: 'European delegation', member_id: null },
      { delegation: 'European delegation', member_id: null },
    ]);
    const legs = db
      .prepare(
        `SELECT l.start_date, l.end_date FROM legs l JOIN visits v ON v.id = l.visit_id
          WHERE v.title_en LIKE 'European delegation%' ORDER BY l.start_date`,
      )
      .all();
    expect(legs).toEqual([
      { start_date: '2023-07-09', end_date: '2023-07-10' },
      { start_date: '2023-07-11', end_date: '2023-07-12' },
      { start_date: '2023-07-13', end_date: '2023-07-14' },
    ]);
    expect(db.prepare("SELECT count(*) AS n FROM items WHERE title_en = 'Press briefing'").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'minimumBufferMinutes'").get()).toEqual({ value: '20' });
  } finally {
    db.close();
  }
});

test('move with the menu, duplicate a day, shift one leg, add a site on the fly, delete with the Delete key', async ({
  page,
  browserMode,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await browserMode.open(page);
  await openEuropeanItinerary(page);

  // "Move to…" with a date and a time.
  const sunday = day(page, /Sunday, 2 July 2023/);
  // (by keyboard: the menu opens on Enter, the arrow keys move between its entries)
  const menuButton = page.getByRole('button', { name: 'More actions for “Welcome dinner”' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Edit…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Move to…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const move = page.getByRole('dialog', { name: 'Move “Welcome dinner”' });
  await move.getByLabel('New date').fill('2023-07-03');
  await move.getByLabel('New start time').fill('2030');
  await expect(move).toContainText('Monday, 3 July 2023 · Beijing');
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(rowOf(day(page, /Monday, 3 July 2023/), 'Welcome dinner')).toContainText('20:30–22:30');
  await expect(rowOf(sunday, 'Welcome dinner')).toHaveCount(0);

  // Duplicate a whole day to the day after the visit: every copy is flagged outside its leg.
  const friday = day(page, /Friday, 7 July 2023/);
  await friday.getByRole('button', { name: 'Duplicate day…' }).click();
  const duplicateDay = page.getByRole('dialog', { name: 'Duplicate Friday, 7 July 2023' });
  await expect(duplicateDay).toContainText('Copies the 8 items of this day');
  await expect(duplicateDay.getByLabel('Copy to')).toHaveValue('Sat 8 Jul 2023');
  await duplicateDay.getByRole('button', { name: 'Duplicate day' }).click();
  await expect(page.getByRole('heading', { name: 'Outside the legs', level: 2 })).toBeVisible();
  const saturday = day(page, /Saturday, 8 July 2023/);
  await expect(saturday.locator('li.item')).toHaveCount(8);
  await expect(rowOf(saturday, 'Farewell dinner').locator('.marker-error')).toContainText(
    'Outside its leg in Hangzhou (6 Jul 2023 – 7 Jul 2023).',
  );
  await expect(page.locator('details.checks summary')).toHaveText('8 conflicts, 0 warnings');

  // Undo from the header takes the copies away again.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(saturday).toHaveCount(0);
  await expect(page.getByText('No conflicts or warnings')).toBeVisible();

  // Shift only the Hangzhou leg by one day.
  await page.getByRole('region', { name: 'Hangzhou', exact: true }).getByRole('button', { name: 'Shift leg…' }).click();
  const shift = page.getByRole('dialog', { name: 'Shift dates' });
  await expect(shift.getByLabel('One leg')).toBeChecked();
  await shift.getByLabel('Days (negative moves earlier)').fill('1');
  await expect(shift).toContainText('6 Jul 2023 – 7 Jul 2023 → 7 Jul 2023 – 8 Jul 2023');
  await shift.getByRole('button', { name: 'Shift' }).click();
  await expect(page.getByRole('heading', { name: 'Saturday, 8 July 2023 Day 7' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Thursday, 6 July 2023/ })).toHaveCount(0);
  await expect(rowOf(day(page, /Saturday, 8 July 2023/), 'Farewell dinner')).toContainText('19:45–21:15');
  await expect(page.getByText('No conflicts or warnings')).toBeVisible();

  // A new item at a site that is not in the library yet.
  await day(page, /Saturday, 8 July 2023/)
    .getByRole('button', { name: 'Add item' })
    .click();
  const editor = page.getByRole('dialog', { name: 'New itinerary item' });
  await editor.getByLabel('Kind').selectOption('site_visit');
  // After the farewell dinner (19:45–21:15), with a site visit's 90 minutes.
  await expect(editor.getByLabel('Start', { exact: true })).toHaveValue('21:15');
  await expect(editor.getByLabel('End', { exact: true })).toHaveValue('22:45');
  await editor.getByLabel('Title (English)').fill('Site visit: Liangzhu Museum');
  await editor.getByLabel('Title (Chinese)').fill('实地考察：良渚博物院');
  await editor.getByRole('combobox', { name: 'Site' }).fill('Liangzhu Museum');
  await editor.getByRole('option', { name: 'New site “Liangzhu Museum”…' }).click();
  await expect(editor.getByLabel('Site name (English)')).toHaveValue('Liangzhu Museum');
  await editor.getByLabel('Site name (Chinese)').fill('良渚博物院');
  await editor.getByLabel('Category').selectOption('museum');
  await editor.getByRole('button', { name: 'Create site' }).click();
  await expect(editor.getByRole('combobox', { name: 'Site' })).toHaveValue('Liangzhu Museum');
  await editor.getByRole('button', { name: 'Add item' }).click();
  const liangzhu = rowOf(page, 'Site visit: Liangzhu Museum');
  await expect(liangzhu).toContainText('Liangzhu Museum');
  await expect(liangzhu).toContainText('Site visit');

  // The Delete key removes the focused item; Ctrl+Z brings it back.
  await titleButton(page, 'Site visit: Liangzhu Museum').focus();
  await page.keyboard.press('Delete');
  await expect(liangzhu).toHaveCount(0);
  await page.locator('body').focus();
  await page.keyboard.press('Control+z');
  await expect(liangzhu).toHaveCount(1);

  const db = new Database(join(browserMode.dataDir, 'Example study visits.sqlite'), { readonly: true });
  try {
    expect(
      db
        .prepare(
          `SELECT i.date, i.start_time, s.name_en, s.name_zh, s.category FROM items i JOIN sites s ON s.id = i.site_id
            WHERE i.title_en = 'Site visit: Liangzhu Museum'`,
        )
        .get(),
    ).toEqual({
      date: '2023-07-08',
      start_time: '21:15',
      name_en: 'Liangzhu Museum',
      name_zh: '良渚博物院',
      category: 'museum',
    });
    const dinners = db.prepare(
      `SELECT i.date, i.start_time FROM items i JOIN visits v ON v.id = i.visit_id
        WHERE i.title_en = 'Welcome dinner' AND v.title_en LIKE 'European delegation%'`,
    );
    expect(dinners.all()).toEqual([{ date: '2023-07-03', start_time: '20:30' }]);
    expect(db.prepare("SELECT count(*) AS n FROM items WHERE date = '2023-07-09'").get()).toEqual({ n: 0 });
  } finally {
    db.close();
  }
  expect(pageErrors).toEqual([]);
});
