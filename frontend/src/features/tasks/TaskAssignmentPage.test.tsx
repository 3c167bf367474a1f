import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { PLAN } from '@/components/submission/fixtures';
import { assignment, CHANGE, PAST_DUE, task } from '@/components/task-assignments/fixtures';
import type { TaskAssignment } from '@/components/task-assignments';
import { COORDINATOR, fakeApi, type FakeRequest, page, renderPage, REPORTER } from '@/test/render';
import TaskAssignmentPage from './TaskAssignmentPage';

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 60_000 });
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });
afterEach(() => vi.unstubAllGlobals());

const START = assignment({ id: 'a1', taskId: 'task-1', dueDate: PAST_DUE, status: 'IN_PROGRESS', result: 'Đã xây dựng lịch tiếp công dân.', updatedBy: 'tn.snv', version: 3 });

function serve(put?: (request: FakeRequest) => unknown) {
  let current: TaskAssignment = START;
  return fakeApi({
    'GET /api/v1/task-assignments/a1': () => current,
    'GET /api/v1/task-assignments/a1/history': () => page([CHANGE]),
    'GET /api/v1/plans/p1': () => PLAN,
    'GET /api/v1/plans/p1/tasks': () => page([task({ id: 'task-1', content: 'Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với dân' })]),
    'PUT /api/v1/task-assignments/a1': (request) => {
      if (put) return put(request);
      const body = request.body as TaskAssignment;
      current = { ...current, ...body, status: body.status === 'DONE' ? 'DONE_LATE' : body.status, version: current.version + 1 };
      return current;
    },
  });
}

const open = (me = REPORTER) =>
  renderPage(<TaskAssignmentPage />, { route: '/task-assignments/a1', path: '/task-assignments/:assignmentId', me });

const TEXT_IN_BUTTON = { selector: 'button > span' };
const findButton = async (name: string) => (await screen.findByText(name, TEXT_IN_BUTTON)).closest('button') as HTMLButtonElement;

async function choose(label: string, option: string) {
  await userEvent.click(screen.getByLabelText(label));
  await userEvent.click(await screen.findByTitle(option));
}

function typeDay(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
  fireEvent.blur(input);
}

describe('a task assignment’s page', () => {
  it('lets the unit’s reporter record it done, with If-Match, and shows what the server decided', async () => {
    const server = serve();
    open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Nhiệm vụ II.1' })).toBeInTheDocument();
    expect(await screen.findByText(/Thực hiện tốt công tác tiếp công dân/)).toBeInTheDocument();
    // the history: who, when, from -> to, what was written
    const step = await screen.findByTestId('history-step');
    expect(within(step).getByText('Chưa bắt đầu')).toBeInTheDocument();
    expect(within(step).getByText('Đang thực hiện')).toBeInTheDocument();
    expect(within(step).getByText('Người cập nhật: tn.snv')).toBeInTheDocument();
    expect(within(step).getByText('Đã xây dựng lịch tiếp công dân định kỳ năm 2024.')).toBeInTheDocument();

    await choose('Tình trạng thực hiện', 'Hoàn thành');
    typeDay('Ngày hoàn thành', '05/07/2024');
    fireEvent.click(await findButton('Lưu tiến độ'));

    await waitFor(() => expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(1));
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toEqual({ status: 'DONE', result: 'Đã xây dựng lịch tiếp công dân.', doneOn: '2024-07-05', notDoneReason: null });
    expect(await screen.findByText('Đã lưu: ngày hoàn thành sau hạn nên nhiệm vụ được ghi là hoàn thành trễ hạn')).toBeInTheDocument();
  });

  it('puts the server’s field errors on the fields', async () => {
    serve(() => ({
      status: 400,
      body: {
        type: '/problems/validation',
        title: 'Dữ liệu chưa hợp lệ',
        status: 400,
        violations: [{ field: 'notDoneReason', message: 'Cần nêu lý do không hoàn thành' }],
      },
    }));
    open();
    await screen.findByRole('heading', { level: 1, name: 'Nhiệm vụ II.1' });
    await choose('Tình trạng thực hiện', 'Không hoàn thành');
    // the form asks for the reason itself first
    fireEvent.click(await findButton('Lưu tiến độ'));
    expect(await screen.findByText('Hãy nêu lý do không hoàn thành')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Lý do không hoàn thành'), { target: { value: 'Chưa bố trí được kinh phí' } });
    fireEvent.click(await findButton('Lưu tiến độ'));
    const field = (await screen.findByText('Cần nêu lý do không hoàn thành')).closest('.ant-form-item')!;
    expect(within(field as HTMLElement).getByLabelText('Lý do không hoàn thành')).toBeInTheDocument();
  });

  it('is read only for a coordinator', async () => {
    const server = serve();
    open(COORDINATOR);
    await screen.findByRole('heading', { level: 1, name: 'Nhiệm vụ II.1' });
    expect(await screen.findByText('Chỉ cán bộ báo cáo của đơn vị được giao mới cập nhật được tiến độ nhiệm vụ này.')).toBeInTheDocument();
    expect(screen.queryByText('Lưu tiến độ')).toBeNull();
    expect(screen.getByText('Đã xây dựng lịch tiếp công dân.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '859/KH-UBND' })).toHaveAttribute('href', '/plans/p1?tab=progress');
    expect(server.requests.some((r) => r.method === 'PUT')).toBe(false);
  });
});
