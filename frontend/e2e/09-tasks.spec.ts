import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiAs, getJson, pageReady, screenshot, signIn, USERS } from './support';

// Issue 16: a reporter updates its tasks from its annual report form (one entry, not two), and the
// coordinator sees the tasks behind schedule first. The setup finds a unit's 6-month or annual report
// still in its hands and gives the unit a task of that plan due 30/06/2024 (long past), so the task is
// behind schedule until the unit has done it.

const ORDINAL = 'II.99';
const CONTENT = 'Tổ chức đối thoại trực tiếp giữa người đứng đầu với Nhân dân về công tác tiếp công dân';
const RESULT = 'Đã tổ chức 2 buổi đối thoại tại xã Tân Hòa và phường Hòa Thành; tiếp nhận 17 ý kiến.';

/** The page is up: a generous wait for the first paint (the demo service is cold and the machine shared), then no skeleton. */
async function ready(page: Page) {
  await expect(page.locator('h1').first()).toBeVisible({ timeout: 30_000 });
  await pageReady(page);
}

interface Report {
  id: string;
  planId: string;
  unitId: string;
  reporter: string;
}

/** A 6-month or annual report still in the unit's hands (DRAFT or RETURNED) whose unit has an enabled reporter account. */
async function anEditableReport(coordinator: APIRequestContext, admin: APIRequestContext): Promise<Report> {
  const reporters = await getJson(admin, '/api/v1/accounts?role=REPORTER&size=500');
  for (const status of ['DRAFT', 'RETURNED']) {
    const drafts = await getJson(coordinator, `/api/v1/submissions?status=${status}&size=200`);
    for (const draft of drafts.items) {
      const account = reporters.items.find((a: { unitId?: string; enabled: boolean }) => a.unitId === draft.unitId && a.enabled);
      if (!account) continue;
      const obligation = await getJson(coordinator, `/api/v1/plans/${draft.planId}/obligations/${draft.obligationId}`);
      if (!['ANNUAL_REPORT', 'SEMIANNUAL_REPORT'].includes(obligation.kind)) continue;
      const plan = await getJson(coordinator, `/api/v1/plans/${draft.planId}`);
      if (plan.status === 'CLOSED') continue;
      return { id: draft.id, planId: draft.planId, unitId: draft.unitId, reporter: account.username };
    }
  }
  throw new Error('the demo data has no 6-month or annual report in DRAFT or RETURNED with a reporter');
}

