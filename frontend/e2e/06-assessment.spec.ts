import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiAs, getJson, plan859, signIn, USERS } from './support';

// Issue 7's journey: a unit scores itself on the rubric's tree and submits; the coordinator appraises
// it side by side with the self scores, completes the appraisal and records the rating decision; the
// plan's RATING target ("trên 90% ... xếp loại Tốt") counts the new rating at once.

const POPULATION_KINDS = ['DEPARTMENT', 'DISTRICT', 'PUBLIC_SERVICE_UNIT', 'CENTRAL_AGENCY', 'COMMUNE'];
const END_OF_YEAR = '2024-12-31';

interface Candidate {
  assessmentId: string;
  unitKind: string;
  unitId: string;
  unitName: string;
  reporter: string;
}

/** A 2024 draft of a unit in the RATING target's population (valid on 31 December) with a reporter. */
async function aDraftOfTheYear(api: APIRequestContext, admin: APIRequestContext): Promise<Candidate> {
  const drafts = await getJson(api, '/api/v1/assessments?year=2024&status=DRAFT&size=100');
  const reporters = await getJson(admin, '/api/v1/accounts?role=REPORTER&size=500');
  for (const draft of drafts.items) {
    if (!POPULATION_KINDS.includes(draft.unitKind)) continue;
    const unit = await getJson(api, `/api/v1/org-units/${draft.unitId}`);
    if ((unit.validFrom && unit.validFrom > END_OF_YEAR) || (unit.validTo && unit.validTo < END_OF_YEAR)) continue;
    const account = reporters.items.find((a: { unitId?: string; enabled: boolean }) => a.unitId === draft.unitId && a.enabled);
    if (account) return { assessmentId: draft.id, unitKind: draft.unitKind, unitId: draft.unitId, unitName: draft.unitName, reporter: account.username };
  }
  throw new Error('the demo data has no 2024 draft assessment of a unit in the population with a reporter');
}

async function ratingTarget(api: APIRequestContext, planId: string) {
  const report = await getJson(api, `/api/v1/plans/${planId}/attainment?year=2024`);
  const target = report.targets.find((t: { measure: string }) => t.measure === 'RATING');
  expect(target, 'the plan has a RATING target').toBeTruthy();
  return target as {
    targetId: string; numerator: number; denominator: number; valuePercent: number;
    coverage: { populationUnits: number; unitsWithData: number; unitsWithoutData: number };
  };
}

