import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { components } from '@/api/schema';
import { assignment, FUTURE_DUE, PAST_DUE } from '@/components/task-assignments/fixtures';
import { fakeApi, type FakeRequest, page, renderPage } from '@/test/render';
import PlanPage from './PlanPage';
import { ISSUED_PLAN, UNITS } from './testData';
import { screenWidth } from './testScreen';

type TaskProgress = components['schemas']['TaskProgress'];
type TaskProgressReport = components['schemas']['TaskProgressReport'];

configure({ asyncUtilTimeout: 5000 });
beforeEach(() => screenWidth(1366));
afterEach(() => vi.unstubAllGlobals());

function progress(overrides: Partial<TaskProgress>): TaskProgress {
  return {
    taskId: 't1',
    ordinal: 'II.1',
    content: 'Quán triệt, học tập các Chỉ thị, Nghị quyết của Đảng',
    dueDate: PAST_DUE,
    timeFrameKind: 'BY_QUARTER',
    assignments: 2,
    byStatus: { notStarted: 0, inProgress: 0, done: 1, doneLate: 1, notDone: 0 },
    notUpdated: 0,
    awaitingReview: 0,
    returned: 0,
    accepted: 2,
    decidingUnits: 1,
    decidingDoneAccepted: 1,
    decidingDoneOnTime: 1,
    assignmentsBehindSchedule: 0,
    done: true,
    doneOnTime: true,
    behindSchedule: false,
    notUpdatedUnits: [],
    ...overrides,
  };
}

// the server's figures and order (behind schedule first): the tab shows them as they come
const BEHIND = progress({
  taskId: 't2',
  ordinal: 'II.2',
  content: 'Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với dân',
  assignments: 23,
  byStatus: { notStarted: 21, inProgress: 2, done: 0, doneLate: 0, notDone: 0 },
  notUpdated: 21,
  awaitingReview: 1,
  accepted: 0,
  decidingUnits: 1,
  decidingDoneAccepted: 0,
  decidingDoneOnTime: 0,
  assignmentsBehindSchedule: 23,
  done: false,
  doneOnTime: false,
  behindSchedule: true,
  notUpdatedUnits: Array.from({ length: 20 }, (_, index) => ({
    unitId: `u${index}`,
    unitName: index === 0 ? 'Thanh tra tỉnh' : `UBND xã số ${index}`,
    role: index === 0 ? ('LEAD' as const) : ('COORDINATING' as const),
  })),
});
const DONE_LATE = progress({ taskId: 't1', ordinal: 'II.1', doneOnTime: false, decidingDoneOnTime: 0 });
const NOT_DUE = progress({
  taskId: 't3',
  ordinal: 'II.3',
  content: 'Cải cách hành chính',
  dueDate: FUTURE_DUE,
  assignments: 1,
  byStatus: { notStarted: 1, inProgress: 0, done: 0, doneLate: 0, notDone: 0 },
  notUpdated: 1,
  accepted: 0,
  decidingDoneAccepted: 0,
  decidingDoneOnTime: 0,
  done: false,
  doneOnTime: false,
  notUpdatedUnits: [{ unitId: 'u-tt', unitName: 'Thanh tra tỉnh', role: 'LEAD' }],
});

function report(tasks: TaskProgress[], overrides: Partial<TaskProgressReport['totals']> = {}): TaskProgressReport {
  return {
    planId: 'p1',
    asOf: '2024-07-15',
    totals: {
      tasks: tasks.length,
      tasksDone: 1,
      tasksDoneOnTime: 0,
      tasksBehindSchedule: 1,
      assignments: 26,
      assignmentsDone: 2,
      assignmentsDoneOnTime: 1,
      assignmentsNotUpdated: 22,
      assignmentsAwaitingReview: 1,
      assignmentsBehindSchedule: 23,
      ...overrides,
    },
    tasks,
  };
}

/** The second task's 23 assignments, as the plan's list pages them (leads first). */
const BEHIND_ASSIGNMENTS = Array.from({ length: 23 }, (_, index) =>
  assignment({
    id: `a${index}`,
    taskId: 't2',
    taskOrdinal: 'II.2',
    unitId: index === 0 ? 'u-tt' : `u${index}`,
    unitName: index === 0 ? 'Thanh tra tỉnh' : `UBND xã số ${index}`,
    role: index === 0 ? 'LEAD' : 'COORDINATING',
    dueDate: PAST_DUE,
    status: index < 2 ? 'IN_PROGRESS' : 'NOT_STARTED',
    updatedBy: index < 2 ? 'tn.tt' : null,
    updatedAt: '2024-05-02T02:00:00Z',
    reviewStatus: index === 1 ? 'AWAITING_REVIEW' : undefined,
  }),
);