test('a reporter updates a task from its report and the coordinator sees the tasks behind schedule first', async ({ browser }) => {
  test.setTimeout(240_000);
  const coordinator = await apiAs(USERS.coordinator);
  const admin = await apiAs(USERS.admin);
  const report = await anEditableReport(coordinator, admin);
  const { unitId, planId, reporter } = report;
  const reporterApi = await apiAs(reporter);

  // a task of the plan led by the reporter's unit, due on a day long past
  const created = await coordinator.post(`/api/v1/plans/${planId}/tasks`, {
    data: { ordinal: ORDINAL, content: CONTENT, leadUnitIds: [unitId], coordinatingUnitIds: [], timeFrame: { kind: 'BY_DATE', dueDate: '2024-06-30' } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const taskId: string = (await created.json()).id;
  const assignments = await getJson(reporterApi, `/api/v1/plans/${planId}/task-assignments?unitId=${unitId}&size=500`);
  const mine = assignments.items.find((a: { taskId: string }) => a.taskId === taskId);
  expect(mine, 'the new task is assigned to the reporter’s unit').toBeTruthy();
  const reportId = report.id;

  // the reporter: the task is a row of the report; it is updated there and saved with the report
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(page, reporter);
  await page.goto(`/my-unit/submissions/${reportId}`);
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Kết quả thực hiện nhiệm vụ' })).toBeVisible();
  const row = page.getByRole('group', { name: new RegExp(`Nhiệm vụ ${ORDINAL.replace('.', '\\.')}`) });
  await expect(row).toContainText('Chưa bắt đầu');
  await expect(row).toContainText('Hạn: 30/06/2024');
  await row.getByLabel('Tình trạng thực hiện').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('Đang thực hiện', { exact: true }).click();
  await row.getByLabel('Kết quả thực hiện').fill(RESULT);
  await row.scrollIntoViewIfNeeded();
  await screenshot(page, 'tasks-report-row');

  const putsToTasks: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT' && request.url().includes('/api/v1/task-assignments/')) putsToTasks.push(request.url());
  });
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bản nháp')).toBeVisible();
  expect(putsToTasks).toEqual([expect.stringContaining(`/api/v1/task-assignments/${mine.id}`)]);
  await expect(row).toContainText('Đang thực hiện');

  // the assignment's own page shows the new status and the update in its history
  await row.getByRole('link', { name: 'Xem lịch sử' }).click();
  await expect(page).toHaveURL(new RegExp(`/task-assignments/${mine.id}$`));
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: `Nhiệm vụ ${ORDINAL}` })).toBeVisible();
  await expect(page.locator('main header')).toContainText('Đang thực hiện');
  const step = page.getByTestId('history-step').last();
  await expect(step).toContainText('Chưa bắt đầu');
  await expect(step).toContainText('Đang thực hiện');
  await expect(step).toContainText(`Người cập nhật: ${reporter}`);
  await expect(step).toContainText(RESULT);
  await expect(page.getByLabel('Kết quả thực hiện')).toHaveValue(RESULT);
  await screenshot(page, 'tasks-assignment-page');

  // the unit's page lists the task among those assigned, behind schedule
  await page.goto('/my-unit');
  await ready(page);
  const assigned = page.getByRole('table', { name: 'Nhiệm vụ được giao cho đơn vị' });
  await expect(assigned.getByRole('link', { name: `Nhiệm vụ ${ORDINAL}` })).toBeVisible();
  await assigned.scrollIntoViewIfNeeded();
  await screenshot(page, 'tasks-my-unit');
  await page.close();

  // the coordinator: the plan's progress, the tasks behind schedule first
  const office = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await signIn(office, USERS.coordinator);
  await office.goto(`/plans/${planId}?tab=progress`);
  await ready(office);
  const cards = office.getByTestId('progress-task');
  await expect(cards.first()).toBeVisible();
  const behind = await cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-behind')));
  expect(behind[0]).toBe('true');
  // every task behind schedule comes before every other
  expect(behind.indexOf('false') === -1 || behind.lastIndexOf('true') < behind.indexOf('false')).toBe(true);
  const ours = cards.filter({ hasText: `${ORDINAL}. ${CONTENT}` });
  await expect(ours).toHaveAttribute('data-behind', 'true');
  await expect(ours.getByTestId('behind')).toHaveText('Chậm tiến độ');
  await expect(ours).toContainText('30/06/2024');
  await expect(ours).toContainText('0/1 đơn vị được chấp nhận hoàn thành');
  // the task opens onto its unit, read from the server, with the status the reporter recorded
  await ours.getByRole('button', { name: `Xem 1 đơn vị được giao nhiệm vụ ${ORDINAL}` }).click();
  const units = office.getByRole('table', { name: `Các đơn vị được giao nhiệm vụ ${ORDINAL}` });
  await expect(units).toContainText('Đang thực hiện');
  await expect(units).toContainText('Chờ xem xét');
  await expect(units.getByRole('link', { name: /^Xem chi tiết tiến độ của / })).toHaveAttribute('href', `/task-assignments/${mine.id}`);
  await pageReady(office);
  await screenshot(office, 'tasks-plan-progress');

  // filtered to the reporter's unit, from the address as a link would give it
  await office.goto(`/plans/${planId}?tab=progress&unit=${unitId}`);
  await ready(office);
  await expect(office.getByTestId('progress-task').first()).toHaveAttribute('data-behind', 'true');
  await expect(office.getByTestId('progress-task').filter({ hasText: `${ORDINAL}. ` })).toHaveCount(1);
  await screenshot(office, 'tasks-plan-progress-unit');

  // the unit's page among the org units lists its tasks across plans, this one with its status and review
  await office.goto(`/org-units?unit=${unitId}`);
  await ready(office);
  const unitTasks = office.getByRole('table', { name: /^Nhiệm vụ được giao cho .* theo các kế hoạch$/ });
  await expect(unitTasks).toBeVisible({ timeout: 30_000 });
  await pageReady(office);
  const taskRow = unitTasks.getByRole('row').filter({ has: office.getByRole('link', { name: `Nhiệm vụ ${ORDINAL}` }) });
  await expect(taskRow).toContainText('Đang thực hiện');
  await expect(taskRow).toContainText('Chờ xem xét');
  await expect(taskRow).toContainText('Chậm tiến độ');
  await taskRow.scrollIntoViewIfNeeded();
  await screenshot(office, 'tasks-org-unit');
  await office.close();
});