test('a unit self-scores and submits, the coordinator appraises and rates it, the RATING target moves', async ({ browser }) => {
  test.setTimeout(420_000);
  const api = await apiAs(USERS.coordinator);
  const admin = await apiAs(USERS.admin);
  const planId = await plan859(api);
  const draft = await aDraftOfTheYear(api, admin);
  const before = await ratingTarget(api, planId);
  const rubric = await getJson(api, `/api/v1/rubrics/${(await getJson(api, `/api/v1/assessments/${draft.assessmentId}`)).rubricId}`);

  const reporter = await browser.newPage();
  const coordinator = await browser.newPage();
  await signIn(reporter, draft.reporter);
  await signIn(coordinator, USERS.coordinator);

  // the unit: from its self-assessments to the sheet of 2024
  await reporter.goto('/my-unit/assessments?year=2024');
  await reporter.getByRole('table', { name: 'Các bảng tự chấm điểm của đơn vị' }).getByRole('link').first().click();
  await expect(reporter).toHaveURL(new RegExp(`/my-unit/assessments/${draft.assessmentId}$`));
  await expect(reporter.getByRole('heading', { level: 1, name: 'Bảng tự chấm điểm năm 2024' })).toBeVisible();

  // every applicable leaf gets its maximum (read from the page), then one point less on the first
  const inputs = reporter.getByLabel(/^Điểm tự chấm tiêu chí /);
  await expect(inputs.first()).toBeVisible();
  const count = await inputs.count();
  for (let i = 0; i < count; i += 1) {
    const input = inputs.nth(i);
    const max = await input.getAttribute('aria-valuemax');
    await input.fill(String(max).replace('.', ','));
  }
  const firstMax = Number(await inputs.first().getAttribute('aria-valuemax'));
  await inputs.first().fill(String(firstMax - 1));
  await inputs.first().blur();
  const applicable = Number((await reporter.getByTestId('self-totals-total').textContent())!.split('/')[1].replace(/\./g, '').replace(',', '.'));
  await expect(reporter.getByTestId('self-totals-raw')).toHaveText(String(applicable - 1).replace('.', ','));
  await reporter.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(reporter.getByText('Đã lưu bảng tự chấm điểm')).toBeVisible();

  await reporter.getByRole('button', { name: 'Gửi bảng tự chấm điểm' }).click();
  await reporter.getByRole('dialog').getByRole('button', { name: 'Gửi bảng tự chấm điểm' }).click();
  await expect(reporter.getByText('Bảng điểm đã gửi; đơn vị chỉ sửa được khi bảng điểm bị trả lại.')).toBeVisible();
  const sent = await getJson(api, `/api/v1/assessments/${draft.assessmentId}`);
  expect(sent.status).toBe('SUBMITTED');
  expect(sent.selfScore.rawScore).toBe(applicable - 1);

  // the coordinator: the queue of submitted sheets, the appraisal side by side
  await coordinator.goto('/assessments?year=2024&status=SUBMITTED');
  const queue = coordinator.getByRole('table', { name: 'Bảng điểm của các đơn vị' });
  await queue.getByRole('row').filter({ hasText: draft.unitName }).getByRole('link', { name: 'Thẩm định' }).click();
  await expect(coordinator).toHaveURL(new RegExp(`/assessments/${draft.assessmentId}$`));
  await coordinator.getByRole('button', { name: 'Điền điểm tự chấm vào các ô còn trống' }).click();

  // a lower appraised score on the second criterion needs a reason
  const leaves = rubric.criteria.filter(
    (c: { code: string; notApplicableTo?: string[] }) => !rubric.criteria.some((other: { parentCode?: string }) => other.parentCode === c.code),
  );
  const second = coordinator.getByLabel(/^Điểm thẩm định tiêu chí /).nth(1);
  const secondCode = (await second.getAttribute('aria-label'))!.replace('Điểm thẩm định tiêu chí ', '');
  expect(leaves.some((c: { code: string }) => c.code === secondCode)).toBe(true);
  await second.fill('0');
  await coordinator.getByRole('button', { name: 'Lưu kết quả thẩm định' }).click();
  await expect(coordinator.getByText('Điểm thẩm định khác điểm tự chấm: hãy nêu lý do')).toBeVisible();
  await coordinator.getByLabel(`Lý do điều chỉnh tiêu chí ${secondCode}`).fill('Chưa có tài liệu kiểm chứng');
  await coordinator.getByRole('button', { name: 'Lưu kết quả thẩm định' }).click();
  await expect(coordinator.getByText('Đã lưu kết quả thẩm định')).toBeVisible();

  await coordinator.getByRole('button', { name: 'Hoàn thành thẩm định' }).click();
  await coordinator.getByRole('dialog').getByRole('button', { name: 'Hoàn thành thẩm định' }).click();
  await expect(coordinator.getByText('Đã hoàn thành thẩm định')).toBeVisible();
  const appraised = await getJson(api, `/api/v1/assessments/${draft.assessmentId}`);
  expect(appraised.status).toBe('APPRAISED');
  expect(appraised.scores.find((s: { code: string }) => s.code === secondCode).appraisalReason).toBe('Chưa có tài liệu kiểm chứng');
  // the appraised totals the page showed are the server's
  await expect(coordinator.getByTestId('appraised-totals-total')).toContainText(String(appraised.appraisedScore.total).replace('.', ','));

  await coordinator.getByRole('button', { name: 'Ghi quyết định xếp loại' }).click();
  const dialog = coordinator.getByRole('dialog');
  await dialog.getByLabel('Số quyết định').fill('3999/QĐ-UBND');
  await dialog.getByLabel('Ngày quyết định').fill('26/12/2024');
  await dialog.getByLabel('Ngày quyết định').press('Enter');
  await dialog.getByRole('button', { name: 'Ghi quyết định xếp loại' }).click();
  await expect(coordinator.getByTestId('rating')).toContainText('3999/QĐ-UBND');
  const rated = await getJson(api, `/api/v1/assessments/${draft.assessmentId}`);
  expect(rated.status).toBe('FINAL');
  expect(rated.rating.decisionDate).toBe('2024-12-26');

  // the RATING target counts it: one more unit rated, and one more at "Tốt" or above when it reached it
  const after = await ratingTarget(api, planId);
  const good = rubric.bands.find((b: { code: string }) => b.code === 'TOT').minPercentInclusive;
  // the demo's RATING target counts an unrated unit as not meeting it (0 of 1), so rating one moves
  // the coverage, not the denominator
  expect(after.denominator).toBe(before.denominator);
  expect(after.coverage.unitsWithData).toBe(before.coverage.unitsWithData + 1);
  expect(after.coverage.unitsWithoutData).toBe(before.coverage.unitsWithoutData - 1);
  expect(after.numerator).toBe(before.numerator + (rated.rating.percent >= good ? 1 : 0));
  const units = await getJson(api, `/api/v1/plans/${planId}/attainment/${after.targetId}/units?year=2024&size=500`);
  expect(units.items.some((row: { assessmentId?: string }) => row.assessmentId === draft.assessmentId)).toBe(true);

  // the attainment page shows the API's figures, and its drill-down opens the appraisal
  await coordinator.goto(`/plans/${planId}/attainment?year=2024&target=${after.targetId}`);
  await expect(coordinator.getByTestId('contributions-sum')).toContainText(String(after.denominator), { timeout: 30_000 });
  await coordinator.getByRole('link', { name: draft.unitName }).first().click();
  await expect(coordinator).toHaveURL(new RegExp(`/assessments/${draft.assessmentId}$`));

  // and the ratings page lists the unit at its level
  await coordinator.goto(`/ratings?year=2024&kind=${draft.unitKind}&level=${rated.rating.levelCode}&size=500`);
  await expect(coordinator.getByRole('table', { name: 'Danh sách đơn vị đã xếp loại' })).toContainText(draft.unitName, { timeout: 30_000 });
});
