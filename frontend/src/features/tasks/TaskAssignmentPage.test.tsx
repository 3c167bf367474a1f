import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { ATTACHMENT, PLAN } from '@/components/submission/fixtures';
import { assignment, CHANGE, PAST_DUE, task } from '@/components/task-assignments/fixtures';
import type { TaskAssignment } from '@/components/task-assignments';
import { COORDINATOR, fakeApi, type FakeRequest, LEADER, page, renderPage, REPORTER } from '@/test/render';
import TaskAssignmentPage from './TaskAssignmentPage';

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 60_000 });
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });
afterEach(() => vi.unstubAllGlobals());

const START = assignment({ id: 'a1', taskId: 'task-1', dueDate: PAST_DUE, status: 'IN_PROGRESS', result: 'Đã xây dựng lịch tiếp công dân.', updatedBy: 'tn.snv', version: 3 });

function serve(put?: (request: FakeRequest) => unknown, start: TaskAssignment = START, routes: Record<string, (request: FakeRequest) => unknown> = {}) {
  let current: TaskAssignment = start;
  return fakeApi({
    'GET /api/v1/task-assignments/a1': () => current,
    'GET /api/v1/task-assignments/a1/history': () => page([CHANGE]),
    'GET /api/v1/task-assignments/a1/files': () => page([]),
    ...routes,
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

const AWAITING = { ...START, reviewStatus: 'AWAITING_REVIEW' as const };

describe('the review of a unit’s update', () => {
  it('shows a returned update’s reason to the unit, with who returned it and when', async () => {
    serve(undefined, { ...START, reviewStatus: 'RETURNED', reviewReason: 'Đề nghị bổ sung số liệu số lượt tiếp công dân.', reviewedBy: 'sonoivu', reviewedAt: '2024-04-03T02:00:00Z' });
    open();
    await screen.findByRole('heading', { level: 1, name: 'Nhiệm vụ II.1' });
    expect(await screen.findByText('Trả lại', { selector: '.ant-tag' })).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Lý do trả lại: Đề nghị bổ sung số liệu số lượt tiếp công dân.')).toBeInTheDocument();
    expect(within(alert).getByText(/^Bởi sonoivu, lúc 03\/04\/2024/)).toBeInTheDocument();
    // the unit still records progress; no review buttons for it
    expect(await findButton('Lưu tiến độ')).toBeInTheDocument();
    expect(screen.queryByText('Chấp nhận', TEXT_IN_BUTTON)).toBeNull();
  });

  it('lets a coordinator accept an update awaiting review, with If-Match', async () => {
    const server = serve(undefined, AWAITING, {
      'POST /api/v1/task-assignments/a1/accept': () => ({ ...AWAITING, reviewStatus: 'ACCEPTED', reviewedBy: 'sonoivu', reviewedAt: '2024-04-03T02:00:00Z', version: 4 }),
    });
    open(COORDINATOR);
    expect(await screen.findByText('Chờ xem xét', { selector: '.ant-tag' })).toBeInTheDocument();
    fireEvent.click(await findButton('Chấp nhận'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('Chấp nhận', TEXT_IN_BUTTON));
    await waitFor(() => expect(server.requests.filter((r) => r.path.endsWith('/accept'))).toHaveLength(1));
    const accept = server.requests.find((r) => r.path.endsWith('/accept'))!;
    expect(accept.headers.get('If-Match')).toBe('"3"');
    expect(accept.body).toEqual({});
    expect(await screen.findByText('Đã chấp nhận cập nhật của đơn vị')).toBeInTheDocument();
    expect(await screen.findByText('Cập nhật đã được chấp nhận')).toBeInTheDocument();
  });

  it('asks a coordinator for the reason to return it and shows the server’s refusal', async () => {
    const server = serve(undefined, AWAITING, {
      'POST /api/v1/task-assignments/a1/return': () => ({
        status: 409,
        body: { type: '/problems/invalid-transition', title: 'Không thể chuyển trạng thái', status: 409, detail: 'Cập nhật này không còn chờ xem xét.' },
      }),
    });
    open(COORDINATOR);
    fireEvent.click(await findButton('Trả lại'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('Trả lại', TEXT_IN_BUTTON));
    expect(await within(dialog).findByText('Hãy nêu lý do trả lại')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText('Lý do trả lại'), { target: { value: 'Bổ sung số liệu theo quý' } });
    fireEvent.click(within(dialog).getByText('Trả lại', TEXT_IN_BUTTON));
    await waitFor(() => expect(server.requests.filter((r) => r.path.endsWith('/return'))).toHaveLength(1));
    expect(server.requests.find((r) => r.path.endsWith('/return'))!.body).toEqual({ reason: 'Bổ sung số liệu theo quý' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cập nhật này không còn chờ xem xét.');
  });

  it('offers no review to the unit’s reporter while it awaits review', async () => {
    serve(undefined, AWAITING);
    open();
    expect(await screen.findByText('Cập nhật của đơn vị đang chờ cơ quan điều phối xem xét.')).toBeInTheDocument();
    expect(screen.queryByText('Chấp nhận', TEXT_IN_BUTTON)).toBeNull();
    expect(screen.queryByText('Trả lại', TEXT_IN_BUTTON)).toBeNull();
  });

  it('names returns, acceptances and files in the history', async () => {
    serve(undefined, START, {
      'GET /api/v1/task-assignments/a1/history': () =>
        page([
          CHANGE,
          { ...CHANGE, kind: 'FILE_ADDED', fromStatus: 'IN_PROGRESS', result: null, fileId: 'f1', fileName: 'bien-ban.pdf', at: '2024-04-02T03:00:00Z' },
          { ...CHANGE, kind: 'RETURN', fromStatus: 'IN_PROGRESS', result: null, reason: 'Thiếu số liệu', actor: 'sonoivu', at: '2024-04-03T02:00:00Z' },
          { ...CHANGE, kind: 'FILE_REMOVED', fromStatus: 'IN_PROGRESS', result: null, fileId: 'f1', fileName: 'bien-ban.pdf', at: '2024-04-04T02:00:00Z' },
          { ...CHANGE, kind: 'ACCEPT', fromStatus: 'IN_PROGRESS', result: null, actor: 'sonoivu', at: '2024-04-05T02:00:00Z' },
        ]),
    });
    open();
    await waitFor(() => expect(screen.getAllByTestId('history-step')).toHaveLength(5));
    const steps = screen.getAllByTestId('history-step');
    expect(within(steps[1]).getByText('Thêm tệp minh chứng «bien-ban.pdf»')).toBeInTheDocument();
    expect(within(steps[2]).getByText('Trả lại cập nhật để đơn vị bổ sung')).toBeInTheDocument();
    expect(within(steps[2]).getByText('Lý do trả lại: Thiếu số liệu')).toBeInTheDocument();
    expect(within(steps[2]).getByText('Người xem xét: sonoivu')).toBeInTheDocument();
    expect(within(steps[3]).getByText('Xóa tệp minh chứng «bien-ban.pdf»')).toBeInTheDocument();
    expect(within(steps[4]).getByText('Chấp nhận cập nhật')).toBeInTheDocument();
  });
});

describe('evidence files of an assignment', () => {
  class FakeXhr {
    static sent: FakeXhr[] = [];
    static answer: { status: number; body: unknown } = { status: 201, body: ATTACHMENT };
    method = '';
    url = '';
    headers: Record<string, string> = {};
    body: FormData | null = null;
    status = 0;
    responseText = '';
    withCredentials = false;
    upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    send(body: FormData) {
      this.body = body;
      FakeXhr.sent.push(this);
      setTimeout(() => {
        this.status = FakeXhr.answer.status;
        this.responseText = JSON.stringify(FakeXhr.answer.body);
        this.onload?.();
      }, 0);
    }
    abort() {}
  }

  it('lets the unit’s reporter upload files and names a refused one (413, 415)', async () => {
    FakeXhr.sent = [];
    serve();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { container } = open();
    await findButton('Tải tệp minh chứng lên');
    const input = () => container.querySelector('input[type="file"]') as HTMLInputElement;

    FakeXhr.answer = { status: 413, body: { type: '/problems/payload-too-large', title: 'Nội dung yêu cầu quá lớn', status: 413 } };
    await userEvent.upload(input(), new File(['x'], 'bao-cao.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('Tệp «bao-cao.pdf» vượt quá dung lượng cho phép.')).toBeInTheDocument();
    expect(FakeXhr.sent[0].method).toBe('POST');
    expect(FakeXhr.sent[0].url).toBe('/api/v1/task-assignments/a1/files');

    FakeXhr.answer = { status: 415, body: { type: '/problems/unsupported-file-type', title: 'Loại tệp không được chấp nhận', status: 415 } };
    await userEvent.upload(input(), new File(['x'], 'anh.png', { type: 'image/png' }));
    expect(await screen.findByText(/Tệp «anh.png» không đúng loại được chấp nhận/)).toBeInTheDocument();

    FakeXhr.answer = { status: 201, body: ATTACHMENT };
    await userEvent.upload(input(), new File(['x'], 'bien-ban.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('Đã tải lên bien-ban.pdf')).toBeInTheDocument();
  });

  it('lists the files with download links and lets a coordinator delete one', async () => {
    const server = serve(undefined, START, {
      'GET /api/v1/task-assignments/a1/files': () => page([ATTACHMENT]),
      'DELETE /api/v1/task-assignments/a1/files/:fileId': () => ({ status: 204 }),
    });
    open(COORDINATOR);
    const link = await screen.findByRole('link', { name: ATTACHMENT.fileName });
    expect(link).toHaveAttribute('href', `/api/v1/task-assignments/a1/files/${ATTACHMENT.id}`);
    await userEvent.click(screen.getByRole('button', { name: `Xóa tệp ${ATTACHMENT.fileName}` }));
    await userEvent.click(within(document.querySelector('.ant-popconfirm') as HTMLElement).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(server.requests.some((r) => r.method === 'DELETE' && r.path === `/api/v1/task-assignments/a1/files/${ATTACHMENT.id}`)).toBe(true));
    expect(await screen.findByText('Đã xóa tệp minh chứng')).toBeInTheDocument();
  });

  it('offers neither upload nor delete to a leader', async () => {
    serve(undefined, START, { 'GET /api/v1/task-assignments/a1/files': () => page([ATTACHMENT]) });
    open(LEADER);
    await screen.findByRole('link', { name: ATTACHMENT.fileName });
    expect(screen.queryByText('Tải tệp minh chứng lên')).toBeNull();
    expect(screen.queryByRole('button', { name: `Xóa tệp ${ATTACHMENT.fileName}` })).toBeNull();
  });
});
