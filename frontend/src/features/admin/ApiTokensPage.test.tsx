import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { ADMIN, fakeApi, renderPage, type FakeRequest } from '@/test/render';
import ApiTokensPage from './ApiTokensPage';
import type { Account, ApiToken } from './keys';
import { button, fill, findButton, findDialog, search } from './testing';

afterEach(() => vi.unstubAllGlobals());
configure({ asyncUtilTimeout: 5000 });

const VBDH: Account = { id: 'acc-vb', username: 'vbdh', displayName: 'Hệ thống quản lý văn bản', role: 'COORDINATOR', unitId: null, reachUnitId: null, reach: { allUnits: true }, enabled: true, lockedUntil: null, version: 0 };

const TOKENS: ApiToken[] = [
  { id: 't1', accountId: 'acc-vb', name: 'Đồng bộ văn bản', prefix: 'dvt_Xk2P', createdAt: '2026-01-05T02:00:00Z', expiresAt: dayjs().add(1, 'year').toISOString(), revokedAt: null },
  { id: 't2', accountId: 'acc-vb', name: 'Khóa cũ', prefix: 'dvt_Ab12', createdAt: '2025-01-05T02:00:00Z', expiresAt: '2026-01-05T02:00:00Z', revokedAt: '2025-06-01T03:00:00Z' },
  { id: 't3', accountId: 'acc-vb', name: 'Khóa hết hạn', prefix: 'dvt_Cd34', createdAt: '2024-01-05T02:00:00Z', expiresAt: '2025-01-05T02:00:00Z', revokedAt: null },
];

function routes(extra: Record<string, (request: FakeRequest) => unknown> = {}, tokens: ApiToken[] = TOKENS) {
  return fakeApi({
    'GET /api/v1/api-tokens': () => ({ items: tokens, page: 0, size: 20, totalItems: tokens.length }),
    'GET /api/v1/accounts/:id': () => VBDH,
    'GET /api/v1/accounts': (request) => {
      const items = request.query.get('q') === 'van ban' ? [VBDH] : [];
      return { items, page: 0, size: 50, totalItems: items.length };
    },
    ...extra,
  });
}

const tokenLists = (requests: FakeRequest[]) => requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/api-tokens');

