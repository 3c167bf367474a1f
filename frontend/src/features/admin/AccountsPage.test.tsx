import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { ADMIN, fakeApi, renderPage, type FakeRequest } from '@/test/render';
import AccountsPage from './AccountsPage';
import type { Account, OrgUnit } from './keys';
import { button, choose, fill, findButton, findDialog, search } from './testing';

afterEach(() => vi.unstubAllGlobals());
configure({ asyncUtilTimeout: 5000 });

const SNV: OrgUnit = { id: 'u-snv', code: 'TN.SNV', name: 'Sở Nội vụ', kind: 'DEPARTMENT', parentId: null, validFrom: null, validTo: null, successorId: null, headcounts: [], version: 0 };

const ACCOUNTS: Account[] = [
  { id: 'a1', username: 'sonoivu', displayName: 'Phòng Xây dựng chính quyền', role: 'COORDINATOR', unitId: 'u-snv', reachUnitId: null, reach: { allUnits: false, unitId: 'u-tn', unitName: 'UBND tỉnh Tây Ninh' }, enabled: true, lockedUntil: null, version: 0 },
  {
    id: 'a2',
    username: 'tn.snv',
    displayName: 'Văn thư Sở Nội vụ',
    role: 'REPORTER',
    unitId: 'u-snv',
    reachUnitId: null,
    reach: { allUnits: false, unitId: 'u-snv', unitName: 'Sở Nội vụ' },
    enabled: false,
    lockedUntil: dayjs().add(1, 'day').toISOString(),
    version: 3,
  },
];

function routes(extra: Record<string, (request: FakeRequest) => unknown> = {}) {
  return fakeApi({
    'GET /api/v1/accounts': (request) => ({ items: ACCOUNTS, page: Number(request.query.get('page') ?? 0), size: 20, totalItems: 45 }),
    'GET /api/v1/org-units/:id': () => SNV,
    // the picker offers what the server found for the typed text
    'GET /api/v1/org-units': (request) => {
      const items = request.query.get('q') === 'noi vu' ? [SNV] : [];
      return { items, page: 0, size: 50, totalItems: items.length };
    },
    ...extra,
  });
}

function listRequests(requests: FakeRequest[]) {
  return requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/accounts' && r.query.get('size') !== '50');
}

