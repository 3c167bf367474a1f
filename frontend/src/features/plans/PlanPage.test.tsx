import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { fakeApi, type FakeRequest, LEADER, page, renderPage } from '@/test/render';
import PlanPage from './PlanPage';
import { ATTAINMENT, DRAFT_PLAN, EXTENSIONS, GROUP, ISSUED_PLAN, OBLIGATIONS, PERIODS, TARGETS, TASKS, UNITS } from './testData';
import { screenWidth } from './testScreen';

// the machine running the tests is shared: give antd's rendering time
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => screenWidth(1366));
afterEach(() => vi.unstubAllGlobals());

const PATH = '/plans/:planId';

function routes(plan = ISSUED_PLAN) {
  return {
    'GET /api/v1/plans/:planId': () => plan,
    'GET /api/v1/org-units/:unitId': (request: FakeRequest) => UNITS[request.path.split('/').pop()!],
    'GET /api/v1/org-units': () => page(Object.values(UNITS)),
    'GET /api/v1/plans/:planId/tasks': () => page(TASKS),
    'GET /api/v1/plans/:planId/targets': () => page(TARGETS),
    'GET /api/v1/plans/:planId/attainment': () => ATTAINMENT,
    'GET /api/v1/plans/:planId/obligations': () => page(OBLIGATIONS),
    'GET /api/v1/unit-groups/:groupId': () => GROUP,
    'GET /api/v1/unit-groups': () => page([GROUP]),
    'GET /api/v1/obligations/:obligationId/periods': () => page(PERIODS),
    'GET /api/v1/obligations/:obligationId/extensions': () => page(EXTENSIONS),
  };
}

const newUser = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

/** The confirm popover's own button (its text repeats the button that opened it). */
async function confirm(user: ReturnType<typeof newUser>, text: string) {
  await waitFor(() => expect(document.querySelector('.ant-popconfirm')).not.toBeNull());
  const popover = document.querySelector<HTMLElement>('.ant-popconfirm')!;
  await user.click(within(popover).getByText(text, { selector: 'button span' }).closest('button')!);
}

function requestsTo(server: ReturnType<typeof fakeApi>, method: string, path: string) {
  return server.requests.filter((request) => request.method === method && request.path === path);
}

