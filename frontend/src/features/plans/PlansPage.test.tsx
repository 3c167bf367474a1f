import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { fakeApi, LEADER, page, renderPage } from '@/test/render';
import PlansPage from './PlansPage';
import { DRAFT_PLAN, ISSUED_PLAN, UNITS } from './testData';
import { screenWidth } from './testScreen';

// the machine running the tests is shared: give antd's rendering time
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => screenWidth(1366));
afterEach(() => vi.unstubAllGlobals());

/** Writes a whole text into a field at once (typing key by key into antd's auto-sized fields is slow in jsdom). */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** A button by its text (quicker than a role query over a large form). */
function button(container: HTMLElement, text: string): HTMLElement {
  return within(container).getByText(text, { selector: 'button span' }).closest('button')!;
}

const unitRoute = { 'GET /api/v1/org-units/:id': (request: { path: string }) => UNITS[request.path.split('/').pop()!] };
const searchUnits = {
  'GET /api/v1/org-units': (request: { query: URLSearchParams }) =>
    page(Object.values(UNITS).filter((unit) => !request.query.get('q') || unit.name.toLowerCase().includes('tây ninh'))),
};

function listRequests(server: ReturnType<typeof fakeApi>) {
  return server.requests.filter((request) => request.path === '/api/v1/plans' && request.method === 'GET');
}