describe('AccountsPage', { timeout: 30_000 }, () => {
  it('lists the accounts with their role, unit and state', async () => {
    const server = routes();
    renderPage(<AccountsPage />, { route: '/accounts', path: '/accounts', me: ADMIN });
    expect(await screen.findByText('sonoivu')).toBeInTheDocument();
    expect(screen.getByLabelText('Danh sách tài khoản')).toBeInTheDocument();
    expect(screen.getByText(/Cán bộ điều phối/)).toBeInTheDocument();
    expect(screen.getByText(/Cán bộ báo cáo/)).toBeInTheDocument();
    expect(await screen.findAllByText('Sở Nội vụ')).toHaveLength(2);
    expect(screen.getByText('Đang hoạt động')).toBeInTheDocument();
    expect(screen.getByText('Đã vô hiệu hóa')).toBeInTheDocument();
    expect(screen.getByText(/^Tạm khóa đến \d\d\/\d\d\/\d{4} \d\d:\d\d$/)).toBeInTheDocument();
    expect(screen.getByText('Tổng 45 mục')).toBeInTheDocument();
    const [request] = listRequests(server.requests);
    expect(request.query.get('page')).toBe('0');
    expect(request.query.get('size')).toBe('20');
    expect(request.query.has('role')).toBe(false);
  });

  it('sends the role, the search and the page from the URL to the request, and back', async () => {
    const server = routes();
    const { router } = renderPage(<AccountsPage />, { route: '/accounts?role=REPORTER&page=2', path: '/accounts', me: ADMIN });
    await screen.findByText('sonoivu');
    const first = listRequests(server.requests)[0];
    expect(first.query.get('role')).toBe('REPORTER');
    expect(first.query.get('page')).toBe('1');

    fill(screen.getByLabelText('Tìm theo tên đăng nhập hoặc tên hiển thị'), 'noi vu');
    fireEvent.click(screen.getByLabelText('Tìm kiếm'));
    await waitFor(() => {
      const params = new URLSearchParams(router.state.location.search);
      expect(params.get('q')).toBe('noi vu');
      expect(params.has('page')).toBe(false);
    });
    await waitFor(() => expect(listRequests(server.requests).some((r) => r.query.get('q') === 'noi vu' && r.query.get('page') === '0')).toBe(true));

    await choose('Vai trò', 'Lãnh đạo');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('role')).toBe('LEADER'));
    await waitFor(() => expect(listRequests(server.requests).at(-1)!.query.get('role')).toBe('LEADER'));
  });

  it('creates an account, asking a unit of a reporter', async () => {
    const server = routes({
      'POST /api/v1/accounts': (request) => ({ status: 201, body: { ...(request.body as object), id: 'a9', version: 0, lockedUntil: null } }),
    });
    renderPage(<AccountsPage />, { route: '/accounts', path: '/accounts', me: ADMIN });
    fireEvent.click(await findButton('Thêm tài khoản'));
    const dialog = await findDialog('Tên đăng nhập');

    fill(within(dialog).getByLabelText('Tên đăng nhập'), 'xa.hungdien');
    fill(within(dialog).getByLabelText('Mật khẩu'), 'Mat-khau-2026');
    fill(within(dialog).getByLabelText('Tên hiển thị'), 'Văn phòng UBND xã Hưng Điền');
    await choose('Vai trò', 'Cán bộ báo cáo', dialog);
    fireEvent.click(button('Lưu', dialog));
    expect(await within(dialog).findByText('Cán bộ báo cáo phải thuộc một đơn vị')).toBeInTheDocument();
    expect(server.requests.some((r) => r.method === 'POST')).toBe(false);

    await search('Đơn vị', 'noi vu', 'Sở Nội vụ (TN.SNV)', dialog);
    fireEvent.click(button('Lưu', dialog));
    await waitFor(() => expect(server.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(server.requests.find((r) => r.method === 'POST')!.body).toEqual({
      username: 'xa.hungdien',
      password: 'Mat-khau-2026',
      displayName: 'Văn phòng UBND xã Hưng Điền',
      role: 'REPORTER',
      unitId: 'u-snv',
      reachUnitId: null,
      enabled: true,
    });
    expect(server.requests.some((r) => r.path === '/api/v1/org-units' && r.query.get('q') === 'noi vu')).toBe(true);
    expect(await screen.findByText('Đã thêm tài khoản xa.hungdien')).toBeInTheDocument();
  });

  it("puts the server's violation on its field", async () => {
    routes({
      'POST /api/v1/accounts': () => ({
        status: 400,
        body: {
          type: '/problems/validation',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          violations: [{ field: 'username', message: 'đã có tài khoản với tên đăng nhập này' }],
        },
      }),
    });
    renderPage(<AccountsPage />, { route: '/accounts', path: '/accounts', me: ADMIN });
    fireEvent.click(await findButton('Thêm tài khoản'));
    const dialog = await findDialog('Tên đăng nhập');
    fill(within(dialog).getByLabelText('Tên đăng nhập'), 'sonoivu');
    fill(within(dialog).getByLabelText('Mật khẩu'), 'Mat-khau-2026');
    fill(within(dialog).getByLabelText('Tên hiển thị'), 'Trùng tên');
    await choose('Vai trò', 'Lãnh đạo', dialog);
    fireEvent.click(button('Lưu', dialog));
    const message = await within(dialog).findByText('đã có tài khoản với tên đăng nhập này');
    expect(message.closest('.ant-form-item')).toHaveTextContent('Tên đăng nhập');
  });

  it('edits an account with If-Match', async () => {
    const server = routes({
      'PUT /api/v1/accounts/:id': (request) => ({ ...ACCOUNTS[1], ...(request.body as object), version: 4 }),
    });
    renderPage(<AccountsPage />, { route: '/accounts', path: '/accounts', me: ADMIN });
    fireEvent.click(await screen.findByLabelText('Sửa tài khoản tn.snv'));
    const dialog = await findDialog('Tên hiển thị');
    const name = within(dialog).getByLabelText('Tên hiển thị');
    expect(name).toHaveValue('Văn thư Sở Nội vụ');
    fill(name, 'Văn thư Sở Nội vụ tỉnh Tây Ninh');
    fireEvent.click(within(dialog).getByLabelText('Cho phép đăng nhập'));
    fireEvent.click(button('Lưu', dialog));

    await waitFor(() => expect(server.requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe('/api/v1/accounts/a2');
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toEqual({ displayName: 'Văn thư Sở Nội vụ tỉnh Tây Ninh', role: 'REPORTER', unitId: 'u-snv', reachUnitId: null, enabled: true });
  });

  it("shows each account's reach and names a coordinator's reach unit", async () => {
    const server = routes({
      'PUT /api/v1/accounts/:id': (request) => ({ ...ACCOUNTS[0], ...(request.body as object), version: 1 }),
    });
    renderPage(<AccountsPage />, { route: '/accounts', path: '/accounts', me: ADMIN });
    expect(await screen.findByText(/UBND tỉnh Tây Ninh/)).toBeInTheDocument();
    fireEvent.click(await screen.findByLabelText('Sửa tài khoản sonoivu'));
    const dialog = await findDialog('Phạm vi theo dõi');
    await search('Phạm vi theo dõi', 'noi vu', 'Sở Nội vụ (TN.SNV)', dialog);
    fireEvent.click(button('Lưu', dialog));

    await waitFor(() => expect(server.requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(server.requests.find((r) => r.method === 'PUT')!.body).toEqual({
      displayName: 'Phòng Xây dựng chính quyền',
      role: 'COORDINATOR',
      unitId: 'u-snv',
      reachUnitId: 'u-snv',
      enabled: true,
    });
  });

  it('asks no reach unit of a reporter', async () => {
    routes();
    renderPage(<AccountsPage />, { route: '/accounts', path: '/accounts', me: ADMIN });
    fireEvent.click(await screen.findByLabelText('Sửa tài khoản tn.snv'));
    const dialog = await findDialog('Tên hiển thị');
    expect(within(dialog).queryByText('Phạm vi theo dõi')).not.toBeInTheDocument();
  });

  it('resets a password once typed twice alike', async () => {
    const server = routes({ 'PUT /api/v1/accounts/:id/password': () => ({ status: 204 }) });
    renderPage(<AccountsPage />, { route: '/accounts', path: '/accounts', me: ADMIN });
    fireEvent.click(await screen.findByLabelText('Đặt lại mật khẩu cho sonoivu'));
    const dialog = await findDialog('Mật khẩu mới');
    fill(within(dialog).getByLabelText('Mật khẩu mới'), 'Mat-khau-moi-2026');
    fill(within(dialog).getByLabelText('Nhập lại mật khẩu mới'), 'Mat-khau-khac');
    fireEvent.click(button('Đặt lại mật khẩu', dialog));
    expect(await within(dialog).findByText('Mật khẩu nhập lại không khớp')).toBeInTheDocument();
    expect(server.requests.some((r) => r.method === 'PUT')).toBe(false);

    fill(within(dialog).getByLabelText('Nhập lại mật khẩu mới'), 'Mat-khau-moi-2026');
    fireEvent.click(button('Đặt lại mật khẩu', dialog));
    await waitFor(() => expect(server.requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe('/api/v1/accounts/a1/password');
    expect(put.body).toEqual({ password: 'Mat-khau-moi-2026' });
    expect(await screen.findByText('Đã đặt lại mật khẩu cho sonoivu')).toBeInTheDocument();
  });

  it('shows the error of a failed list', async () => {
    fakeApi({ 'GET /api/v1/accounts': () => ({ status: 500, body: { type: '/problems/internal', title: 'Lỗi máy chủ', status: 500, detail: 'Cơ sở dữ liệu không phản hồi' } }) });
    renderPage(<AccountsPage />, { route: '/accounts', path: '/accounts', me: ADMIN });
    expect(await screen.findByText('Lỗi máy chủ. Cơ sở dữ liệu không phản hồi')).toBeInTheDocument();
  });
});