describe('ApiTokensPage', { timeout: 30_000 }, () => {
  it('lists the tokens with their account, prefix and state', async () => {
    const server = routes();
    renderPage(<ApiTokensPage />, { route: '/api-tokens?account=acc-vb', path: '/api-tokens', me: ADMIN });
    expect(await screen.findByText('Đồng bộ văn bản')).toBeInTheDocument();
    expect(screen.getByLabelText('Danh sách khóa API')).toBeInTheDocument();
    expect(await screen.findAllByText('vbdh')).toHaveLength(3);
    expect(screen.getByText('dvt_Xk2P…')).toBeInTheDocument();
    expect(screen.getByText('Đang dùng')).toBeInTheDocument();
    expect(screen.getByText('Đã hết hạn')).toBeInTheDocument();
    expect(screen.getByText(/^Đã thu hồi lúc 01\/06\/2025 \d\d:00$/)).toBeInTheDocument();
    // only the tokens still working can be revoked
    expect(screen.getByLabelText('Thu hồi khóa Đồng bộ văn bản')).toBeInTheDocument();
    expect(screen.queryByLabelText('Thu hồi khóa Khóa cũ')).not.toBeInTheDocument();
    const [request] = tokenLists(server.requests);
    expect(request.query.get('accountId')).toBe('acc-vb');
    expect(request.query.get('page')).toBe('0');
  });

  it('says so when there is no token', async () => {
    routes({}, []);
    renderPage(<ApiTokensPage />, { route: '/api-tokens', path: '/api-tokens', me: ADMIN });
    expect(await screen.findByText('Chưa có khóa API nào')).toBeInTheDocument();
  });

  it('creates a token and shows its secret once', async () => {
    const server = routes({
      'POST /api/v1/api-tokens': (request) => ({
        status: 201,
        body: { ...(request.body as object), id: 't9', prefix: 'dvt_Zz99', createdAt: dayjs().toISOString(), revokedAt: null, token: 'dvt_Zz99SecretValue' },
      }),
    });
    renderPage(<ApiTokensPage />, { route: '/api-tokens', path: '/api-tokens', me: ADMIN });
    fireEvent.click(await findButton('Tạo khóa API'));
    const dialog = await findDialog('Tên khóa');

    fireEvent.click(button('Tạo khóa API', dialog));
    expect(await within(dialog).findByText('Hãy chọn tài khoản')).toBeInTheDocument();

    await search('Tài khoản', 'van ban', 'vbdh – Hệ thống quản lý văn bản', dialog);
    fill(within(dialog).getByLabelText('Tên khóa'), ' Đồng bộ văn bản ');
    fireEvent.click(button('Tạo khóa API', dialog));

    await waitFor(() => expect(server.requests.some((r) => r.method === 'POST')).toBe(true));
    const body = server.requests.find((r) => r.method === 'POST')!.body as { accountId: string; name: string; expiresAt: string };
    expect(body.accountId).toBe('acc-vb');
    expect(body.name).toBe('Đồng bộ văn bản');
    expect(body.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Math.abs(dayjs(body.expiresAt).diff(dayjs().add(1, 'year'), 'minute'))).toBeLessThan(2);

    const secret = await findDialog('Khóa API mới: Đồng bộ văn bản');
    expect(within(secret).getByTestId('token-secret')).toHaveTextContent('dvt_Zz99SecretValue');
    expect(within(secret).getByText('Hãy sao chép và cất giữ khóa này ngay bây giờ.')).toBeInTheDocument();
    expect(within(secret).getByLabelText('Sao chép')).toBeInTheDocument();
    await waitFor(() => expect(tokenLists(server.requests).length).toBeGreaterThan(1));

    fireEvent.click(button('Tôi đã lưu khóa, đóng lại', secret));
    await waitFor(() => expect(screen.queryByText('dvt_Zz99SecretValue')).not.toBeInTheDocument());
  });

  it("puts the server's violation on the field", async () => {
    routes({
      'POST /api/v1/api-tokens': () => ({
        status: 400,
        body: { type: '/problems/validation', title: 'Dữ liệu không hợp lệ', status: 400, violations: [{ field: 'expiresAt', message: 'không được quá hai năm' }] },
      }),
    });
    renderPage(<ApiTokensPage />, { route: '/api-tokens?account=acc-vb', path: '/api-tokens', me: ADMIN });
    fireEvent.click(await findButton('Tạo khóa API'));
    const dialog = await findDialog('Tên khóa');
    // the account filtered on is the account of the new token
    await waitFor(() => expect(within(dialog).getByText('vbdh – Hệ thống quản lý văn bản')).toBeInTheDocument());
    fill(within(dialog).getByLabelText('Tên khóa'), 'Khóa thử');
    fireEvent.click(button('Tạo khóa API', dialog));
    const message = await within(dialog).findByText('không được quá hai năm');
    expect(message.closest('.ant-form-item')).toHaveTextContent('Hết hạn lúc');
    expect(screen.queryByText('Khóa API mới: Khóa thử')).not.toBeInTheDocument();
  });

  it('revokes a token after a confirmation', async () => {
    const server = routes({ 'DELETE /api/v1/api-tokens/:id': () => ({ status: 204 }) });
    renderPage(<ApiTokensPage />, { route: '/api-tokens', path: '/api-tokens', me: ADMIN });
    fireEvent.click(await screen.findByLabelText('Thu hồi khóa Đồng bộ văn bản'));
    const confirm = await findDialog('Thu hồi khóa “Đồng bộ văn bản”?');
    expect(server.requests.some((r) => r.method === 'DELETE')).toBe(false);
    fireEvent.click(button('Thu hồi', confirm));

    await waitFor(() => expect(server.requests.some((r) => r.method === 'DELETE')).toBe(true));
    expect(server.requests.find((r) => r.method === 'DELETE')!.path).toBe('/api/v1/api-tokens/t1');
    expect(await screen.findByText('Đã thu hồi khóa Đồng bộ văn bản')).toBeInTheDocument();
    await waitFor(() => expect(tokenLists(server.requests).length).toBeGreaterThan(1));
  });
});
