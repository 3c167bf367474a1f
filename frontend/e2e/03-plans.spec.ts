import { expect, test } from '@playwright/test';
import { apiAs, getJson, plan859, signIn, USERS } from './support';

test.describe('journey 2: plans', () => {
  test('a coordinator finds a plan without diacritics, reads its targets with live attainment and its obligations', async ({ page }) => {
    await signIn(page, USERS.coordinator);
    await page.goto('/plans');
    await page.getByRole('searchbox', { name: 'Tìm kế hoạch' }).or(page.getByLabel('Tìm kế hoạch')).first().fill('dan van chinh quyen nam 2024');
    await expect(page).toHaveURL(/[?&]q=dan\+van\+chinh\+quyen\+nam\+2024/);
    const list = page.getByRole('table', { name: 'Danh sách kế hoạch' });
    await expect(list.getByText('859/KH-UBND').first()).toBeVisible();
    await expect(list.getByRole('row')).toHaveCount(2); // the header and the one plan

    await list.getByRole('link', { name: /Thực hiện công tác dân vận chính quyền năm 2024/ }).click();
    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Thực hiện công tác dân vận chính quyền năm 2024');

    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
    await expect(page).toHaveURL(/tab=targets/);
    const targets = page.getByRole('table', { name: 'Chỉ tiêu của kế hoạch và kết quả thực hiện' });
    await expect(targets).toContainText('66,7 %');
    await expect(targets).toContainText('24/36');
    await expect(targets).toContainText('Chưa đạt');

    await page.getByRole('tab', { name: 'Yêu cầu báo cáo' }).click();
    await expect(page).toHaveURL(/tab=obligations/);
    await expect(page.getByRole('table', { name: 'Các yêu cầu báo cáo của kế hoạch' })).toContainText('Báo cáo năm');

    // the view is in the address: a reload shows the same tab
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Yêu cầu báo cáo', selected: true })).toBeVisible();
  });

  test('a coordinator creates a draft plan, sees the form refuse what is missing, adds a task, then deletes the draft', async ({ page }) => {
    await signIn(page, USERS.coordinator);
    await page.goto('/plans');
    await page.getByRole('button', { name: 'Thêm kế hoạch' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer.getByText('Hãy nhập trích yếu')).toBeVisible();

    await drawer.getByLabel('Cơ quan ban hành', { exact: true }).fill('UBND tỉnh Tây Ninh');
    await page.getByRole('option', { name: /UBND tỉnh Tây Ninh/ }).first().click();
    await drawer.getByRole('textbox', { name: /^\*?\s*Trích yếu$/ }).fill('Kế hoạch thử nghiệm của kiểm thử tự động');
    await drawer.getByLabel('Từ năm').fill('2026');
    await drawer.getByLabel('Đến năm').fill('2025');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer.getByText(/Năm kết thúc|không được trước|trước năm bắt đầu/)).toBeVisible();
    await drawer.getByLabel('Đến năm').fill('2026');
    await drawer.getByRole('button', { name: 'Lưu' }).click();

    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kế hoạch thử nghiệm của kiểm thử tự động');
    await expect(page.getByText('Dự thảo').first()).toBeVisible();

    await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    const taskForm = page.getByRole('dialog');
    await taskForm.getByLabel('Mục', { exact: true }).fill('1');
    await taskForm.getByLabel('Nội dung', { exact: true }).fill('Quán triệt kế hoạch đến toàn thể cán bộ, công chức');
    await taskForm.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('table', { name: 'Danh sách nhiệm vụ của kế hoạch' })).toContainText('Quán triệt kế hoạch');

    await page.getByRole('button', { name: 'Xóa dự thảo' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Xóa', exact: true }).click();
    await expect(page).toHaveURL(/\/plans(\?.*)?$/);
  });

  test('an issued plan opens for editing with its legal identity locked', async ({ page }) => {
    const api = await apiAs(USERS.coordinator);
    const id = await plan859(api);
    const plan = await getJson(api, `/api/v1/plans/${id}`);
    await signIn(page, USERS.coordinator);
    await page.goto(`/plans/${id}`);
    await page.getByRole('button', { name: 'Sửa kế hoạch' }).click();
    const drawer = page.getByRole('dialog');
    // the plan's own title comes first; each legal basis has its own, inside its group
    await expect(drawer.getByRole('textbox', { name: /^\*?\s*Trích yếu$/ }).first()).toHaveValue(plan.title);
    await expect(drawer.getByRole('group', { name: 'Căn cứ 1', exact: true })).toBeVisible();
    await expect(drawer.getByLabel('Cơ quan ban hành', { exact: true }).first()).toBeDisabled();
    await drawer.getByRole('button', { name: 'Hủy' }).click();
  });
});
