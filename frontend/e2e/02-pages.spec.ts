import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiAs, describeViolations, getJson, pageReady, screenshot, seriousViolations, signIn, USERS } from './support';

// Every main page: opened as its user on a 1366x768 screen and a 390-wide phone, scanned by axe-core
// (no serious or critical violation), photographed into target/screenshots/<page>-desktop|phone.png.

async function json(request: APIRequestContext, url: string) {
  const answer = await request.get(url);
  expect(answer.ok(), url).toBeTruthy();
  return answer.json();
}

async function plan859(request: APIRequestContext): Promise<string> {
  const plans = await json(request, '/api/v1/plans?q=859&size=5');
  return plans.items.find((p: { reference?: string }) => p.reference === '859/KH-UBND').id;
}

let returned: { reporter: string; submissionId: string } | undefined;

/** A RETURNED submission of the demo data and the reporter of its unit. */
async function returnedReport() {
  if (!returned) {
    const coordinator = await apiAs(USERS.coordinator);
    const admin = await apiAs(USERS.admin);
    const page = await getJson(coordinator, '/api/v1/submissions?status=RETURNED&size=50');
    const reporters = await getJson(admin, '/api/v1/accounts?role=REPORTER&size=500');
    for (const submission of page.items) {
      const account = reporters.items.find((a: { unitId?: string }) => a.unitId === submission.unitId);
      if (account) {
        returned = { reporter: account.username, submissionId: submission.id };
        break;
      }
    }
  }
  if (!returned) throw new Error('the demo data has no returned submission with a reporter');
  return returned;
}

interface MainPage {
  name: string;
  user: string | (() => Promise<string>);
  path: (request: APIRequestContext) => Promise<string>;
}

const PAGES: MainPage[] = [
  { name: 'overview', user: USERS.leader, path: async () => '/overview' },
  { name: 'plans', user: USERS.coordinator, path: async () => '/plans' },
  { name: 'plan', user: USERS.coordinator, path: async (r) => `/plans/${await plan859(r)}` },
  { name: 'plan-targets', user: USERS.coordinator, path: async (r) => `/plans/${await plan859(r)}?tab=targets` },
  { name: 'plan-obligations', user: USERS.coordinator, path: async (r) => `/plans/${await plan859(r)}?tab=obligations` },
  // the import's first step (a document to choose); its draft is scanned and photographed in 07-import.spec.ts
  { name: 'plan-import', user: USERS.coordinator, path: async () => '/plans/import' },
  { name: 'completeness', user: USERS.coordinator, path: async (r) => `/plans/${await plan859(r)}/completeness` },
  { name: 'attainment', user: USERS.coordinator, path: async (r) => `/plans/${await plan859(r)}/attainment` },
  { name: 'review-queue', user: USERS.coordinator, path: async () => '/reviews' },
  {
    name: 'review',
    user: USERS.coordinator,
    path: async (r) => {
      const queue = await json(r, '/api/v1/submissions?status=SUBMITTED&size=1');
      return `/submissions/${queue.items[0].id}`;
    },
  },
  { name: 'my-unit', user: USERS.reporter, path: async () => '/my-unit' },
  {
    // a report sent back with a reason, as its unit's reporter sees it: the form at its fullest
    name: 'submission-edit',
    user: async () => (await returnedReport()).reporter,
    path: async () => `/my-unit/submissions/${(await returnedReport()).submissionId}`,
  },
  { name: 'my-assessments', user: USERS.reporter, path: async () => '/my-unit/assessments' },
  {
    // the reporter's own sheet of 2024, rated: the tree, the totals and the rating decision
    name: 'self-assessment',
    user: USERS.reporter,
    path: async () => {
      const reporter = await apiAs(USERS.reporter);
      const mine = await getJson(reporter, '/api/v1/assessments?year=2024&size=1');
      return `/my-unit/assessments/${mine.items[0].id}`;
    },
  },
  { name: 'assessments', user: USERS.coordinator, path: async () => '/assessments?year=2024' },
  {
    name: 'appraisal',
    user: USERS.coordinator,
    path: async (r) => {
      const submitted = await json(r, '/api/v1/assessments?status=SUBMITTED&size=1');
      return `/assessments/${submitted.items[0].id}`;
    },
  },
  { name: 'ratings', user: USERS.leader, path: async () => '/ratings?year=2024' },
  { name: 'models', user: USERS.coordinator, path: async () => '/models' },
  { name: 'org-units', user: USERS.admin, path: async () => '/org-units' },
  { name: 'accounts', user: USERS.admin, path: async () => '/accounts' },
  { name: 'api-tokens', user: USERS.admin, path: async () => '/api-tokens' },
];

async function scan(page: Page, name: string) {
  await pageReady(page);
  const violations = await seriousViolations(page);
  expect(violations, `${name}\n${describeViolations(violations)}`).toEqual([]);
}

test('the sign-in page is accessible and photographed', async ({ page }) => {
  await page.goto('/signin');
  await scan(page, 'signin');
  await screenshot(page, 'signin-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'signin-phone');
});

for (const main of PAGES) {
  test(`${main.name}: accessible, in Vietnamese, on a desktop and a phone`, async ({ page }) => {
    await signIn(page, typeof main.user === 'string' ? main.user : await main.user());
    const path = await main.path(page.request);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await scan(page, `${main.name} (desktop)`);
    await screenshot(page, `${main.name}-desktop`);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await scan(page, `${main.name} (phone)`);
    await screenshot(page, `${main.name}-phone`);
  });
}
