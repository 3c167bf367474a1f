import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { describeViolations, screenshot, seriousViolations, signIn, USERS } from './support';

// The seed plan's text, as the backend's accuracy test reads it.
const TAY_NINH = resolve('../backend/src/test/resources/plans/tay-ninh-2024-859-KH-UBND.txt');
const TITLE = 'Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh';

test.describe('journey 7: a plan imported from its document', () => {
  test('a coordinator uploads the Tây Ninh plan, checks the draft against its text, fixes it and saves it as a plan with its tasks and targets', async ({ page }) => {
    test.setTimeout(300_000);
    await signIn(page, USERS.coordinator);
    await page.goto('/plans');
    await page.getByRole('button', { name: 'Nhập từ văn bản' }).click();
    await expect(page).toHaveURL(/\/plans\/import$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhập kế hoạch từ văn bản');

    await page.locator('input[type="file"]').setInputFiles(TAY_NINH);
    // the first reading on a cold, shared machine can take a while
    await expect(page.locator('#import_symbol')).toHaveValue('KH-UBND', { timeout: 90_000 });
    await expect(page.locator('#import_number')).toHaveValue('859');
    await expect(page.getByText('Theo văn bản: 859/KH-UBND')).toBeVisible();
    await expect(page.locator('#import_issueDate')).toHaveValue('25/03/2024');
    await expect(page.locator('#import_title')).toHaveValue(TITLE);
    // the plan's five tasks and, beside them, the duties of its "Tổ chức thực hiện"
    const tasksHeading = page.getByRole('heading', { name: /^Nội dung, nhiệm vụ \(\d+\)$/ });
    await expect(tasksHeading).toBeVisible();
    const drafted = Number((await tasksHeading.textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(drafted).toBeGreaterThan(5);
    await expect(page.locator('#import_tasks_0_content')).not.toHaveValue('');
    await expect(page.getByText('Kế hoạch', { exact: true }).and(page.locator('.ant-tag'))).toBeVisible();

    // a field leads to where it was read
    const text = page.getByRole('region', { name: 'Văn bản đã đọc' });
    await page.locator('#import_title').click();
    await expect(text.locator('mark')).toHaveText(TITLE);
    await expect(text.locator('mark')).toBeInViewport();
    await page.locator('#import_tasks_2_content').click();
    await expect(text.locator('mark')).toContainText(await page.locator('#import_tasks_2_content').inputValue().then((v) => v.slice(0, 30)));

    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'plan-import-draft-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'plan-import-draft-phone');
    await page.setViewportSize({ width: 1366, height: 768 });

    // the demo already holds 859/KH-UBND of 2024: this copy gets a number of its own
    const number = String(900_000 + (Date.now() % 90_000));
    await page.locator('#import_number').fill(number);
    // the one group every target and obligation of this plan concerns
    const groupForAll = page.getByLabel('Nhóm đơn vị cho mọi chỉ tiêu, yêu cầu chưa chọn nhóm');
    await groupForAll.click();
    await groupForAll.fill('cơ quan, đơn vị, địa phương tỉnh Tây Ninh');
    await page.locator('.ant-select-item-option[title="Các cơ quan, đơn vị, địa phương tỉnh Tây Ninh"]').click();
    await page.getByRole('button', { name: 'Áp dụng' }).click();

    await page.getByRole('button', { name: 'Lưu thành kế hoạch' }).first().click();
    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]+$/, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
    await expect(page.getByText(`${number}/KH-UBND`).first()).toBeVisible();

    await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
    const tasks = page.getByRole('table', { name: 'Danh sách nhiệm vụ của kế hoạch' });
    await expect(tasks.locator('tbody tr.ant-table-row').first()).toBeVisible();
    expect(await tasks.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(5);
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
    const targets = page.getByRole('table', { name: 'Chỉ tiêu của kế hoạch và kết quả thực hiện' });
    await expect(targets).toContainText('Phấn đấu trên 90%');
    await expect(targets.locator('tbody tr.ant-table-row')).toHaveCount(6);
    await page.getByRole('tab', { name: 'Yêu cầu báo cáo' }).click();
    await expect(page.getByRole('table', { name: 'Các yêu cầu báo cáo của kế hoạch' })).toContainText('10/04/2024');
  });

  test('a report sent by mistake is recognised as not a plan', async ({ page }) => {
    test.setTimeout(150_000);
    await signIn(page, USERS.coordinator);
    await page.goto('/plans/import');
    await page.getByLabel('Hoặc dán nội dung văn bản').fill(
      [
        'UBND TỈNH TÂY NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc',
        'Số: 120/BC-SNV | Tây Ninh, ngày 05 tháng 12 năm 2024',
        'BÁO CÁO',
        'Kết quả thực hiện công tác dân vận chính quyền năm 2024',
        'I. KẾT QUẢ THỰC HIỆN',
        '1. Các cơ quan, đơn vị đã ban hành kế hoạch thực hiện.',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Văn bản này là báo cáo, không phải kế hoạch' })).toBeVisible({ timeout: 90_000 });
    await expect(page.locator('.ant-tag').filter({ hasText: 'Báo cáo' })).toBeVisible();
  });
});
