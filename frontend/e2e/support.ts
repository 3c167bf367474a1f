import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
// evaluated through the DevTools protocol: the page's Content-Security-Policy stays as in production
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const SCREENSHOTS = 'target/screenshots';

/** The demo accounts (README): every one has the password `danvan`. */
export const USERS = {
  admin: 'admin',
  coordinator: 'sonoivu',
  leader: 'lanhdao',
  reporter: 'tn.snv',
} as const;
export const PASSWORD = 'danvan';

/** Signs in through the form, as a person does. */
export async function signInWithForm(page: Page, username: string, password = PASSWORD) {
  await page.goto('/signin');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Signs in by posting the form from the page's own cookie jar: quicker, for the journeys after the first. */
export async function signIn(page: Page, username: string, password = PASSWORD) {
  const answer = await page.request.post('/j_security_check', { form: { j_username: username, j_password: password } });
  expect(answer.status(), `signing in as ${username}`).toBe(200);
}

/** The page's main heading once the page has its data (no skeleton left). */
export async function pageReady(page: Page) {
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('.ant-skeleton')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0, { timeout: 15_000 });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core over the whole page; answers the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is the script just added to the page
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`)
    .join('\n');
}

/** A full-page screenshot under target/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** The API as `username` (HTTP Basic, on in the demo profile): for finding the data a journey needs. */
export async function apiAs(username: string, password = PASSWORD): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL: process.env.DANVAN_BASE_URL ?? 'http://localhost:8080',
    extraHTTPHeaders: { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` },
  });
}

export async function getJson<T = any>(api: APIRequestContext, url: string): Promise<T> {
  const answer = await api.get(url);
  expect(answer.ok(), `GET ${url}: ${answer.status()}`).toBeTruthy();
  return (await answer.json()) as T;
}

/** The id of the demo plan 859/KH-UBND (Tây Ninh, 2024). */
export async function plan859(api: APIRequestContext): Promise<string> {
  const plans = await getJson(api, '/api/v1/plans?q=859&size=5');
  return plans.items.find((p: { reference?: string }) => p.reference === '859/KH-UBND').id;
}