describe('the plans list', { timeout: 20_000 }, () => {
  it('shows each plan with its reference, a link on its title, the issue date, the period and the status', async () => {
    const server = fakeApi({ 'GET /api/v1/plans': () => page([ISSUED_PLAN, DRAFT_PLAN]), ...searchUnits, ...unitRoute });
    renderPage(<PlansPage />, { route: '/plans', path: '/plans' });

    const table = await screen.findByLabelText('Danh sách kế hoạch', { selector: 'table' });
    const link = within(table).getByRole('link', { name: ISSUED_PLAN.title });
    expect(link).toHaveAttribute('href', '/plans/p1');
    const issued = link.closest('tr')!;
    expect(within(issued).getByText('859/KH-UBND')).toBeInTheDocument();
    expect(within(issued).getByText('25/03/2024')).toBeInTheDocument();
    expect(within(issued).getByText('Đã ban hành')).toBeInTheDocument();
    const draft = within(table).getByRole('link', { name: DRAFT_PLAN.title }).closest('tr')!;
    expect(within(draft).getByText('Chưa có số')).toBeInTheDocument();
    expect(within(draft).getByText('2022–2026')).toBeInTheDocument();
    expect(within(draft).getByText('Dự thảo')).toBeInTheDocument();

    const query = listRequests(server)[0].query;
    expect(query.get('page')).toBe('0');
    expect(query.get('size')).toBe('20');
    expect(query.get('q')).toBeNull();
  });

  it('reads its filters and page from the address and sends them to the server', async () => {
    const server = fakeApi({ 'GET /api/v1/plans': () => ({ items: [ISSUED_PLAN], page: 1, size: 10, totalItems: 11 }), ...searchUnits, ...unitRoute });
    renderPage(<PlansPage />, { route: '/plans?q=dan%20van&year=2024&status=ISSUED&page=2&size=10', path: '/plans' });

    await screen.findByLabelText('Danh sách kế hoạch', { selector: 'table' });
    const query = listRequests(server)[0].query;
    expect(query.get('q')).toBe('dan van');
    expect(query.get('year')).toBe('2024');
    expect(query.get('status')).toBe('ISSUED');
    expect(query.get('page')).toBe('1');
    expect(query.get('size')).toBe('10');
    expect(screen.getByRole('searchbox', { name: 'Tìm kế hoạch' })).toHaveValue('dan van');
  });

  it('puts what is typed into the search box into the address and the request, and starts again from the first page', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
    const server = fakeApi({ 'GET /api/v1/plans': () => page([ISSUED_PLAN]), ...searchUnits, ...unitRoute });
    const { router } = renderPage(<PlansPage />, { route: '/plans?page=3', path: '/plans' });
    await screen.findByLabelText('Danh sách kế hoạch', { selector: 'table' });

    await user.type(screen.getByRole('searchbox', { name: 'Tìm kế hoạch' }), 'so noi vu');

    await waitFor(() => expect(router.state.location.search).toBe('?q=so+noi+vu'));
    await waitFor(() => expect(listRequests(server).at(-1)!.query.get('q')).toBe('so noi vu'));
    expect(listRequests(server).at(-1)!.query.get('page')).toBe('0');
    // one request for the settled text, not one per key
    expect(listRequests(server).filter((request) => request.query.get('q')).length).toBe(1);
  });

  it('filters by status through the address', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
    const server = fakeApi({ 'GET /api/v1/plans': () => page([DRAFT_PLAN]), ...searchUnits, ...unitRoute });
    const { router } = renderPage(<PlansPage />, { route: '/plans', path: '/plans' });
    await screen.findByLabelText('Danh sách kế hoạch', { selector: 'table' });

    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByTitle('Dự thảo'));

    await waitFor(() => expect(router.state.location.search).toBe('?status=DRAFT'));
    await waitFor(() => expect(listRequests(server).at(-1)!.query.get('status')).toBe('DRAFT'));
  });

  it('says when no plan matches, and clears the filters', async () => {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
    fakeApi({ 'GET /api/v1/plans': (request) => page(request.query.get('q') ? [] : [ISSUED_PLAN]), ...searchUnits, ...unitRoute });
    const { router } = renderPage(<PlansPage />, { route: '/plans?q=khong%20co', path: '/plans' });

    expect(await screen.findByText('Không có kế hoạch nào khớp điều kiện tìm kiếm')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('link', { name: ISSUED_PLAN.title })).toBeInTheDocument();
  });

  it('shows a failed request with a way to try again', async () => {
    fakeApi({ 'GET /api/v1/plans': () => ({ status: 500, body: { type: '/problems/internal', title: 'Lỗi máy chủ', status: 500 } }), ...searchUnits });
    renderPage(<PlansPage />, { route: '/plans', path: '/plans' });
    expect(await screen.findByText('Không tải được dữ liệu')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });

  it('puts the reference above the title on a phone', async () => {
    screenWidth(390);
    fakeApi({ 'GET /api/v1/plans': () => page([ISSUED_PLAN]), ...searchUnits, ...unitRoute });
    renderPage(<PlansPage />, { route: '/plans', path: '/plans' });
    const table = await screen.findByLabelText('Danh sách kế hoạch', { selector: 'table' });
    expect(within(table).queryByRole('columnheader', { name: 'Số ký hiệu' })).not.toBeInTheDocument();
    const cell = within(table).getByRole('link', { name: ISSUED_PLAN.title }).closest('td')!;
    expect(within(cell).getByText('859/KH-UBND')).toBeInTheDocument();
    expect(within(cell).getByText('25/03/2024 · 2024')).toBeInTheDocument();
  });

  it('offers the new-plan form to a coordinator only', async () => {
    fakeApi({ 'GET /api/v1/plans': () => page([ISSUED_PLAN]), ...searchUnits, ...unitRoute });
    renderPage(<PlansPage />, { route: '/plans', path: '/plans', me: LEADER });
    await screen.findByLabelText('Danh sách kế hoạch', { selector: 'table' });
    expect(screen.queryByRole('button', { name: /Thêm kế hoạch/ })).not.toBeInTheDocument();
  });
});

