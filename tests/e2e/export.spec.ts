// Issue 5: the export dialog. From the example workspace's European visit: choose a bilingual
// (stacked) A4 programme with the participant list, read the live check, print it, download it the
// way browser mode does (files.saveAs → <a download>), and read the PDF back with pdftotext. Then the
// dialog in 简体中文, its keyboard behaviour, and a "fix" link that leads to the record.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Screenshots for reviewing the dialog by eye, only when SVP_SHOTS_DIR is set. */
const SHOTS = process.env.SVP_SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const VISIT = /European delegation study visit to Beijing, Zhengzhou and Hangzhou/;

async function openEuropeanVisit(page: Page) {
  await page.getByRole('button', { name: 'Load example visits' }).click();
  await page.getByRole('link', { name: VISIT }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(VISIT);
}

test('export a bilingual programme to PDF, download it and read it back', async ({ page, browserMode }) => {
  test.slow(); // prints a PDF with headless Chromium on the server side
  await browserMode.open(page);
  await openEuropeanVisit(page);

  const open = page.getByRole('button', { name: 'Export PDF…' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Export the programme to PDF' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  // Focus starts inside, on the chosen scope; Escape closes and focus returns to the button.
  await expect(dialog.getByRole('radio', { name: 'The whole study visit' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  await open.click();
  await expect(dialog).toBeVisible();
  // Tab stays inside the dialog (the header's close button comes round again).
  for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);

  // The scopes: a leg by its select, a member by delegation then member.
  await dialog.getByRole('radio', { name: 'One leg' }).check();
  await expect(dialog.getByLabel('Leg', { exact: true })).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Leg', { exact: true }).locator('option')).toHaveCount(3);
  await dialog.getByRole('radio', { name: 'One member’s programme' }).check();
  await dialog.getByLabel('Delegation', { exact: true }).selectOption({ label: 'IURC China programme team' });
  await expect(dialog.getByLabel('Member', { exact: true }).locator('option')).toHaveCount(3);
  await expect(dialog.locator('.export-filename code')).toContainText('programme-staff-1-iurc-china');
  await dialog.getByRole('radio', { name: 'The whole study visit' }).check();

  // Bilingual, stacked, A4, with the participant list.
  await dialog.getByRole('radio', { name: 'Bilingual, 中英对照' }).check();
  await dialog.getByRole('radio', { name: 'Both languages stacked in each item' }).check();
  await dialog.getByRole('radio', { name: 'A4' }).check();
  await dialog.getByRole('checkbox', { name: /Include the participant list/ }).check();

  // The live check for exactly these options.
  const fileName = dialog.locator('.export-filename code');
  await expect(fileName).toHaveText(/^european-delegation-study-visit-to-[a-z-]+-bilingual-stacked-r\d+\.pdf$/);
  await expect(dialog.locator('.export-counts')).toHaveText(/^\d+ items on 6 days · Revision \d+$/);
  const exportButton = dialog.getByRole('button', { name: /^Export (PDF|anyway)$/ });
  await expect(exportButton).toBeEnabled();
  await shot(page, 'export-dialog-en');

  // Print. A progress state, then the result.
  await exportButton.click();
  const printing = dialog.getByRole('status').filter({ hasText: 'Printing the programme…' });
  await expect(printing).toBeVisible();
  await expect(printing).toBeFocused();
  await shot(page, 'export-printing-en');
  await expect(dialog.getByRole('heading', { name: 'The PDF is ready' })).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('button', { name: 'Download' })).toBeFocused();
  const facts = dialog.locator('.export-facts');
  await expect(facts).toContainText('bilingual-stacked');
  const pages = Number(await facts.locator('dt:text-is("Pages") + dd').textContent());
  expect(pages).toBeGreaterThanOrEqual(2);
  await expect(facts.locator('dt:text-is("Size") + dd')).toHaveText(/^\d[\d,.]* (KB|MB)$/);
  await shot(page, 'export-result-en');

  // Browser mode: "Download" (files.saveAs answers with a same-origin address).
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-bilingual-stacked-r\d+\.pdf$/);
  const pdf = test.info().outputPath('programme.pdf');
  await download.saveAs(pdf);
  await expect(dialog.getByText('The download has started.')).toBeVisible();
  expect(statSync(pdf).size).toBeGreaterThan(10_000);
  if (SHOTS) await download.saveAs(join(SHOTS, 'programme-bilingual-stacked.pdf'));

  // The PDF itself: both languages of an item title, the day headings, the participant list.
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Programme team briefing');
  expect(text).toContain('项目团队工作简会');
  expect(text).toContain('第一天');
  expect(text).toContain('Day 1');
  expect(text).toContain('参会人员名单');
  expect(text).toContain('Participant list');
  const pdfPages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(pdfPages).toMatch(new RegExp(`Pages:\\s+${pages}\\b`));
  expect(pdfPages).toMatch(/Page size:.*\(A4\)/);

  // Back to the options, then close with the header's button.
  await dialog.getByRole('button', { name: 'Change the options' }).click();
  await expect(dialog.getByRole('radio', { name: 'Both languages stacked in each item' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // 简体中文: the same dialog, in Chinese.
  await page.getByRole('button', { name: '简体中文' }).click();
  await page.getByRole('button', { name: '导出 PDF…' }).click();
  const zhDialog = page.getByRole('dialog', { name: '将日程安排导出为 PDF' });
  await expect(zhDialog).toBeVisible();
  for (const name of [
    '整个考察访问',
    '一个行程段',
    '一个代表团的日程安排',
    '一名成员的日程安排',
    '中文',
    '中英对照',
    'A4',
  ]) {
    await expect(zhDialog.getByRole('radio', { name, exact: true })).toBeVisible();
  }
  // The options of the last export are kept.
  await expect(zhDialog.getByRole('radio', { name: '每项中英文上下排列' })).toBeChecked();
  await expect(zhDialog.getByRole('checkbox', { name: '附参会人员名单（按礼宾顺序）' })).toBeChecked();
  await expect(zhDialog.getByRole('checkbox', { name: '附考察点地址和联系人' })).not.toBeChecked();
  await expect(zhDialog.getByRole('checkbox', { name: '每天从新的一页开始' })).not.toBeChecked();
  await expect(zhDialog.getByRole('group', { name: '打印内容' })).toBeVisible();
  await expect(zhDialog.getByRole('group', { name: '纸张' })).toBeVisible();
  await expect(zhDialog.getByRole('heading', { name: '检查' })).toBeVisible();
  await expect(zhDialog.locator('.export-counts')).toHaveText(/^6 天，共 \d+ 个日程项 · 版本 \d+$/);
  await expect(zhDialog.getByRole('button', { name: /^(导出 PDF|仍然导出)$/ })).toBeEnabled();
  await expect(zhDialog.getByRole('button', { name: '取消' })).toBeVisible();
  await shot(page, 'export-dialog-zh');
  await zhDialog.getByRole('button', { name: '取消' }).click();
  await expect(zhDialog).toBeHidden();
});

test('the check lists texts without Chinese, each with a link to fix it', async ({ page, browserMode }) => {
  await browserMode.open(page);
  await openEuropeanVisit(page);
  // Take the Chinese title off one item of the first day.
  await page.getByRole('link', { name: 'Itinerary' }).click();
  await page.getByRole('button', { name: 'Programme team briefing', exact: true }).first().click();
  const editor = page.getByRole('dialog', { name: 'Edit itinerary item' });
  await editor.getByLabel('Title (Chinese)').fill('');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor).toBeHidden();

  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the programme to PDF' });
  await dialog.getByRole('radio', { name: '中文 (Chinese)' }).check();
  const findings = dialog.locator('.export-missing');
  await expect(findings.getByRole('heading', { name: /texts? (is|are) missing a translation/ })).toBeVisible();
  const record = findings.locator('.export-records > li').filter({ hasText: 'Programme team briefing' });
  await expect(record).toContainText('Title: no Chinese');
  await expect(record.locator('q')).toHaveText('Programme team briefing');
  await expect(dialog.getByRole('button', { name: 'Export anyway' })).toBeEnabled();
  await expect(dialog.getByText(/print in the other language, marked with a tag/)).toBeVisible();
  await shot(page, 'export-missing-en');

  // English has every text: nothing to fix, the plain export button.
  await dialog.getByRole('radio', { name: 'English', exact: true }).check();
  await expect(dialog.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
  await expect(findings).toHaveCount(0);

  // In 简体中文 (bilingual, the default: either language missing is listed).
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '简体中文' }).click();
  await page.getByRole('button', { name: '导出 PDF…' }).click();
  const zhDialog = page.getByRole('dialog', { name: '将日程安排导出为 PDF' });
  await expect(zhDialog.getByRole('radio', { name: '中英对照' })).toBeChecked();
  await expect(zhDialog.getByRole('heading', { name: '1 处文字缺少译文' })).toBeVisible();
  const zhRecord = zhDialog.locator('.export-records > li').filter({ hasText: 'Programme team briefing' });
  await expect(zhRecord).toContainText('2023年7月2日 09:30：Programme team briefing');
  await expect(zhRecord).toContainText('标题：缺少中文');
  await expect(zhDialog.getByRole('button', { name: '仍然导出' })).toBeEnabled();
  await shot(page, 'export-missing-zh');

  // Fix: the dialog closes and the itinerary opens, at the item.
  await zhRecord.getByRole('link', { name: /^在行程中编辑：/ }).click();
  await expect(zhDialog).toBeHidden();
  await expect(page).toHaveURL(/#\/visits\/[^/]+\/itinerary$/);
  const item = page.locator('li.item').filter({ hasText: 'Programme team briefing' }).first();
  await expect(item).toBeInViewport();
  expect(await item.evaluate((row) => row.contains(document.activeElement))).toBe(true);
});
