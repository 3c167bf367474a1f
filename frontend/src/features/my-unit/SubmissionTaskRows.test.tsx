import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import type { components } from '@/api/schema';
import { HISTORY, REF_ROUTES, submission } from '@/components/submission/fixtures';
import type { TaskAssignment } from '@/components/task-assignments';
import { assignment, PAST_DUE, task } from '@/components/task-assignments/fixtures';
import { fakeApi, type FakeRequest, page, renderPage, REPORTER } from '@/test/render';
import SubmissionEditPage from './SubmissionEditPage';

// the unit's annual report carries a row per task assigned to it: saving the report saves the rows that changed

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 90_000 });
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });
afterEach(() => vi.unstubAllGlobals());

type Submission = components['schemas']['Submission'];

const ROWS = [
  assignment({ id: 'a1', taskId: 't1', taskOrdinal: 'II.1', status: 'IN_PROGRESS', result: 'Đã quán triệt đến cán bộ.', updatedBy: 'tn.snv', version: 2 }),
  assignment({ id: 'a2', taskId: 't2', taskOrdinal: 'II.2', role: 'COORDINATING', dueDate: PAST_DUE, version: 0 }),
];

function serve(putTask?: (request: FakeRequest) => unknown) {
  let current: Submission = submission({ status: 'DRAFT', values: [], timeliness: null, submittedAt: null, firstSubmittedAt: null });
  const tasks: Record<string, TaskAssignment> = Object.fromEntries(ROWS.map((row) => [row.id, row]));
  return fakeApi({
    ...REF_ROUTES,
    'GET /api/v1/plans/p1/targets': () => page([]),
    'GET /api/v1/plans/p1/tasks': () =>
      page([
        task({ id: 't1', ordinal: 'II.1', content: 'Quán triệt, học tập các Chỉ thị, Nghị quyết của Đảng' }),
        task({ id: 't2', ordinal: 'II.2', content: 'Thực hiện tốt công tác tiếp công dân, đối thoại trực tiếp với dân' }),
      ]),
    'GET /api/v1/plans/p1/task-assignments': (request) => (request.query.get('unitId') === 'u-snv' ? page(Object.values(tasks)) : page([])),
    'GET /api/v1/submissions/s1': () => current,
    'GET /api/v1/submissions/s1/history': () => page(HISTORY.slice(0, 1)),
    'GET /api/v1/submissions/s1/attachments': () => page([]),
    'PUT /api/v1/submissions/s1': (request) => {
      current = { ...current, ...(request.body as Partial<Submission>), version: current.version + 1 } as Submission;
      return current;
    },
    'POST /api/v1/submissions/s1/submit': () => {
      current = { ...current, status: 'SUBMITTED', version: current.version + 1 };
      return current;
    },
    'PUT /api/v1/task-assignments/:assignmentId': (request) => {
      if (putTask) return putTask(request);
      const id = request.path.split('/').pop()!;
      tasks[id] = { ...tasks[id], ...(request.body as Partial<TaskAssignment>), updatedBy: 'tn.snv', version: tasks[id].version + 1 };
      return tasks[id];
    },
  });
}

const open = () =>
  renderPage(<SubmissionEditPage />, { route: '/my-unit/submissions/s1', path: '/my-unit/submissions/:submissionId', me: REPORTER });

/** The form is up with its task rows (the report's page loads a dozen answers first: slow in jsdom). */
const ready = () => screen.findByText('Kết quả thực hiện nhiệm vụ', { selector: 'h2' }, { timeout: 20_000 });

const TEXT_IN_BUTTON = { selector: 'button > span' };
const button = (name: string) => screen.getByText(name, TEXT_IN_BUTTON).closest('button') as HTMLButtonElement;
const taskPuts = (server: ReturnType<typeof fakeApi>) => server.requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/api/v1/task-assignments/'));
const row = (ordinal: string) => screen.getByRole('group', { name: new RegExp(`Nhiệm vụ ${ordinal.replace('.', '\\.')}`) });

async function choose(within_: HTMLElement, label: string, option: string) {
  await userEvent.click(within(within_).getByLabelText(label));
  const options = await screen.findAllByTitle(option);
  await userEvent.click(options[options.length - 1]);
}

