// Exchange: import members from a CSV with Chinese headings (preview first, nothing written until
// Import), export the participant list as CSV through a browser download, and back up the workspace
// from the workspace menu. Screenshots of the dialogs in English and 简体中文 when SVP_SHOTS_DIR is set.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SHOTS = process.env.SVP_SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const VISIT = /European delegation study visit to Beijing, Zhengzhou and Hangzhou/;

/** Chinese headings; 𠮷 lies outside the BMP; row 4 repeats row 3; row 5 is empty; row 6 has a bad e-mail. */
const CSV = [
  '姓名,英文姓名,职务,单位,邮箱',
  '王𠮷,Wang Ji,处长,杭州市外事办公室,wang.ji@example.cn',
  '李明,Li Ming,副处长,浙江省商务厅,li.ming@example.cn',
  '李明,Li Ming,副处长,浙江省商务厅,li.ming@example.cn',
  ',,,,',
  '张伟,Zhang Wei,翻译,杭州市外事办公室,not-an-email',
  '',
].join('\r\n');

async function openEuropeanVisit(page: Page) {
  await page.getByRole('button', { name: 'Load example visits' }).click();
  await page.getByRole('link', { name: VISIT }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(VISIT);
}

function delegationCard(page: Page, name: string): Locator {
  return page.locator('.delegation-card').filter({ has: page.getByRole('heading', { level: 3, name }) });
}

test('import members from a CSV, export the participant list, back up the workspace', async ({ page, browserMode }) => {
  test.slow();
  const csvPath = test.info().outputPath('members.csv');
  writeFileSync(csvPath, CSV, 'utf8');

  await browserMode.open(page);
  await openEuropeanVisit(page);

  // ── Import members ──
  const card = delegationCard(page, 'European delegation');
  await card.getByRole('button', { name: /^Import members…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Import members' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Into: European delegation')).toBeVisible();
  await dialog.getByLabel('CSV or Excel file (.csv, .xlsx)').setInputFiles(csvPath);

  await expect(dialog.getByTestId('import-encoding')).toHaveText('UTF-8');
  // The detected mapping, one select per column.
  await expect(dialog.getByRole('combobox', { name: '姓名', exact: true })).toHaveValue('name');
  await expect(dialog.getByRole('combobox', { name: '英文姓名', exact: true })).toHaveValue('nameLatin');
  await expect(dialog.getByRole('combobox', { name: '邮箱', exact: true })).toHaveValue('email');
  const rows = dialog.locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(0)).toHaveAttribute('data-status', 'new');
  await expect(rows.nth(0)).toContainText('王𠮷');
  await expect(rows.nth(0)).toContainText('New');
  await expect(rows.nth(1)).toHaveAttribute('data-status', 'new');
  await expect(rows.nth(2)).toHaveAttribute('data-status', 'duplicate_in_file');
  await expect(rows.nth(2)).toContainText('Duplicate in the file');
  await expect(rows.nth(3)).toHaveAttribute('data-status', 'blank');
  await expect(rows.nth(4)).toHaveAttribute('data-status', 'invalid');
  await expect(rows.nth(4)).toContainText('not a valid e-mail address');
  await expect(dialog.getByRole('radio', { name: 'Skip duplicates' })).toBeChecked();
  // A column choice changes the preview at once: with the e-mails ignored, the last row is valid.
  const emailColumn = dialog.getByRole('combobox', { name: '邮箱', exact: true });
  await emailColumn.selectOption({ label: 'Do not import' });
  await expect(rows.nth(4)).toHaveAttribute('data-status', 'new');
  await expect(dialog.getByRole('button', { name: 'Import 3 members' })).toBeVisible();
  await emailColumn.selectOption('email');
  await expect(rows.nth(4)).toHaveAttribute('data-status', 'invalid');
  // Nothing is written before Import.
  await expect(card.locator('.member-names').getByText('王𠮷')).toHaveCount(0);
  await shot(page, 'exchange-import-en');

  await dialog.getByRole('button', { name: 'Import 2 members' }).click();
  await expect(dialog.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expect(dialog.locator('[data-count="added"]')).toHaveText('2');
  await expect(dialog.locator('[data-count="skipped"]')).toHaveText('1');
  await expect(dialog.locator('[data-count="rejected"]')).toHaveText('1');
  await expect(dialog.getByText(/Row 4 – skipped: same name and e-mail as an earlier row/)).toBeVisible();
  await expect(dialog.getByText(/Row 6 – rejected: not a valid e-mail address/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.locator('.member-names').getByText('王𠮷')).toHaveCount(1);
  await expect(card.locator('.member-names').getByText('李明')).toHaveCount(1);

  // ── Participant list as CSV, downloaded ──
  await page.getByRole('button', { name: 'Other exports…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export files' });
  await expect(exportDialog).toBeVisible();
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Participant list (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csvOut = test.info().outputPath('participants.csv');
  await download.saveAs(csvOut);
  const bytes = readFileSync(csvOut);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('王𠮷');
  expect(text).toContain('Wang Ji');
  expect(text).toContain('李明');
  await expect(exportDialog.getByText(/is downloading/)).toBeVisible();

  // ── One person's calendar ──
  await exportDialog.getByLabel('Calendar (.ics) for').selectOption({ label: 'Wang Ji' });
  const calendarDownload = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Calendar (.ics)' }).click();
  const ics = await calendarDownload;
  const icsPath = test.info().outputPath(ics.suggestedFilename());
  await ics.saveAs(icsPath);
  const calendarText = readFileSync(icsPath, 'utf8');
  expect(calendarText).toMatch(/^BEGIN:VCALENDAR/);
  expect(ics.suggestedFilename()).toMatch(/wang-ji-calendar-en\.ics$/);
  expect(calendarText.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThan(10);

  // ── Visit package: download it, import it from the visits list as a new visit ──
  const packaging = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Visit package' }).click();
  const packageDownload = await packaging;
  const packagePath = test.info().outputPath(packageDownload.suggestedFilename());
  await packageDownload.saveAs(packagePath);
  await exportDialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(exportDialog).toBeHidden();

  await page.getByRole('link', { name: 'All study visits' }).click();
  await page.getByLabel('Import visit package…').setInputFiles(packagePath);
  const imported = page.getByRole('dialog', { name: 'Visit package imported' });
  await expect(imported).toBeVisible();
  await expect(imported.getByText(/^New visit with 3 legs/)).toBeVisible();
  await expect(imported.getByRole('heading', { name: 'Places already in this workspace (reused)' })).toBeVisible();
  await imported.getByRole('button', { name: 'Open the imported visit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(VISIT);
  await expect(delegationCard(page, 'European delegation').locator('.member-names').getByText('王𠮷')).toHaveCount(1);

  // ── Backups, from the workspace menu ──
  await page.getByRole('button', { name: /^Workspace:/ }).click();
  await page.getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups of this workspace' });
  await expect(backups).toBeVisible();
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByText(/^Backup made/)).toBeVisible();
  await expect(backups.locator('tbody tr[data-reason="manual"]').first()).toContainText('Made by hand');
  await expect(backups.getByRole('button', { name: /^Restore/ }).first()).toBeVisible();
  await shot(page, 'exchange-backups-en');
  // Restore asks first, and says the current state is saved before.
  await backups
    .getByRole('button', { name: /^Restore/ })
    .first()
    .click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('current state is saved as a backup first');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await backups.getByRole('button', { name: 'Close' }).last().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // ── 简体中文 ──
  await page.getByRole('button', { name: '简体中文' }).click();
  const zhCard = page.locator('.delegation-card').first();
  await zhCard.getByRole('button', { name: /^导入团员…/ }).click();
  const zhDialog = page.getByRole('dialog', { name: '导入团员' });
  await expect(zhDialog).toBeVisible();
  await zhDialog.getByLabel('CSV 或 Excel 文件（.csv、.xlsx）').setInputFiles(csvPath);
  await expect(zhDialog.locator('tbody tr')).toHaveCount(5);
  // Now the first two rows are already in the delegation.
  await expect(zhDialog.locator('tbody tr').nth(0)).toContainText('代表团中已有');
  await expect(zhDialog.getByRole('radio', { name: '跳过重复项' })).toBeChecked();
  await shot(page, 'exchange-import-zh');
  await zhDialog.getByRole('button', { name: '取消' }).click();

  await page.getByRole('button', { name: /^工作区/ }).click();
  await page.getByRole('button', { name: '备份…' }).click();
  const zhBackups = page.getByRole('dialog', { name: '本工作区的备份' });
  await expect(zhBackups.getByText('手动备份').first()).toBeVisible();
  await shot(page, 'exchange-backups-zh');
});