function serve(answer: (request: FakeRequest) => TaskProgressReport = () => report([BEHIND, DONE_LATE, NOT_DUE])) {
  return fakeApi({
    'GET /api/v1/plans/:planId': () => ISSUED_PLAN,
    'GET /api/v1/org-units': () => page(Object.values(UNITS)),
    'GET /api/v1/org-units/:unitId': (request: FakeRequest) => UNITS[request.path.split('/').pop()!],
    'GET /api/v1/plans/:planId/task-progress': answer,
    'GET /api/v1/plans/:planId/task-assignments': (request: FakeRequest) => {
      const kept = BEHIND_ASSIGNMENTS.filter((a) => a.taskId === request.query.get('taskId'));
      const at = Number(request.query.get('page'));
      const size = Number(request.query.get('size'));
      return { items: kept.slice(at * size, at * size + size), page: at, size, totalItems: kept.length };
    },
  });
}

const open = (query = '') => renderPage(<PlanPage />, { route: `/plans/p1?tab=progress${query}`, path: '/plans/:planId' });
const rows = () => screen.getAllByTestId('progress-task');
const progressCalls = (server: ReturnType<typeof fakeApi>) => server.requests.filter((r) => r.path.endsWith('/task-progress'));

// antd tables are heavy for jsdom on a shared machine: an opened task renders two of them
describe('the plan’s progress tab', { timeout: 180_000 }, () => {
  it('shows the server’s figures in its order, behind schedule first, and names the units not updated', async () => {
    const server = serve();
    open();
    await screen.findByText('II.2. Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với dân');
    expect(screen.getByRole('tab', { name: 'Tiến độ' })).toHaveAttribute('aria-selected', 'true');
    expect(rows().map((row) => row.getAttribute('data-behind'))).toEqual(['true', 'false', 'false']);
    const [behind, doneLate, notDue] = rows();
    expect(within(behind).getByTestId('behind')).toHaveTextContent('Chậm tiến độ');
    expect(within(behind).getByTestId('task-summary')).toHaveTextContent(
      '0/1 đơn vị được chấp nhận hoàn thành0/23 đơn vị báo hoàn thành · 0 đúng hạn · 1 chờ xem xét',
    );
    // the twenty units the server names, and how many more the list holds: none hidden
    const silent = within(behind).getByTestId('not-updated-units');
    expect(silent).toHaveTextContent(/^Chưa cập nhật: Thanh tra tỉnh, UBND xã số 1, .*UBND xã số 19 và 1 đơn vị khác/);
    expect(within(doneLate).getByTestId('task-state')).toHaveTextContent('Hoàn thành trễ hạn');
    expect(within(doneLate).queryByTestId('not-updated-units')).toBeNull();
    expect(within(notDue).getByTestId('task-state')).toHaveTextContent('Chưa hoàn thành');
    expect(within(notDue).getByTestId('not-updated-units')).toHaveTextContent('Chưa cập nhật: Thanh tra tỉnh');
    expect(within(notDue).getByText('31/12/2099')).toBeInTheDocument();

    expect(screen.getByTestId('total-done')).toHaveTextContent('1/3');
    expect(screen.getByTestId('total-behind')).toHaveTextContent('1');
    expect(screen.getByTestId('total-notUpdated')).toHaveTextContent('22/26');
    expect(screen.getByText('Số liệu tính đến ngày 15/07/2024')).toBeInTheDocument();
    expect(screen.getByText(/Có 1 nhiệm vụ chậm tiến độ/)).toBeInTheDocument();
    // one request for the figures; no assignment is read before a task is opened
    expect(progressCalls(server)).toHaveLength(1);
    expect(server.requests.some((r) => r.path.endsWith('/task-assignments'))).toBe(false);
  });

  it('opens a task onto its assignments, read a page at a time from the server', async () => {
    const server = serve();
    open();
    await screen.findByText('II.2. Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với dân');
    fireEvent.click(screen.getByLabelText('Xem 23 đơn vị được giao nhiệm vụ II.2', { selector: 'button' }));
    const table = await screen.findByLabelText('Các đơn vị được giao nhiệm vụ II.2', { selector: 'table' });
    const calls = () => server.requests.filter((r) => r.path.endsWith('/task-assignments'));
    expect(calls().map((r) => [r.query.get('taskId'), r.query.get('page'), r.query.get('size'), r.query.get('unitId')])).toEqual([
      ['t2', '0', '10', null],
    ]);
    const lead = within(table).getByRole('link', { name: 'Xem chi tiết tiến độ của Thanh tra tỉnh' });
    expect(lead).toHaveAttribute('href', '/task-assignments/a0');
    const second = within(table).getByText('UBND xã số 1').closest('tr')!;
    expect(within(second).getByText('Chờ xem xét', { selector: '.ant-tag' })).toBeInTheDocument();
    const third = within(table).getByText('UBND xã số 2').closest('tr')!;
    expect(within(third).getByText('Chưa cập nhật')).toBeInTheDocument();
    expect(within(third).getByText('Phối hợp')).toBeInTheDocument();
    // overdue by the report's day (15/07/2024), not the browser's
    expect(within(third).getByText('quá hạn 15 ngày')).toBeInTheDocument();
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(10);

    fireEvent.click(document.querySelector('.ant-table-expanded-row .ant-pagination-item-3')!);
    await waitFor(() => expect(screen.getByText('UBND xã số 22')).toBeInTheDocument());
    expect(calls().at(-1)!.query.get('page')).toBe('2');

    fireEvent.click(screen.getByLabelText('Ẩn các đơn vị được giao nhiệm vụ II.2', { selector: 'button' }));
    await waitFor(() => expect(screen.getByText('UBND xã số 22')).not.toBeVisible());
    expect(screen.getByLabelText('Xem 23 đơn vị được giao nhiệm vụ II.2', { selector: 'button' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('sends the unit and status filters to the server from the address, and writes a new choice back to it', async () => {
    const server = serve((request) =>
      request.query.get('status') === 'DONE_LATE' ? report([DONE_LATE], { tasksBehindSchedule: 0 }) : report([BEHIND, NOT_DUE]),
    );
    const { router } = open('&unit=u-snv&status=NOT_STARTED');
    await screen.findByText('II.2. Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với dân');
    expect(progressCalls(server).map((r) => [r.query.get('unitId'), r.query.get('status')])).toEqual([['u-snv', 'NOT_STARTED']]);
    expect(rows()).toHaveLength(2);
    expect(screen.queryByText(/^II\.1\./)).toBeNull();
    expect(await screen.findByText('Sở Nội vụ tỉnh Tây Ninh')).toBeInTheDocument();

    // an opened task lists the assignments under the same filters
    fireEvent.click(screen.getByLabelText('Xem 23 đơn vị được giao nhiệm vụ II.2', { selector: 'button' }));
    await screen.findByLabelText('Các đơn vị được giao nhiệm vụ II.2', { selector: 'table' });
    const listed = server.requests.filter((r) => r.path.endsWith('/task-assignments')).at(-1)!;
    expect([listed.query.get('taskId'), listed.query.get('unitId'), listed.query.get('status')]).toEqual(['t2', 'u-snv', 'NOT_STARTED']);

    const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
    await user.click(screen.getByLabelText('Trạng thái'));
    await user.click(await screen.findByTitle('Hoàn thành trễ hạn'));
    await waitFor(() => expect(router.state.location.search).toContain('status=DONE_LATE'));
    expect(router.state.location.search).toContain('unit=u-snv');
    expect(router.state.location.search).toContain('tab=progress');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(rows()[0]).getByText(/^II\.1\./)).toBeInTheDocument();
    expect(progressCalls(server).at(-1)!.query.get('status')).toBe('DONE_LATE');
    expect(screen.queryByText(/nhiệm vụ chậm tiến độ/)).toBeNull();
  });

  it('keeps the tasks with updates awaiting review with reviewStatus in the address', async () => {
    const server = serve();
    open('&reviewStatus=AWAITING_REVIEW');
    await screen.findByText('II.2. Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với dân');
    // the server counts one update awaiting review, on II.2 only
    expect(rows()).toHaveLength(1);
    fireEvent.click(screen.getByLabelText('Xem 23 đơn vị được giao nhiệm vụ II.2', { selector: 'button' }));
    await screen.findByLabelText('Các đơn vị được giao nhiệm vụ II.2', { selector: 'table' });
    const listed = server.requests.filter((r) => r.path.endsWith('/task-assignments')).at(-1)!;
    expect(listed.query.get('reviewStatus')).toBe('AWAITING_REVIEW');
    // the review filter is the tab's own: the figures are asked for without it
    expect(progressCalls(server)[0].query.has('reviewStatus')).toBe(false);
  });

  it('says so when no task matches the filters, and when the plan has none', async () => {
    serve(() => report([], { tasksBehindSchedule: 0 }));
    const { unmount } = open('&status=NOT_DONE');
    expect(await screen.findByText('Không có nhiệm vụ nào khớp bộ lọc')).toBeInTheDocument();
    unmount();
    open();
    expect(await screen.findByText('Kế hoạch chưa có nhiệm vụ nào')).toBeInTheDocument();
    expect(screen.queryByText('Không có nhiệm vụ nào khớp bộ lọc')).toBeNull();
  });
});
