import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiAs, getJson, screenshot, signIn, USERS } from './support';

// Issue 15, part 2: what a user types survives navigation and failed saves. A reporter types into a
// report and a score sheet, tries to leave (the app asks), reloads (the typing comes back with a
// notice) and saves a sheet with a score above the maximum and an empty evidence row (the errors are
// at the fields, in view, not silently ignored).

/** A record of `kind` in DRAFT whose unit has an enabled reporter account. */
async function aDraftWithReporter(api: APIRequestContext, admin: APIRequestContext, url: string) {
  const drafts = await getJson(api, url);
  const reporters = await getJson(admin, '/api/v1/accounts?role=REPORTER&size=500');
  for (const draft of drafts.items) {
    const account = reporters.items.find((a: { unitId?: string; enabled: boolean }) => a.unitId === draft.unitId && a.enabled);
    if (account) return { id: draft.id as string, reporter: account.username as string };
  }
  throw new Error(`the demo data has no draft with a reporter at ${url}`);
}

/** Tries to leave through the breadcrumb: the app asks, and the user stays. */
async function triesToLeave(page: Page, link: string, shot: string) {
  await page.locator('.ant-breadcrumb').getByRole('link', { name: link }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Rời trang khi chưa lưu?');
  await screenshot(page, shot);
  await dialog.getByRole('button', { name: 'Ở lại' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Reloads: the browser asks first (beforeunload), then the typing comes back with a notice. */
async function reloadsAndFindsTheDraft(page: Page) {
  const asked: string[] = [];
  const onDialog = (dialog: { type: () => string; accept: () => Promise<void> }) => {
    asked.push(dialog.type());
    void dialog.accept();
  };
  page.on('dialog', onDialog);
  await page.reload();
  page.off('dialog', onDialog);
  expect(asked).toContain('beforeunload');
  await expect(page.getByTestId('draft-notice')).toContainText('Đã khôi phục nội dung bạn nhập dở');
}

test('a report and a score sheet keep the typing across leaving and reloading, and a failed save shows why at the field', async ({ browser }) => {
  test.setTimeout(300_000);
  const api = await apiAs(USERS.coordinator);
  const admin = await apiAs(USERS.admin);

  // the report
  const report = await aDraftWithReporter(api, admin, '/api/v1/submissions?status=DRAFT&size=100');
  const reporter = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await signIn(reporter, report.reporter);
  await reporter.goto(`/my-unit/submissions/${report.id}`);
  const results = reporter.getByLabel('Kết quả đạt được');
  await results.fill('Đã quán triệt kế hoạch đến toàn thể cán bộ, công chức; tổ chức 3 hội nghị.');
  await triesToLeave(reporter, 'Đơn vị của tôi', 'forms-report-leave');
  await reloadsAndFindsTheDraft(reporter);
  await expect(reporter.getByLabel('Kết quả đạt được')).toHaveValue('Đã quán triệt kế hoạch đến toàn thể cán bộ, công chức; tổ chức 3 hội nghị.');
  await screenshot(reporter, 'forms-report-restored');
  // discarding goes back to what the server has
  await reporter.getByTestId('draft-notice').getByRole('button', { name: 'Bỏ bản nháp' }).click();
  await expect(reporter.getByTestId('draft-notice')).toHaveCount(0);
  await reporter.close();

  // the score sheet
  const sheet = await aDraftWithReporter(api, admin, '/api/v1/assessments?status=DRAFT&size=100');
  const unit = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await signIn(unit, sheet.reporter);
  await unit.goto(`/my-unit/assessments/${sheet.id}`);
  const first = unit.getByLabel(/^Điểm tự chấm tiêu chí /).first();
  await expect(first).toBeVisible();
  const row = unit.locator('[data-testid^="criterion-"]').filter({ has: first });
  const max = (await row.locator('.ant-form-item-extra').first().innerText()).match(/[\d,]+$/)?.[0] ?? '';
  // one above the maximum: said at the field, not cut down
  const above = String(Number(max.replace(',', '.')) + 1).replace('.', ',');
  // the field shows one decimal once it loses the cursor (step 0.5): 7 reads "7,0"
  const aboveShown = new RegExp(`^${above}(,0)?$`);
  await first.fill(above);
  await first.blur();
  await expect(row.getByText(`Điểm tối đa là ${max}`)).toBeVisible();
  await expect(first).toHaveValue(aboveShown);

  await triesToLeave(unit, 'Tự chấm điểm', 'forms-sheet-leave');
  await reloadsAndFindsTheDraft(unit);
  await expect(unit.getByLabel(/^Điểm tự chấm tiêu chí /).first()).toHaveValue(aboveShown);

  // an empty evidence row on the last criterion, then "Lưu nháp" at the bottom of the sheet
  const lastRow = unit.locator('[data-testid^="criterion-"]').filter({ has: unit.getByRole('button', { name: /Thêm tài liệu/ }) }).last();
  await lastRow.getByRole('button', { name: /Thêm tài liệu/ }).click();
  await unit.getByLabel(/^Điểm tự chấm tiêu chí /).first().fill('');
  const saves: string[] = [];
  unit.on('request', (request) => {
    if (request.method() === 'PUT') saves.push(request.url());
  });
  await unit.getByRole('button', { name: 'Lưu nháp' }).click();
  const missing = lastRow.getByText('Hãy nhập tên tài liệu');
  await expect(missing).toBeVisible();
  await expect(missing).toBeInViewport();
  await expect(unit.getByTestId('save-problems')).toContainText('Hãy sửa các ô được đánh dấu');
  await unit.waitForTimeout(600);
  await screenshot(unit, 'forms-sheet-empty-evidence');
  expect(saves).toHaveLength(0);

  // above the maximum again: the save goes nowhere and the field is brought into view
  await lastRow.getByRole('button', { name: /Bỏ tài liệu/ }).click();
  await unit.getByLabel(/^Điểm tự chấm tiêu chí /).first().fill(above);
  await unit.getByRole('button', { name: 'Lưu nháp' }).click();
  const tooHigh = row.getByText(`Điểm tối đa là ${max}`);
  await expect(tooHigh).toBeInViewport();
  await unit.waitForTimeout(600);
  await screenshot(unit, 'forms-sheet-above-max');
  expect(saves).toHaveLength(0);
  await unit.close();
});
