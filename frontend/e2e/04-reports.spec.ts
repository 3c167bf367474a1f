import { expect, test } from '@playwright/test';
import { apiAs, getJson, plan859, signIn, USERS } from './support';

test.describe('journey 3: completeness and attainment', () => {
  test('a coordinator opens a period, lists the missing and the late units, and goes to a late unit’s submission', async ({ page }) => {
    const api = await apiAs(USERS.coordinator);
    const planId = await plan859(api);
    const report = await getJson(api, `/api/v1/plans/${planId}/completeness`);
    const period = report.periods.find((p: { obligationKind: string }) => p.obligationKind === 'UNIT_PLAN');

    await signIn(page, USERS.coordinator);
    await page.goto(`/plans/${planId}/completeness`);
    const periods = page.getByRole('table', { name: 'Tiến độ nộp theo kỳ báo cáo' });
    await expect(periods).toContainText(`${String(period.completenessRate).replace('.', ',')} %`);
    await periods.getByRole('link', { name: period.obligationTitle }).click();
    await expect(page).toHaveURL(new RegExp(`period=${period.periodId}`));

    const detail = page.getByTestId('period-detail');
    await expect(detail).toBeVisible();
    await expect(page.getByRole('img', { name: /./ }).first()).toBeVisible(); // the chart, named by its summary

    const units = page.getByRole('table', { name: 'Đơn vị phải nộp của kỳ báo cáo' });
    await page.getByRole('radiogroup', { name: 'Lọc đơn vị theo tình trạng' }).getByText(/^Chưa gửi/).click();
    await expect(page).toHaveURL(/status=MISSING/);
    await expect(units.locator('tbody tr.ant-table-row')).toHaveCount(period.missing);

    await page.getByRole('radiogroup', { name: 'Lọc đơn vị theo tình trạng' }).getByText(/^Trễ hạn/).click();
    await expect(page).toHaveURL(/status=LATE/);
    await expect(units.locator('tbody tr.ant-table-row')).toHaveCount(period.late);

    // a link reproduces the view
    const here = page.url();
    await page.goto(here);
    await expect(units.locator('tbody tr.ant-table-row')).toHaveCount(period.late);

    await units.locator('tbody tr.ant-table-row').first().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/submissions\/[0-9a-f-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Trễ hạn').first()).toBeVisible();
  });

  test('attainment shows each target’s figure and the units behind it, adding up', async ({ page }) => {
    const api = await apiAs(USERS.coordinator);
    const planId = await plan859(api);
    const attainment = await getJson(api, `/api/v1/plans/${planId}/attainment`);
    const target = attainment.targets.find((t: { measure: string }) => t.measure === 'SUBMISSION');

    await signIn(page, USERS.coordinator);
    await page.goto(`/plans/${planId}/attainment`);
    const table = page.getByRole('table', { name: 'Kết quả thực hiện các chỉ tiêu' });
    await expect(table).toContainText(target.statement.slice(0, 40));
    await page.getByRole('link', { name: `Xem chỉ tiêu ${target.ordinal}` }).click();
    await expect(page).toHaveURL(new RegExp(`target=${target.targetId}`));
    const rows = page.getByRole('table', { name: 'Số liệu của từng đơn vị cho chỉ tiêu' }).locator('tbody tr.ant-table-row');
    await expect(rows).toHaveCount(target.denominator);
    await expect(page.getByTestId('contributions-sum')).toContainText(`${target.numerator}`);
    await expect(page.getByTestId('contributions-sum')).toContainText(`${target.denominator}`);
  });
});