describe('the plan page', { timeout: 60_000 }, () => {
  it('opens the tab the address names', async () => {
    const server = fakeApi(routes());
    renderPage(<PlanPage />, { route: '/plans/p1?tab=tasks', path: PATH });

    const table = await screen.findByLabelText('Danh sách nhiệm vụ của kế hoạch', { selector: 'table' });
    expect(screen.getByRole('tab', { name: 'Nhiệm vụ' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Thông tin chung' })).toHaveAttribute('aria-selected', 'false');
    const first = within(table).getByText('II.1').closest('tr')!;
    expect(within(first).getByText('Quán triệt, học tập các Chỉ thị, Nghị quyết của Đảng')).toBeInTheDocument();
    expect(await within(first).findByText('Sở Nội vụ tỉnh Tây Ninh')).toBeInTheDocument();
    expect(within(first).getByText('Sở Nội vụ và các phòng, ban')).toBeInTheDocument();
    expect(within(first).getByText('Thường xuyên')).toBeInTheDocument();
    const second = within(table).getByText('II.2').closest('tr')!;
    expect(within(second).getByText('Trước ngày 15/12/2024')).toBeInTheDocument();
    // the other tabs ask nothing until opened
    expect(requestsTo(server, 'GET', '/api/v1/plans/p1/targets')).toHaveLength(0);
  });

  it('writes the chosen tab into the address', async () => {
    const user = newUser();
    fakeApi(routes());
    const { router } = renderPage(<PlanPage />, { route: '/plans/p1', path: PATH });
    await user.click(await screen.findByRole('tab', { name: 'Chỉ tiêu' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=targets'));
    expect(await screen.findByLabelText('Chỉ tiêu của kế hoạch và kết quả thực hiện', { selector: 'table' })).toBeInTheDocument();
  });

  it('shows the plan’s legal identity, legal bases and purposes, and links to its reports', async () => {
    fakeApi(routes());
    renderPage(<PlanPage />, { route: '/plans/p1', path: PATH });

    expect(await screen.findByRole('heading', { level: 1, name: ISSUED_PLAN.title })).toBeInTheDocument();
    expect(screen.getByText('Kế hoạch số 859/KH-UBND')).toBeInTheDocument();
    expect((await screen.findAllByText('UBND tỉnh Tây Ninh')).length).toBeGreaterThan(0);
    expect(screen.getByText('25/03/2024')).toBeInTheDocument();
    expect(screen.getByText('Võ Đức Trọng, Phó Chủ tịch — KT. (ký thay người đứng đầu)')).toBeInTheDocument();
    expect(screen.getByText('Ban Dân vận Tỉnh ủy')).toBeInTheDocument();

    const bases = screen.getByLabelText('Các văn bản làm căn cứ ban hành kế hoạch', { selector: 'table' });
    const row = within(bases).getByText('23-QĐ/TW').closest('tr')!;
    expect(within(row).getByText('Quyết định')).toBeInTheDocument();
    expect(within(row).getByText('30/07/2021')).toBeInTheDocument();
    expect(within(row).getByText('Ban Chấp hành Trung ương')).toBeInTheDocument();
    expect(screen.getByText(ISSUED_PLAN.purposes[0])).toBeInTheDocument();

    expect(screen.getByRole('link', { name: /Tiến độ nộp báo cáo/ })).toHaveAttribute('href', '/plans/p1/completeness');
    expect(screen.getByRole('link', { name: /Kết quả chỉ tiêu/ })).toHaveAttribute('href', '/plans/p1/attainment');
    // an issued plan can be edited and closed, not issued again or deleted
    expect(screen.getByRole('button', { name: /Sửa kế hoạch/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Kết thúc kế hoạch/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ban hành/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Xóa dự thảo/ })).not.toBeInTheDocument();
  });

  it('lets a leader read but not change', async () => {
    fakeApi(routes(DRAFT_PLAN));
    renderPage(<PlanPage />, { route: '/plans/p2?tab=tasks', path: PATH, me: LEADER });
    await screen.findByLabelText('Danh sách nhiệm vụ của kế hoạch', { selector: 'table' });
    expect(screen.queryByRole('button', { name: /Sửa kế hoạch/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ban hành/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Thêm nhiệm vụ/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Sửa nhiệm vụ II.1', { selector: 'button' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Tiến độ nộp báo cáo/ })).toBeInTheDocument();
  });

  it('shows a plan that cannot be read', async () => {
    fakeApi({ 'GET /api/v1/plans/:planId': () => ({ status: 404, body: { type: '/problems/not-found', title: 'Không tìm thấy', status: 404 } }) });
    renderPage(<PlanPage />, { route: '/plans/nope', path: PATH });
    expect(await screen.findByText('Không tải được dữ liệu')).toBeInTheDocument();
  });
});

describe('the plan’s actions', { timeout: 60_000 }, () => {
  it('issues a draft after confirming', async () => {
    const user = newUser();
    const server = fakeApi({ ...routes(DRAFT_PLAN), 'POST /api/v1/plans/:planId/issue': () => ({ ...DRAFT_PLAN, status: 'ISSUED', version: 4 }) });
    renderPage(<PlanPage />, { route: '/plans/p2', path: PATH });
    await user.click(await screen.findByRole('button', { name: /Ban hành/ }));
    await confirm(user, 'Ban hành');

    await waitFor(() => expect(requestsTo(server, 'POST', '/api/v1/plans/p2/issue')).toHaveLength(1));
    expect(await screen.findByRole('button', { name: /Kết thúc kế hoạch/ })).toBeInTheDocument();
  });

  it('deletes a draft with its version and goes back to the list', async () => {
    const user = newUser();
    const server = fakeApi({ ...routes(DRAFT_PLAN), 'DELETE /api/v1/plans/:planId': () => ({ status: 204 }) });
    const { router } = renderPage(<PlanPage />, { route: '/plans/p2', path: PATH });
    await user.click(await screen.findByRole('button', { name: /Xóa dự thảo/ }));
    await confirm(user, 'Xóa');

    await waitFor(() => expect(router.state.location.pathname).toBe('/plans'));
    expect(requestsTo(server, 'DELETE', '/api/v1/plans/p2')[0].headers.get('If-Match')).toBe('"3"');
  });

  it('edits an issued plan with If-Match and shows the server’s problem when it refuses', async () => {
    const user = newUser();
    const server = fakeApi({
      ...routes(),
      'PUT /api/v1/plans/:planId': () => ({
        status: 409,
        body: {
          type: '/problems/plan-identity-frozen',
          title: 'Kế hoạch đã ban hành, không thể sửa số, ký hiệu, cơ quan ban hành hay ngày ban hành',
          status: 409,
          detail: 'Kế hoạch 859/KH-UBND đã ban hành.',
        },
      }),
    });
    renderPage(<PlanPage />, { route: '/plans/p1', path: PATH });
    await user.click(await screen.findByRole('button', { name: /Sửa kế hoạch/ }));
    const dialog = await screen.findByRole('dialog');
    // the identity of an issued plan is frozen in the form too
    expect(within(dialog).getByLabelText('Số')).toBeDisabled();
    expect(within(dialog).getByLabelText('Ký hiệu')).toBeDisabled();
    await user.click(within(dialog).getByText('Lưu', { selector: 'button span' }).closest('button')!);

    expect(
      await within(dialog).findByText(
        'Kế hoạch đã ban hành, không thể sửa số, ký hiệu, cơ quan ban hành hay ngày ban hành. Kế hoạch 859/KH-UBND đã ban hành.',
      ),
    ).toBeInTheDocument();
    const put = requestsTo(server, 'PUT', '/api/v1/plans/p1')[0];
    expect(put.headers.get('If-Match')).toBe('"1"');
    expect(put.body).toMatchObject({ number: 859, symbol: 'KH-UBND', issuerId: 'u-tn', issueDate: '2024-03-25', title: ISSUED_PLAN.title });
  });
});

describe('the targets tab', { timeout: 60_000 }, () => {
  it('shows each target with its live attainment', async () => {
    fakeApi(routes());
    renderPage(<PlanPage />, { route: '/plans/p1?tab=targets', path: PATH });

    const table = await screen.findByLabelText('Chỉ tiêu của kế hoạch và kết quả thực hiện', { selector: 'table' });
    const measured = within(table).getByText('III.2').closest('tr')!;
    expect(await within(measured).findByText('66,7 %')).toBeInTheDocument();
    expect(within(measured).getByText('24/36')).toBeInTheDocument();
    expect(within(measured).getByText('từ 100 %')).toBeInTheDocument();
    expect(within(measured).getByText('Chưa đạt')).toBeInTheDocument();
    expect(within(measured).getByText('Kỳ năm 2024, hạn 10/04/2024')).toBeInTheDocument();
    expect(await within(measured).findByText(/Gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024/)).toBeInTheDocument();
    const manual = within(table).getByText('III.4').closest('tr')!;
    expect(within(manual).getByText('Chưa có số liệu')).toBeInTheDocument();
    expect(within(manual).getByText('Chưa có đánh giá của cơ quan tổng hợp.')).toBeInTheDocument();
    expect(screen.getByText('Số liệu tính đến ngày 20/11/2024')).toBeInTheDocument();
  });

  it('asks for the attainment of the year in the address', async () => {
    const server = fakeApi(routes(DRAFT_PLAN));
    renderPage(<PlanPage />, { route: '/plans/p2?tab=targets&year=2024', path: PATH });
    await screen.findByLabelText('Chỉ tiêu của kế hoạch và kết quả thực hiện', { selector: 'table' });
    await waitFor(() => expect(requestsTo(server, 'GET', '/api/v1/plans/p2/attainment')[0].query.get('year')).toBe('2024'));
  });

  it('records a verdict on a manual target, with its reason required', async () => {
    const user = newUser();
    const server = fakeApi({ ...routes(), 'PUT /api/v1/plans/:planId/targets/:targetId/verdict': () => TARGETS[1] });
    renderPage(<PlanPage />, { route: '/plans/p1?tab=targets', path: PATH });
    await screen.findByLabelText('Chỉ tiêu của kế hoạch và kết quả thực hiện', { selector: 'table' });
    expect(screen.queryByLabelText('Ghi nhận đánh giá chỉ tiêu III.2', { selector: 'button' })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Ghi nhận đánh giá chỉ tiêu III.4', { selector: 'button' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Đạt'));
    await user.click(within(dialog).getByText('Lưu', { selector: 'button span' }).closest('button')!);
    expect(await within(dialog).findByText('Hãy nhập lý do, căn cứ đánh giá')).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText('Lý do, căn cứ đánh giá'));
    await user.paste('Các xã đã tổ chức hội nghị nhân dân đầy đủ.');
    await user.click(within(dialog).getByText('Lưu', { selector: 'button span' }).closest('button')!);

    await waitFor(() => expect(requestsTo(server, 'PUT', '/api/v1/plans/p1/targets/tg2/verdict')).toHaveLength(1));
    expect(requestsTo(server, 'PUT', '/api/v1/plans/p1/targets/tg2/verdict')[0].body).toEqual({ met: true, reason: 'Các xã đã tổ chức hội nghị nhân dân đầy đủ.' });
    // the figures are asked for again
    await waitFor(() => expect(requestsTo(server, 'GET', '/api/v1/plans/p1/attainment').length).toBeGreaterThan(1));
  });
});

describe('the obligations tab', { timeout: 60_000 }, () => {
  it('opens the obligation in the address onto its periods and extensions', async () => {
    fakeApi(routes());
    renderPage(<PlanPage />, { route: '/plans/p1?tab=obligations&obligation=o2', path: PATH });

    const table = await screen.findByLabelText('Các yêu cầu báo cáo của kế hoạch', { selector: 'table' });
    expect(within(table).getByText('10/06 hằng năm')).toBeInTheDocument();
    expect(within(table).getByText('10/04/2024')).toBeInTheDocument();
    const periods = await screen.findByRole('table', { name: `Các kỳ báo cáo: ${OBLIGATIONS[1].title}` });
    expect(within(periods).getByText('10/06/2022')).toBeInTheDocument();
    expect(within(periods).getByRole('link', { name: 'Tiến độ kỳ 2022' })).toHaveAttribute('href', '/plans/p1/completeness?obligation=o2&period=pe22');
    expect(within(periods).getByRole('link', { name: 'Tiến độ kỳ 2023' })).toHaveAttribute('href', '/plans/p1/completeness?obligation=o2&period=pe23');

    const extensions = await screen.findByRole('table', { name: `Các đơn vị được gia hạn: ${OBLIGATIONS[1].title}` });
    const row = (await within(extensions).findByText('UBND thị xã Duyên Hải')).closest('tr')!;
    expect(within(row).getByText('2023')).toBeInTheDocument();
    expect(within(row).getByText('25/06/2023')).toBeInTheDocument();
    expect(within(row).getByText('Đơn vị đang kiện toàn tổ chức bộ máy.')).toBeInTheDocument();
  });

  it('keeps the opened obligation in the address', async () => {
    const user = newUser();
    fakeApi(routes());
    const { router } = renderPage(<PlanPage />, { route: '/plans/p1?tab=obligations', path: PATH });
    await screen.findByLabelText('Các yêu cầu báo cáo của kế hoạch', { selector: 'table' });
    await user.click(screen.getByLabelText(`Xem kỳ báo cáo và gia hạn: ${OBLIGATIONS[0].title}`, { selector: 'button' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=obligations&obligation=o1'));
    expect(await screen.findByRole('table', { name: `Các kỳ báo cáo: ${OBLIGATIONS[0].title}` })).toBeInTheDocument();
  });

  it('withdraws an extension with its version', async () => {
    const user = newUser();
    const server = fakeApi({ ...routes(), 'DELETE /api/v1/obligations/:obligationId/extensions/:extensionId': () => ({ status: 204 }) });
    renderPage(<PlanPage />, { route: '/plans/p1?tab=obligations&obligation=o2', path: PATH });
    await user.click(await screen.findByLabelText('Thu hồi gia hạn kỳ 2023', { selector: 'button' }));
    await confirm(user, 'Xóa');
    await waitFor(() => expect(requestsTo(server, 'DELETE', '/api/v1/obligations/o2/extensions/x1')).toHaveLength(1));
    expect(requestsTo(server, 'DELETE', '/api/v1/obligations/o2/extensions/x1')[0].headers.get('If-Match')).toBe('"2"');
  });

  it('adds a yearly obligation as --MM-dd', async () => {
    const user = newUser();
    const server = fakeApi({
      ...routes(DRAFT_PLAN),
      'POST /api/v1/plans/:planId/obligations': (request) => ({ status: 201, body: { ...OBLIGATIONS[1], ...(request.body as object), id: 'o9' } }),
    });
    renderPage(<PlanPage />, { route: '/plans/p2?tab=obligations', path: PATH });
    await user.click(await screen.findByRole('button', { name: /Thêm yêu cầu báo cáo/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Nội dung phải nộp'));
    await user.paste('Báo cáo năm về kết quả công tác dân vận chính quyền');
    await user.click(within(dialog).getByLabelText('Đơn vị phải nộp'));
    await user.click(await screen.findByTitle(GROUP.name));
    // a plan over several years owes it yearly by default
    await user.click(within(dialog).getByLabelText('Ngày'));
    await user.click(await screen.findByTitle('05'));
    await user.click(within(dialog).getByLabelText('Tháng'));
    await user.click(await screen.findByTitle('Tháng 12'));
    await user.click(within(dialog).getByText('Lưu', { selector: 'button span' }).closest('button')!);

    await waitFor(() => expect(requestsTo(server, 'POST', '/api/v1/plans/p2/obligations')).toHaveLength(1));
    expect(requestsTo(server, 'POST', '/api/v1/plans/p2/obligations')[0].body).toEqual({
      kind: 'ANNUAL_REPORT',
      title: 'Báo cáo năm về kết quả công tác dân vận chính quyền',
      groupId: 'g1',
      dueDate: null,
      dueMonthDay: '--12-05',
      graceDays: 0,
      sourcePhrase: null,
      recipient: null,
    });
  });
});

describe('the tasks tab', { timeout: 60_000 }, () => {
  /** The draft plan's tasks tab with the new-task drawer open and its number and content filled in. */
  async function newTask(ordinal: string, content: string) {
    const user = newUser();
    const server = fakeApi({
      ...routes(DRAFT_PLAN),
      'POST /api/v1/plans/:planId/tasks': (request) => ({ status: 201, body: { ...TASKS[1], ...(request.body as object), id: 't9' } }),
    });
    renderPage(<PlanPage />, { route: '/plans/p2?tab=tasks', path: PATH });
    await user.click(await screen.findByRole('button', { name: /Thêm nhiệm vụ/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Mục'));
    await user.paste(ordinal);
    await user.click(within(dialog).getByLabelText('Nội dung'));
    await user.paste(content);
    return { user, server, dialog };
  }

  it('adds a task due by a date', async () => {
    const { user, server, dialog } = await newTask('III.1', 'Tổ chức hội nghị sơ kết công tác dân vận chính quyền');
    await user.click(within(dialog).getByLabelText('Theo thời hạn'));
    await user.type(await within(dialog).findByLabelText('Hạn hoàn thành'), '30/06/2024{enter}');
    await user.click(within(dialog).getByText('Lưu', { selector: 'button span' }).closest('button')!);

    await waitFor(() => expect(requestsTo(server, 'POST', '/api/v1/plans/p2/tasks')).toHaveLength(1));
    expect(requestsTo(server, 'POST', '/api/v1/plans/p2/tasks')[0].body).toEqual({
      ordinal: 'III.1',
      content: 'Tổ chức hội nghị sơ kết công tác dân vận chính quyền',
      directedBy: null,
      leadUnitIds: [],
      leadText: null,
      coordinatingUnitIds: [],
      coordinatingText: null,
      timeFrame: { kind: 'BY_DATE', dueDate: '2024-06-30', text: null },
      section: 'TASK',
      leadGroupIds: [],
      coordinatingGroupIds: [],
    });
  });

  it('adds a duty of the plan given to a unit group, and lists the group on the task', async () => {
    const { user, server, dialog } = await newTask('IV.2', 'Các sở, ban, ngành xây dựng kế hoạch thực hiện');
    await user.click(within(dialog).getByLabelText('Tổ chức thực hiện'));
    await user.click(within(dialog).getByLabelText('Nhóm đơn vị chủ trì'));
    await user.click(await screen.findByTitle(GROUP.name));
    await user.click(within(dialog).getByText('Lưu', { selector: 'button span' }).closest('button')!);

    await waitFor(() => expect(requestsTo(server, 'POST', '/api/v1/plans/p2/tasks')).toHaveLength(1));
    expect(requestsTo(server, 'POST', '/api/v1/plans/p2/tasks')[0].body).toMatchObject({
      ordinal: 'IV.2',
      section: 'DUTY',
      leadUnitIds: [],
      leadGroupIds: ['g1'],
      coordinatingGroupIds: [],
    });
  });

  it('shows a task’s unit groups and its duty mark in the list', async () => {
    const duty = { ...TASKS[1], planId: 'p2', section: 'DUTY' as const, leadUnitIds: [], leadGroupIds: ['g1'], leadText: null };
    fakeApi({ ...routes(DRAFT_PLAN), 'GET /api/v1/plans/:planId/tasks': () => page([duty]) });
    renderPage(<PlanPage />, { route: '/plans/p2?tab=tasks', path: PATH });
    const table = await screen.findByRole('table', { name: 'Danh sách nhiệm vụ của kế hoạch' });
    expect(await within(table).findByText(GROUP.name)).toBeInTheDocument();
    expect(within(table).getByText('Nhóm:', { exact: false })).toBeInTheDocument();
    expect(within(table).getByText('Tổ chức thực hiện')).toBeInTheDocument();
  });

  it('adds a task due within a month, sent as the month’s last day', async () => {
    const { user, server, dialog } = await newTask('III.2', 'Sơ kết 6 tháng thực hiện Quy chế dân chủ ở cơ sở');
    await user.click(within(dialog).getByLabelText('Trong tháng'));
    await user.type(await within(dialog).findByLabelText('Tháng hoàn thành'), '02/2024{enter}');
    await user.click(within(dialog).getByText('Lưu', { selector: 'button span' }).closest('button')!);

    await waitFor(() => expect(requestsTo(server, 'POST', '/api/v1/plans/p2/tasks')).toHaveLength(1));
    expect((requestsTo(server, 'POST', '/api/v1/plans/p2/tasks')[0].body as { timeFrame: unknown }).timeFrame).toEqual({
      kind: 'BY_MONTH',
      dueDate: '2024-02-29',
      text: null,
    });
  });

  it('shows a task due within a quarter as the quarter and keeps it on save', async () => {
    const user = newUser();
    const quarterly = { ...TASKS[1], planId: 'p2', timeFrame: { kind: 'BY_QUARTER' as const, dueDate: '2024-06-30', year: 2024, quarter: 2, text: 'Quý II/2024' } };
    const server = fakeApi({
      ...routes(DRAFT_PLAN),
      'GET /api/v1/plans/:planId/tasks': () => page([quarterly]),
      'PUT /api/v1/plans/:planId/tasks/:taskId': (request) => ({ status: 200, body: { ...quarterly, ...(request.body as object), version: 3 } }),
    });
    renderPage(<PlanPage />, { route: '/plans/p2?tab=tasks', path: PATH });
    expect((await screen.findAllByText('Trong Quý II/2024')).length).toBeGreaterThan(0);
    await user.click((await screen.findAllByLabelText('Sửa nhiệm vụ II.2', { selector: 'button' }))[0]);
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByLabelText('Quý hoàn thành')).toHaveValue('II/2024');
    await user.click(within(dialog).getByText('Lưu', { selector: 'button span' }).closest('button')!);

    await waitFor(() => expect(requestsTo(server, 'PUT', '/api/v1/plans/p2/tasks/t2')).toHaveLength(1));
    expect((requestsTo(server, 'PUT', '/api/v1/plans/p2/tasks/t2')[0].body as { timeFrame: unknown }).timeFrame).toEqual({
      kind: 'BY_QUARTER',
      dueDate: '2024-06-30',
      text: 'Quý II/2024',
    });
  });
});
