import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiAs, getJson, plan859, signIn, USERS } from './support';

// Journeys 4 and 5 together, as they happen: a unit that has not sent its plan yet fills it in and
// sends it, the coordinator returns it with a reason, the unit reads the reason and sends it again,
// the coordinator accepts it; the completeness figures move with it.

interface Owing {
  reporter: string;
  unitName: string;
  periodId: string;
  obligationTitle: string;
}

async function aUnitThatHasNotSent(api: APIRequestContext, admin: APIRequestContext, planId: string): Promise<Owing> {
  const report = await getJson(api, `/api/v1/plans/${planId}/completeness`);
  const period = report.periods.find((p: { obligationKind: string; missing: number }) => p.obligationKind === 'UNIT_PLAN' && p.missing > 0);
  const missing = await getJson(api, `/api/v1/plans/${planId}/completeness/${period.periodId}/units?status=MISSING&size=50`);
  const reporters = await getJson(admin, '/api/v1/accounts?role=REPORTER&size=500');
  for (const unit of missing.items) {
    if (unit.submissionId) continue; // a draft exists already
    const account = reporters.items.find((a: { unitId?: string; enabled: boolean }) => a.unitId === unit.unitId && a.enabled);
    if (account) return { reporter: account.username, unitName: unit.unitName, periodId: period.periodId, obligationTitle: period.obligationTitle };
  }
  throw new Error('the demo data has no unit without a submission for the unit plan');
}

test('a unit sends its plan, the coordinator returns it, the unit resends it, the coordinator accepts it', async ({ browser }) => {
  test.setTimeout(240_000); // two signed-in pages through four moves: over a minute on a loaded two-core machine
  const api = await apiAs(USERS.coordinator);
  const admin = await apiAs(USERS.admin);
  const planId = await plan859(api);
  const owing = await aUnitThatHasNotSent(api, admin, planId);
  const before = (await getJson(api, `/api/v1/plans/${planId}/completeness?periodId=${owing.periodId}`)).periods[0];

  const reporter = await browser.newPage();
  const coordinator = await browser.newPage();
  await signIn(reporter, owing.reporter);
  await signIn(coordinator, USERS.coordinator);

  // the unit: overdue first, start the report, fill it, save a draft, attach evidence, send
  await reporter.goto('/my-unit');
  const calendar = reporter.getByRole('table', { name: 'Các kỳ báo cáo của đơn vị' });
  const row = calendar.getByRole('row').filter({ hasText: owing.obligationTitle });
  await expect(row).toContainText('Quá hạn');
  await expect(calendar.locator('tbody tr.ant-table-row').first()).toContainText('Quá hạn');
  await row.getByRole('button', { name: 'Lập báo cáo' }).or(row.getByRole('link', { name: 'Lập báo cáo' })).click();
  await expect(reporter).toHaveURL(/\/my-unit\/submissions\/[0-9a-f-]+$/);
  const submissionId = reporter.url().split('/').pop()!;

  await reporter.getByLabel('Kết quả đạt được').fill('Đã ban hành kế hoạch của đơn vị và quán triệt đến toàn thể cán bộ.');
  await reporter.getByLabel('Số, ký hiệu văn bản').fill('12/KH-BDT');
  await reporter.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(reporter.getByText(/Đã lưu/).first()).toBeVisible();

  await reporter.locator('input[type=file]').setInputFiles({
    name: 'ke-hoach.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await expect(reporter.getByRole('table', { name: 'Tài liệu kiểm chứng' })).toContainText('ke-hoach.pdf');

  await reporter.getByRole('button', { name: 'Gửi', exact: true }).click();
  await reporter.getByRole('button', { name: 'Xác nhận gửi' }).click();
  await expect(reporter.getByText('Đã gửi').first()).toBeVisible();

  // the coordinator: the review queue has it; read it, return it with a reason
  await coordinator.goto('/reviews');
  const queue = coordinator.getByRole('table', { name: 'Hồ sơ chờ duyệt' });
  const queued = queue.getByRole('row').filter({ hasText: owing.unitName });
  await expect(queued).toBeVisible();
  await queued.getByRole('link', { name: 'Xem' }).click();
  await expect(coordinator).toHaveURL(new RegExp(`/submissions/${submissionId}$`));
  await expect(coordinator.getByText('Đã ban hành kế hoạch của đơn vị')).toBeVisible();
  await expect(coordinator.getByRole('table', { name: 'Tài liệu kiểm chứng' })).toContainText('ke-hoach.pdf');

  await coordinator.getByRole('button', { name: 'Trả lại' }).click();
  const returning = coordinator.getByRole('dialog');
  await returning.getByRole('button', { name: 'Trả lại' }).click();
  await expect(returning.getByText(/Hãy nhập|lý do/i).first()).toBeVisible(); // a reason is required
  await returning.getByLabel('Lý do trả lại').fill('Kế hoạch chưa nêu thời gian hoàn thành từng nhiệm vụ.');
  await returning.getByRole('button', { name: 'Trả lại' }).click();
  await expect(coordinator.getByText('Bị trả lại').first()).toBeVisible();

  // the unit: the calendar says returned, the reason is on the form; correct and resend
  await reporter.goto('/my-unit');
  const returnedRow = calendar.getByRole('row').filter({ hasText: owing.obligationTitle });
  await expect(returnedRow).toContainText('Bị trả lại');
  await returnedRow.getByRole('link', { name: 'Sửa và gửi lại' }).or(returnedRow.getByRole('button', { name: 'Sửa và gửi lại' })).click();
  await expect(reporter.getByText('Kế hoạch chưa nêu thời gian hoàn thành từng nhiệm vụ.').first()).toBeVisible();
  await reporter.getByLabel('Kết quả đạt được').fill('Đã ban hành kế hoạch, có thời gian hoàn thành từng nhiệm vụ.');
  await reporter.getByRole('button', { name: 'Gửi lại', exact: true }).click();
  await reporter.getByRole('button', { name: 'Xác nhận gửi' }).click();
  await expect(reporter.getByText('Đã gửi').first()).toBeVisible();

  // the coordinator accepts; the history tells the whole story
  await coordinator.reload();
  await expect(coordinator.getByText('có thời gian hoàn thành từng nhiệm vụ')).toBeVisible();
  await coordinator.getByRole('button', { name: 'Chấp nhận' }).click();
  await coordinator.getByRole('dialog').getByRole('button', { name: 'Chấp nhận' }).click();
  await expect(coordinator.getByText('Đã chấp nhận').first()).toBeVisible();
  const history = await getJson(api, `/api/v1/submissions/${submissionId}/history`);
  expect(history.items.map((t: { toStatus: string }) => t.toStatus)).toEqual(['DRAFT', 'SUBMITTED', 'RETURNED', 'SUBMITTED', 'ACCEPTED']);
  await expect(coordinator.getByText('Kế hoạch chưa nêu thời gian hoàn thành từng nhiệm vụ.').first()).toBeVisible();

  // the figures moved with it, and the dashboard shows them
  const after = (await getJson(api, `/api/v1/plans/${planId}/completeness?periodId=${owing.periodId}`)).periods[0];
  expect(after.submitted).toBe(before.submitted + 1);
  expect(after.accepted).toBe(before.accepted + 1);
  expect(after.missing).toBe(before.missing - 1);
  expect(after.late).toBe(before.late + 1);
  await coordinator.goto(`/plans/${planId}/completeness?period=${owing.periodId}&status=LATE`);
  await expect(coordinator.getByRole('table', { name: 'Đơn vị phải nộp của kỳ báo cáo' })).toContainText(owing.unitName);
});