describe('the tasks in the unit’s report', () => {
  it('shows a row per task assigned and saves, with the report, only the rows that changed (If-Match)', async () => {
    const server = serve();
    open();
    await ready();
    const second = row('II.2');
    expect(within(second).getByText(/Thực hiện tốt công tác tiếp công dân/)).toBeInTheDocument();
    expect(within(second).getByText('Phối hợp')).toBeInTheDocument();
    expect(within(second).getByText('Hạn: 30/06/2024')).toBeInTheDocument();
    expect(within(row('II.1')).getByLabelText('Kết quả thực hiện')).toHaveValue('Đã quán triệt đến cán bộ.');

    await choose(second, 'Tình trạng thực hiện', 'Đang thực hiện');
    fireEvent.change(within(second).getByLabelText('Kết quả thực hiện'), { target: { value: 'Đã tiếp 45 lượt công dân.' } });
    await userEvent.click(button('Lưu nháp'));

    expect(await screen.findByText('Đã lưu bản nháp')).toBeInTheDocument();
    expect(server.requests.some((r) => r.method === 'PUT' && r.path === '/api/v1/submissions/s1')).toBe(true);
    const puts = taskPuts(server);
    expect(puts.map((r) => r.path)).toEqual(['/api/v1/task-assignments/a2']);
    expect(puts[0].headers.get('If-Match')).toBe('"0"');
    expect(puts[0].body).toEqual({ status: 'IN_PROGRESS', result: 'Đã tiếp 45 lượt công dân.', doneOn: null, notDoneReason: null });

    // saved again with nothing changed in the rows: no task PUT, and the row's next version would be 1
    await userEvent.click(button('Lưu nháp'));
    await waitFor(() => expect(server.requests.filter((r) => r.method === 'PUT' && r.path === '/api/v1/submissions/s1')).toHaveLength(2));
    expect(taskPuts(server)).toHaveLength(1);
  });

  it('puts a row’s refusal on that row’s field and does not send the report', async () => {
    const server = serve(() => ({
      status: 400,
      body: {
        type: '/problems/validation',
        title: 'Dữ liệu chưa hợp lệ',
        status: 400,
        violations: [{ field: 'doneOn', message: 'Ngày hoàn thành không được sau ngày hôm nay (07/12/2026)' }],
      },
    }));
    open();
    await ready();
    const second = row('II.2');
    await choose(second, 'Tình trạng thực hiện', 'Hoàn thành');
    const day = within(second).getByLabelText('Ngày hoàn thành');
    fireEvent.mouseDown(day);
    fireEvent.change(day, { target: { value: '20/06/2024' } });
    fireEvent.keyDown(day, { key: 'Enter', code: 'Enter' });
    fireEvent.blur(day);

    await userEvent.click(button('Gửi'));
    const dialog = await screen.findByRole('dialog', { name: 'Gửi báo cáo?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận gửi' }));

    const message = await within(row('II.2')).findByText('Ngày hoàn thành không được sau ngày hôm nay (07/12/2026)');
    expect(message.closest('.ant-form-item')).not.toBeNull();
    expect(await screen.findByText(/Tiến độ của một số nhiệm vụ chưa lưu được/)).toBeInTheDocument();
    expect(taskPuts(server)[0].body).toMatchObject({ status: 'DONE', doneOn: '2024-06-20' });
    expect(server.requests.some((r) => r.method === 'POST' && r.path.endsWith('/submit'))).toBe(false);
  });

  it('does not send the report while a task row is invalid, without asking the server', async () => {
    const server = serve();
    open();
    await ready();
    await choose(row('II.2'), 'Tình trạng thực hiện', 'Không hoàn thành');
    await userEvent.click(button('Gửi'));
    expect(await within(row('II.2')).findByText('Hãy nêu lý do không hoàn thành')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Gửi báo cáo?' })).toBeNull();
    expect(server.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('keeps what was typed in a task row across leaving the page, as the report’s own text', async () => {
    serve();
    open();
    await ready();
    fireEvent.change(within(row('II.2')).getByLabelText('Kết quả thực hiện'), { target: { value: 'Đã tiếp 45 lượt công dân.' } });
    // the draft is written when typing rests
    await new Promise((resolve) => setTimeout(resolve, 700));
    cleanup();

    serve();
    open();
    await ready();
    expect(await screen.findByTestId('draft-notice')).toHaveTextContent('Đã khôi phục nội dung bạn nhập dở');
    expect(within(row('II.2')).getByLabelText('Kết quả thực hiện')).toHaveValue('Đã tiếp 45 lượt công dân.');
  });
});
