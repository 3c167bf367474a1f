import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { assignment, FUTURE_DUE, PAST_DUE, task } from '@/components/task-assignments/fixtures';
import { fakeApi, type FakeRequest, page, renderPage } from '@/test/render';
import PlanPage from './PlanPage';
import { ISSUED_PLAN, UNITS } from './testData';
import { screenWidth } from './testScreen';

configure({ asyncUtilTimeout: 5000 });
beforeEach(() => screenWidth(1366));
afterEach(() => vi.unstubAllGlobals());

const TASKS = [
  task({ id: 't1', ordinal: 'II.1', content: 'Quán triệt, học tập các Chỉ thị, Nghị quyết của Đảng' }),
  task({ id: 't2', ordinal: 'II.2', content: 'Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với dân' }),
  task({ id: 't3', ordinal: 'II.3', content: 'Cải cách hành chính' }),
];

const ASSIGNMENTS = [
  // II.1: both done, one of them late
  assignment({ id: 'a1', taskId: 't1', taskOrdinal: 'II.1', unitId: 'u-snv', unitName: 'Sở Nội vụ', dueDate: PAST_DUE, status: 'DONE', doneOn: '2024-06-20', updatedBy: 'tn.snv', updatedAt: '2024-06-21T08:30:00Z', reviewStatus: 'ACCEPTED' }),
  assignment({ id: 'a2', taskId: 't1', taskOrdinal: 'II.1', unitId: 'u-tt', unitName: 'Thanh tra tỉnh', role: 'COORDINATING', dueDate: PAST_DUE, status: 'DONE_LATE', doneOn: '2024-07-05', updatedBy: 'tn.tt', updatedAt: '2024-07-05T08:30:00Z' }),
  // II.2: past due and one unit has not updated: behind schedule
  assignment({ id: 'a3', taskId: 't2', taskOrdinal: 'II.2', unitId: 'u-snv', unitName: 'Sở Nội vụ', dueDate: PAST_DUE, status: 'IN_PROGRESS', updatedBy: 'tn.snv', updatedAt: '2024-05-02T02:00:00Z', reviewStatus: 'AWAITING_REVIEW' }),
  assignment({ id: 'a4', taskId: 't2', taskOrdinal: 'II.2', unitId: 'u-tt', unitName: 'Thanh tra tỉnh', role: 'COORDINATING', dueDate: PAST_DUE }),
  // II.3: not due yet
  assignment({ id: 'a5', taskId: 't3', taskOrdinal: 'II.3', unitId: 'u-tt', unitName: 'Thanh tra tỉnh', dueDate: FUTURE_DUE }),
];

function serve() {
  return fakeApi({
    'GET /api/v1/plans/:planId': () => ISSUED_PLAN,
    'GET /api/v1/org-units/:unitId': (request: FakeRequest) => UNITS[request.path.split('/').pop()!],
    'GET /api/v1/plans/:planId/tasks': () => page(TASKS),
    'GET /api/v1/plans/:planId/task-assignments': () => page(ASSIGNMENTS),
  });
}

const open = (query = '') => renderPage(<PlanPage />, { route: `/plans/p1?tab=progress${query}`, path: '/plans/:planId' });
const cards = () => screen.getAllByTestId('progress-task');

describe('the plan’s progress tab', { timeout: 60_000 }, () => {
  it('puts the task behind schedule first, counts done and on time, and names the units not updated', async () => {
    serve();
    open();
    await screen.findByText('II.2. Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với dân');
    expect(screen.getByRole('tab', { name: 'Tiến độ' })).toHaveAttribute('aria-selected', 'true');
    expect(cards().map((card) => card.getAttribute('data-behind'))).toEqual(['true', 'false', 'false']);
    const [behind, done, notDue] = cards();
    expect(within(behind).getByText(/^II\.2\./)).toBeInTheDocument();
    expect(within(behind).getByTestId('behind')).toHaveTextContent('Chậm tiến độ');
    expect(within(behind).getByTestId('task-summary')).toHaveTextContent('0/2 đơn vị hoàn thành · 0 đúng hạn');
    // the unit that never updated is named, with its status, not hidden
    const silent = within(behind).getByText('Thanh tra tỉnh').closest('tr')!;
    expect(within(silent).getByText('Chưa cập nhật')).toBeInTheDocument();
    expect(within(silent).getByText('Chưa bắt đầu')).toBeInTheDocument();
    expect(within(silent).getByText('Phối hợp')).toBeInTheDocument();
    expect(within(silent).getByText('30/06/2024')).toBeInTheDocument();
    expect(within(silent).getByRole('link', { name: 'Xem chi tiết tiến độ của Thanh tra tỉnh' })).toHaveAttribute('href', '/task-assignments/a4');

    expect(within(done).getByTestId('task-summary')).toHaveTextContent('2/2 đơn vị hoàn thành · 1 đúng hạn');
    expect(within(done).getByText('Hoàn thành trễ hạn')).toBeInTheDocument();
    expect(within(done).queryByTestId('behind')).toBeNull();
    expect(within(notDue).getByTestId('task-summary')).toHaveTextContent('0/1 đơn vị hoàn thành · 0 đúng hạn');
    expect(screen.getByText(/Có 1 nhiệm vụ chậm tiến độ/)).toBeInTheDocument();
  });

  it('filters by unit and by status from the address, and writes a new choice back to it', async () => {
    serve();
    const { router } = open('&unit=u-tt&status=NOT_STARTED');
    await screen.findByText('II.2. Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với dân');
    // Thanh tra tỉnh has NOT_STARTED rows in II.2 and II.3 only; II.1 drops out
    expect(cards()).toHaveLength(2);
    expect(screen.queryByText(/^II\.1\./)).toBeNull();
    expect(screen.queryByText('Sở Nội vụ')).toBeNull();
    // the per-task figures still count every unit of the task
    expect(within(cards()[0]).getByTestId('task-summary')).toHaveTextContent('0/2 đơn vị hoàn thành');

    const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
    const status = screen.getByLabelText('Trạng thái');
    await user.click(status);
    await user.click(await screen.findByTitle('Hoàn thành trễ hạn'));
    await waitFor(() => expect(router.state.location.search).toContain('status=DONE_LATE'));
    expect(router.state.location.search).toContain('unit=u-tt');
    expect(router.state.location.search).toContain('tab=progress');
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(within(cards()[0]).getByText(/^II\.1\./)).toBeInTheDocument();
  });

  it('shows each update’s review state and keeps those awaiting review with reviewStatus in the address', async () => {
    serve();
    const { router } = open('&reviewStatus=AWAITING_REVIEW');
    await screen.findByText('II.2. Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với dân');
    expect(cards()).toHaveLength(1);
    const row = within(cards()[0]).getByText('Sở Nội vụ').closest('tr')!;
    expect(within(row).getByText('Chờ xem xét', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(within(row).getByText('Đang thực hiện')).toBeInTheDocument();
    expect(within(cards()[0]).queryByText('Thanh tra tỉnh')).toBeNull();

    const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
    await user.click(screen.getByLabelText('Xem xét'));
    await user.click(await screen.findByTitle('Đã chấp nhận'));
    await waitFor(() => expect(router.state.location.search).toContain('reviewStatus=ACCEPTED'));
    await waitFor(() => expect(within(cards()[0]).queryByText(/^II\.1\./)).toBeInTheDocument());
    expect(cards()).toHaveLength(1);
    expect(within(cards()[0]).getByText('Đã chấp nhận', { selector: '.ant-tag' })).toBeInTheDocument();
  });
});
