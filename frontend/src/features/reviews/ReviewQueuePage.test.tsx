import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { fakeApi, page, renderPage } from '@/test/render';
import { PLAN, REF_ROUTES, submission } from '@/components/submission/fixtures';
import ReviewQueuePage from './ReviewQueuePage';
import { exportRequests, stubDownloads, xlsxAnswer } from '@/test/downloads';

// antd pages render slowly in jsdom on a shared machine
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });
// the pointer-events check reads computed styles up the tree, which is slow with antd's style sheets
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const OTHER_PLAN = { ...PLAN, id: 'p2', reference: '141-KH/BDVTU', title: 'Kế hoạch thực hiện quy chế dân chủ ở cơ sở' };

describe('the review queue', () => {
  it('lists the submissions waiting for review with unit, plan, obligation, time and timeliness', async () => {
    const server = fakeApi({
      ...REF_ROUTES,
      'GET /api/v1/plans': () => page([PLAN, OTHER_PLAN]),
      'GET /api/v1/submissions': () => page([submission({ timeliness: 'LATE' })]),
    });
    renderPage(<ReviewQueuePage />, { route: '/reviews', path: '/reviews' });

    const table = await screen.findByRole('table', { name: 'Hồ sơ chờ duyệt' });
    const row = within(table).getAllByRole('row')[1];
    expect(await within(row).findByText('Sở Nội vụ tỉnh Tây Ninh')).toBeInTheDocument();
    expect(within(row).getByText('859/KH-UBND')).toBeInTheDocument();
    expect(await within(row).findByText(/Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2024/)).toBeInTheDocument();
    expect(await within(row).findByText(/Năm 2024/)).toBeInTheDocument();
    expect(within(row).getByText(/^29\/10\/2024 \d\d:\d\d$/)).toBeInTheDocument();
    expect(within(row).getByText('Trễ hạn')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Xem' })).toHaveAttribute('href', '/submissions/s1');
    expect(screen.getByText('1 hồ sơ chờ duyệt')).toBeInTheDocument();

    const list = server.requests.find((r) => r.path === '/api/v1/submissions')!;
    expect(list.query.get('status')).toBe('SUBMITTED');
    expect(list.query.get('page')).toBe('0');
    expect(list.query.has('planId')).toBe(false);
  });

  it('filters by the plan named in the address and pages through the URL', async () => {
    const server = fakeApi({
      ...REF_ROUTES,
      'GET /api/v1/plans': () => page([PLAN, OTHER_PLAN]),
      'GET /api/v1/submissions': (request) => ({
        items: [submission({ id: `s-${request.query.get('page')}` })],
        page: Number(request.query.get('page')),
        size: 20,
        totalItems: 45,
      }),
    });
    const { router } = renderPage(<ReviewQueuePage />, { route: '/reviews?planId=p1', path: '/reviews' });

    expect(await screen.findByRole('table', { name: 'Hồ sơ chờ duyệt' })).toBeInTheDocument();
    expect(server.requests.find((r) => r.path === '/api/v1/submissions')!.query.get('planId')).toBe('p1');
    expect(await screen.findByText('859/KH-UBND – Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh')).toBeInTheDocument();

    await userEvent.click(screen.getByTitle('2'));
    await waitFor(() => expect(router.state.location.search).toContain('page=2'));
    expect(router.state.location.search).toContain('planId=p1');
    await waitFor(() =>
      expect(server.requests.some((r) => r.path === '/api/v1/submissions' && r.query.get('page') === '1' && r.query.get('planId') === 'p1')).toBe(true),
    );
    expect(await screen.findByRole('link', { name: 'Xem' })).toHaveAttribute('href', '/submissions/s-1');
  });

  it('searches by the words typed, on Enter, and keeps them in the address', async () => {
    const server = fakeApi({
      ...REF_ROUTES,
      'GET /api/v1/plans': () => page([PLAN]),
      'GET /api/v1/submissions': (request) =>
        page(request.query.get('q') ? [submission({ id: 's-found', unitName: 'Ban Dân tộc tỉnh Tây Ninh' })] : [submission()]),
    });
    const { router } = renderPage(<ReviewQueuePage />, { route: '/reviews?q=so%20noi%20vu', path: '/reviews' });
    const search = await screen.findByRole('searchbox', { name: 'Tìm hồ sơ' });
    expect(search).toHaveValue('so noi vu');
    await waitFor(() => expect(server.requests.find((r) => r.path === '/api/v1/submissions')!.query.get('q')).toBe('so noi vu'));

    await userEvent.clear(search);
    await userEvent.type(search, 'ban dan toc{enter}');
    await waitFor(() => expect(router.state.location.search).toContain('q=ban+dan+toc'));
    await waitFor(() =>
      expect(server.requests.some((r) => r.path === '/api/v1/submissions' && r.query.get('q') === 'ban dan toc' && r.query.get('status') === 'SUBMITTED')).toBe(true),
    );
    expect(await screen.findByText('Ban Dân tộc tỉnh Tây Ninh')).toBeInTheDocument();
  });

  it('says so when nothing waits for review', async () => {
    fakeApi({
      'GET /api/v1/plans': () => page([PLAN]),
      'GET /api/v1/submissions': () => page([]),
    });
    renderPage(<ReviewQueuePage />, { route: '/reviews', path: '/reviews' });
    expect(await screen.findByText('Không có hồ sơ chờ duyệt')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the server’s problem when the queue cannot be read', async () => {
    fakeApi({
      'GET /api/v1/plans': () => page([PLAN]),
      'GET /api/v1/submissions': () => ({ status: 403, body: { type: '/problems/forbidden', title: 'Không có quyền', status: 403 } }),
    });
    renderPage(<ReviewQueuePage />, { route: '/reviews', path: '/reviews' });
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này')).toBeInTheDocument();
  });

  it('exports the queue with the plan and words of the address', async () => {
    const saved = stubDownloads();
    const server = fakeApi({
      ...REF_ROUTES,
      'GET /api/v1/plans': () => page([PLAN, OTHER_PLAN]),
      'GET /api/v1/submissions': () => page([submission({})]),
      'GET /api/v1/submissions/export': xlsxAnswer('Hồ sơ chờ duyệt.xlsx'),
    });
    renderPage(<ReviewQueuePage />, { route: '/reviews?planId=p1&q=noi%20vu', path: '/reviews' });

    await userEvent.click(await screen.findByRole('button', { name: /Xuất Excel hồ sơ chờ duyệt/ }));

    await waitFor(() => expect(saved).toEqual(['Hồ sơ chờ duyệt.xlsx']));
    const [request] = exportRequests(server.requests);
    expect(request.path).toBe('/api/v1/submissions/export');
    expect(request.query.get('status')).toBe('SUBMITTED');
    expect(request.query.get('planId')).toBe('p1');
    expect(request.query.get('q')).toBe('noi vu');
  });
});
