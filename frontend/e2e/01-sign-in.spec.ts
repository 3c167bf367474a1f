import { expect, test } from '@playwright/test';
import { PASSWORD, signInWithForm, USERS } from './support';

test.describe('journey 1: sign in and out, a menu that fits the role', () => {
  test('a wrong password is refused with a clear message and no session', async ({ page }) => {
    await signInWithForm(page, USERS.coordinator, 'not-the-password');
    await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
    await page.goto('/plans');
    await expect(page).toHaveURL(/\/signin$/);
  });

  test('a coordinator lands on the plans, sees the coordinators menu, and signs out', async ({ page }) => {
    await signInWithForm(page, USERS.coordinator);
    await expect(page).toHaveURL(/\/plans$/);
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await expect(menu.getByRole('link', { name: 'Kế hoạch' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Hàng chờ duyệt' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Tài khoản' })).toHaveCount(0);
    await expect(page.getByTestId('account-unit')).toContainText('Sở Nội vụ');

    await page.getByRole('button', { name: /Đăng nhập với tên/ }).click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/signin$/);
    await page.goto('/plans');
    await expect(page).toHaveURL(/\/signin$/);
  });

  test('a reporter lands on its unit, with only its own menu and its unit shown', async ({ page }) => {
    await signInWithForm(page, USERS.reporter, PASSWORD);
    await expect(page).toHaveURL(/\/my-unit$/);
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await expect(menu.getByRole('link')).toHaveText(['Đơn vị của tôi', 'Tự chấm điểm', 'Mô hình "Dân vận khéo"']);
    await expect(page.getByTestId('account-unit')).toContainText('Sở Nội vụ');
    await page.goto('/plans');
    await expect(page.getByText('Bạn không có quyền xem trang này')).toBeVisible();
  });

  test('a leader lands on the overview; an admin on the org units with the admin menu', async ({ page, browser }) => {
    await signInWithForm(page, USERS.leader);
    await expect(page).toHaveURL(/\/overview$/);
    await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link')).toHaveText([
      'Tổng quan',
      'Kế hoạch',
      'Kết quả xếp loại',
      'Mô hình "Dân vận khéo"',
    ]);

    // another browser: the leader's page, still loading its figures, must not hand its session over
    const adminContext = await browser.newContext();
    page = await adminContext.newPage();
    await signInWithForm(page, USERS.admin);
    await expect(page).toHaveURL(/\/org-units$/);
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await expect(menu.getByRole('link', { name: 'Tài khoản' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Khóa API' })).toBeVisible();
  });

  test('a deep link asked for before signing in opens after signing in', async ({ page }) => {
    await page.goto('/plans?q=dan+van');
    await expect(page).toHaveURL(/\/signin$/);
    await page.getByLabel('Tên đăng nhập').fill(USERS.coordinator);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(/\/plans\?q=dan\+van$/);
  });

  test('the interface switches to English and back, server messages included, and remembers it', async ({ page }) => {
    await page.goto('/signin');
    await page.getByText('EN', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Username').fill(USERS.coordinator);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Review queue' })).toBeVisible();

    await page.getByText('VI', { exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  });
});