// a whole plan typed key by key: about 50 s on a loaded two-core machine
describe('the new-plan form', { timeout: 120_000 }, () => {
  async function openForm() {
    const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
    await screen.findByLabelText('Danh sách kế hoạch', { selector: 'table' });
    await user.click(screen.getByRole('button', { name: /Thêm kế hoạch/ }));
    const dialog = await screen.findByRole('dialog');
    return { user, dialog };
  }

  async function fillRequired(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
    await user.click(within(dialog).getByLabelText('Cơ quan ban hành'));
    await user.keyboard('tay ninh');
    await user.click(await screen.findByTitle('UBND tỉnh Tây Ninh'));
    await fill(user, within(dialog).getByLabelText('Trích yếu'), 'Thực hiện công tác dân vận chính quyền năm 2025');
    await fill(user, within(dialog).getByLabelText('Từ năm'), '2025');
    await fill(user, within(dialog).getByLabelText('Đến năm'), '2025');
  }

  it('sends the plan as the contract writes it and opens the new plan', async () => {
    const server = fakeApi({
      'GET /api/v1/plans': () => page([ISSUED_PLAN]),
      'POST /api/v1/plans': (request) => ({ status: 201, body: { ...DRAFT_PLAN, ...(request.body as object), id: 'p-new', status: 'DRAFT', version: 0 } }),
      ...searchUnits,
      ...unitRoute,
    });
    const { router } = renderPage(<PlansPage />, { route: '/plans', path: '/plans' });
    const { user, dialog } = await openForm();

    await fillRequired(user, dialog);
    await fill(user, within(dialog).getByLabelText('Số'), '120');
    await fill(user, within(dialog).getByLabelText('Ký hiệu'), 'KH-UBND');
    await user.type(within(dialog).getByLabelText('Ngày ban hành'), '15/01/2025{enter}');
    await user.click(button(dialog, 'Thêm căn cứ'));
    await user.click(within(dialog).getByLabelText('Loại văn bản'));
    await user.click(await screen.findByTitle('Chỉ thị'));
    await fill(user, within(dialog).getByLabelText('Số, ký hiệu'), '33/CT-TTg');
    await fill(user, within(dialog).getAllByLabelText('Cơ quan ban hành')[1], 'Thủ tướng Chính phủ');
    await user.click(button(dialog, 'Thêm mục đích, yêu cầu'));
    await fill(user, within(dialog).getByLabelText('Mục đích, yêu cầu 1'), 'Triển khai đồng bộ, hiệu quả.');
    await fill(user, within(dialog).getByLabelText('Họ và tên người ký'), 'Võ Đức Trọng');
    await user.click(button(dialog, 'Thêm nơi nhận'));
    await fill(user, within(dialog).getByLabelText('Nơi nhận 1'), 'Bộ Nội vụ');
    await user.click(button(dialog, 'Lưu'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/p-new'));
    const post = server.requests.find((request) => request.method === 'POST')!;
    expect(post.body).toEqual({
      issuerId: 'u-tn',
      title: 'Thực hiện công tác dân vận chính quyền năm 2025',
      number: 120,
      symbol: 'KH-UBND',
      issuePlace: null,
      issueDate: '2025-01-15',
      periodStart: 2025,
      periodEnd: 2025,
      implements: null,
      legalBases: [{ type: 'CHI_THI', number: '33/CT-TTg', date: null, issuingBody: 'Thủ tướng Chính phủ', title: null }],
      purposes: ['Triển khai đồng bộ, hiệu quả.'],
      signer: { name: 'Võ Đức Trọng', position: null, capacity: null },
      recipients: ['Bộ Nội vụ'],
      parentPlanId: null,
    });
  });

  it('shows the server’s violation on its field', async () => {
    fakeApi({
      'GET /api/v1/plans': () => page([ISSUED_PLAN]),
      'POST /api/v1/plans': () => ({
        status: 400,
        body: {
          type: '/problems/validation',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          detail: 'Yêu cầu có 1 trường không hợp lệ.',
          violations: [{ field: 'title', message: 'đã có kế hoạch cùng trích yếu trong năm' }],
        },
      }),
      ...searchUnits,
      ...unitRoute,
    });
    renderPage(<PlansPage />, { route: '/plans', path: '/plans' });
    const { user, dialog } = await openForm();
    await fillRequired(user, dialog);
    await user.click(button(dialog, 'Lưu'));

    const message = await within(dialog).findByText('đã có kế hoạch cùng trích yếu trong năm');
    expect(message.closest('.ant-form-item')).toContainElement(within(dialog).getByLabelText('Trích yếu'));
  });

  it('does not send a plan whose end year is before its start year', async () => {
    const server = fakeApi({ 'GET /api/v1/plans': () => page([ISSUED_PLAN]), ...searchUnits, ...unitRoute });
    renderPage(<PlansPage />, { route: '/plans', path: '/plans' });
    const { user, dialog } = await openForm();
    await fill(user, within(dialog).getByLabelText('Từ năm'), '2026');
    await fill(user, within(dialog).getByLabelText('Đến năm'), '2022');
    await user.click(button(dialog, 'Lưu'));

    expect(await within(dialog).findByText('Năm kết thúc không được trước năm bắt đầu')).toBeInTheDocument();
    expect(within(dialog).getByText('Hãy nhập trích yếu')).toBeInTheDocument();
    expect(server.requests.some((request) => request.method === 'POST')).toBe(false);
  });
});
