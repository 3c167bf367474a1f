import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import type { components } from '@/api/schema';
import { fakeApi, type FakeRequest, page, renderPage, REPORTER } from '@/test/render';
import {
  ATTACHMENT,
  HISTORY,
  RATING_TARGET,
  REF_ROUTES,
  RETURNED_HISTORY,
  submission,
  TARGET,
  TARGET_2,
} from '@/components/submission/fixtures';
import SubmissionEditPage from './SubmissionEditPage';

// antd pages render slowly in jsdom on a shared machine
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 60_000 });
// the pointer-events check reads computed styles up the tree, which is slow with antd's style sheets
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });

afterEach(() => vi.unstubAllGlobals());

type Submission = components['schemas']['Submission'];

interface Options {
  start?: Submission;
  history?: components['schemas']['Transition'][];
  put?: (request: FakeRequest) => unknown;
}

function serve({ start = submission({ status: 'DRAFT', values: [], timeliness: null, submittedAt: null, firstSubmittedAt: null }), history = HISTORY.slice(0, 1), put }: Options = {}) {
  let current = start;
  const server = fakeApi({
    ...REF_ROUTES,
    'GET /api/v1/plans/p1/targets': () => page([TARGET, RATING_TARGET, TARGET_2]),
    'GET /api/v1/submissions/s1': () => current,
    'GET /api/v1/submissions/s1/history': () => page(history),
    'GET /api/v1/submissions/s1/attachments': () => page([ATTACHMENT]),
    'PUT /api/v1/submissions/s1': (request) => {
      if (put) return put(request);
      const body = request.body as Partial<Submission>;
      current = { ...current, ...body, version: current.version + 1 } as Submission;
      return current;
    },
    'POST /api/v1/submissions/s1/submit': () => {
      current = { ...current, status: 'SUBMITTED', timeliness: 'ON_TIME', submittedAt: '2024-10-30T12:00:00Z', version: current.version + 1 };
      return current;
    },
    'DELETE /api/v1/submissions/s1/attachments/:attachmentId': () => ({ status: 204 }),
  });
  /** Another officer saves the submission on the server. */
  const changeElsewhere = (next: Submission) => {
    current = next;
  };
  return Object.assign(server, { changeElsewhere });
}

const open = () =>
  renderPage(<SubmissionEditPage />, { route: '/my-unit/submissions/s1', path: '/my-unit/submissions/:submissionId', me: REPORTER });

// Role queries compute accessible names through jsdom's slow getComputedStyle; the page's own
// buttons are found by their text (antd writes it in a span inside the button) instead.
const TEXT_IN_BUTTON = { selector: 'button > span' };
const button = (name: string) => screen.getByText(name, TEXT_IN_BUTTON).closest('button') as HTMLButtonElement;
const queryButton = (name: string) => screen.queryByText(name, TEXT_IN_BUTTON)?.closest('button') ?? null;
const findButton = async (name: string) => (await screen.findByText(name, TEXT_IN_BUTTON)).closest('button') as HTMLButtonElement;

/** Types a number into an antd InputNumber in one go (typing key by key is slow in jsdom). */
function fill(input: HTMLElement, value: string) {
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

const puts = (server: ReturnType<typeof fakeApi>) => server.requests.filter((r) => r.method === 'PUT');

describe('filling a submission', () => {
  it('saves a draft with If-Match, the five sections, the document and the reported figures', async () => {
    const server = serve();
    open();

    const results = await screen.findByLabelText('Kết quả đạt được');
    expect(results).toHaveValue('Đã quán triệt Chỉ thị số 33/CT-TTg đến toàn thể cán bộ, công chức.');
    for (const label of ['Hạn chế', 'Nguyên nhân', 'Phương hướng, nhiệm vụ', 'Kiến nghị, đề xuất']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Ngày văn bản')).toHaveValue('28/10/2024');
    // only the REPORTED targets of this obligation take figures
    expect(screen.getByRole('group', { name: /III\.1/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /III\.2/ })).toBeInTheDocument();
    expect(screen.queryByText(/Trên 90% cơ quan được xếp loại Tốt/)).not.toBeInTheDocument();

    fireEvent.change(results, { target: { value: 'Đã tổ chức 12 hội nghị quán triệt.' } });
    fireEvent.change(screen.getByLabelText('Kiến nghị, đề xuất'), { target: { value: 'Đề nghị bổ sung kinh phí.' } });
    const first = screen.getByRole('group', { name: /III\.1/ });
    fill(within(first).getByLabelText('Số đạt'), '90');
    fill(within(first).getByLabelText('Tổng số'), '96');
    expect(await within(first).findByText('93,8 %')).toBeInTheDocument();

    await userEvent.click(button('Lưu nháp'));
    expect(await screen.findByText('Đã lưu bản nháp')).toBeInTheDocument();
    const [put] = puts(server);
    expect(put.path).toBe('/api/v1/submissions/s1');
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toEqual({
      sections: {
        results: 'Đã tổ chức 12 hội nghị quán triệt.',
        shortcomings: 'Một số nội dung triển khai còn chậm.',
        causes: null,
        directions: 'Gắn công tác dân vận với cải cách hành chính.',
        recommendations: 'Đề nghị bổ sung kinh phí.',
      },
      values: [{ targetId: 't1', numerator: 90, denominator: 96 }],
      documentNumber: '312/BC-SNV',
      documentDate: '2024-10-28',
    });

    // the next save is based on the version the server answered
    await userEvent.click(button('Lưu nháp'));
    await waitFor(() => expect(puts(server)).toHaveLength(2));
    expect(puts(server)[1].headers.get('If-Match')).toBe('"4"');
  });

  it('submits: saves first, then sends, then shows the report read only', async () => {
    const server = serve();
    open();
    await userEvent.click(await findButton('Gửi'));
    const dialog = await screen.findByRole('dialog', { name: 'Gửi báo cáo?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận gửi' }));

    expect(await screen.findByText('Đã gửi báo cáo')).toBeInTheDocument();
    const writes = server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual(['PUT /api/v1/submissions/s1', 'POST /api/v1/submissions/s1/submit']);
    expect(server.requests.find((r) => r.method === 'PUT')!.headers.get('If-Match')).toBe('"3"');
    expect(await screen.findByText('Báo cáo đã gửi, đang chờ Sở Nội vụ xem xét; bạn chỉ xem được, không sửa được.')).toBeInTheDocument();
    expect(queryButton('Lưu nháp')).not.toBeInTheDocument();
  });

  it('tells the user when someone else changed the submission (412) and reloads it', async () => {
    let stale = true;
    const server = serve({
      put: () =>
        stale
          ? { status: 412, body: { type: '/problems/stale-version', title: 'Dữ liệu đã bị người khác thay đổi', status: 412 } }
          : submission({ status: 'DRAFT', version: 9 }),
    });
    open();
    await screen.findByLabelText('Kết quả đạt được');
    const GETs = () => server.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/submissions/s1').length;
    await userEvent.click(button('Lưu nháp'));
    expect(await screen.findByText('Hồ sơ đã được thay đổi ở nơi khác')).toBeInTheDocument();
    expect(button('Lưu nháp')).toBeDisabled();

    const before = GETs();
    stale = false;
    server.changeElsewhere(submission({ status: 'DRAFT', version: 8, sections: { results: 'Bản do cán bộ khác sửa.' } }));
    await userEvent.click(button('Tải lại'));
    await waitFor(() => expect(screen.queryByText('Hồ sơ đã được thay đổi ở nơi khác')).not.toBeInTheDocument());
    expect(GETs()).toBeGreaterThan(before);
    expect(await screen.findByLabelText('Kết quả đạt được')).toHaveValue('Bản do cán bộ khác sửa.');

    await userEvent.click(button('Lưu nháp'));
    await waitFor(() => expect(puts(server)).toHaveLength(2));
    expect(puts(server)[1].headers.get('If-Match')).toBe('"8"');
  });

  it('puts the server’s violations on the fields they name, the figures on the row they came from', async () => {
    serve({
      put: () => ({
        status: 400,
        body: {
          type: '/problems/validation',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          violations: [
            { field: 'values[0].denominator', message: 'vượt quá số cán bộ, công chức của đơn vị' },
            { field: 'sections.results', message: 'không được vượt quá 50000 ký tự' },
            { field: 'values[0].targetId', message: 'chỉ tiêu này không nhận số liệu báo cáo' },
          ],
        },
      }),
    });
    open();
    await screen.findByLabelText('Kết quả đạt được');
    // only the second target is filled: the server's values[0] is the form's second row
    const second = screen.getByRole('group', { name: /III\.2/ });
    fill(within(second).getByLabelText('Số đạt'), '5');
    fill(within(second).getByLabelText('Tổng số'), '9000');
    await userEvent.click(button('Lưu nháp'));

    expect(await within(second).findByText('vượt quá số cán bộ, công chức của đơn vị')).toBeInTheDocument();
    const first = screen.getByRole('group', { name: /III\.1/ });
    expect(within(first).queryByText('vượt quá số cán bộ, công chức của đơn vị')).not.toBeInTheDocument();
    expect(await screen.findByText('không được vượt quá 50000 ký tự')).toBeInTheDocument();
    // a violation no field shows goes above the form
    expect(screen.getByText('Chưa lưu được báo cáo')).toBeInTheDocument();
    expect(screen.getByText('chỉ tiêu này không nhận số liệu báo cáo')).toBeInTheDocument();
  });

  it('refuses figures where the achieved number exceeds the total, without asking the server', async () => {
    const server = serve();
    open();
    const first = await screen.findByRole('group', { name: /III\.1/ });
    fill(within(first).getByLabelText('Số đạt'), '10');
    fill(within(first).getByLabelText('Tổng số'), '5');
    await userEvent.click(button('Lưu nháp'));
    expect(await within(first).findByText('Số đạt không được lớn hơn tổng số')).toBeInTheDocument();
    expect(puts(server)).toHaveLength(0);
  });

  it('shows why a returned submission came back and offers to resubmit it', async () => {
    serve({
      start: submission({ status: 'RETURNED', version: 4 }),
      history: RETURNED_HISTORY,
    });
    open();
    expect(await screen.findByText('Hồ sơ bị trả lại để bổ sung')).toBeInTheDocument();
    expect(await screen.findByTestId('return-reason')).toHaveTextContent(
      'Bổ sung số liệu cán bộ, công chức được tập huấn và tài liệu kiểm chứng.',
    );
    expect(screen.getByText(/người thực hiện: sonoivu/)).toBeInTheDocument();
    expect(button('Gửi lại')).toBeEnabled();
    expect(screen.getByLabelText('Kết quả đạt được')).toBeInTheDocument();
  });

  it('shows a submitted report read only', async () => {
    serve({ start: submission({ status: 'SUBMITTED' }), history: HISTORY });
    open();
    expect(await screen.findByText('Báo cáo đã gửi, đang chờ Sở Nội vụ xem xét; bạn chỉ xem được, không sửa được.')).toBeInTheDocument();
    expect(screen.getByText('Đã quán triệt Chỉ thị số 33/CT-TTg đến toàn thể cán bộ, công chức.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Kết quả đạt được')).not.toBeInTheDocument();
    expect(queryButton('Lưu nháp')).not.toBeInTheDocument();
    expect(queryButton('Tải tệp lên')).not.toBeInTheDocument();
    const files = await screen.findByLabelText('Tài liệu kiểm chứng', { selector: 'table' });
    expect(within(files).queryByRole('button', { name: /Xóa tệp/ })).not.toBeInTheDocument();
  });
});

describe('evidence files', () => {
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
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        this.status = FakeXhr.answer.status;
        this.responseText = JSON.stringify(FakeXhr.answer.body);
        this.onload?.();
      }, 0);
    }
    abort() {}
  }

  it('uploads a file as multipart field “file” and names a refused one in Vietnamese (413, 415)', async () => {
    FakeXhr.sent = [];
    serve();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { container } = open();
    await findButton('Tải tệp lên');
    const input = () => container.querySelector('input[type="file"]') as HTMLInputElement;

    FakeXhr.answer = { status: 413, body: { type: '/problems/payload-too-large', title: 'Nội dung yêu cầu quá lớn', status: 413 } };
    await userEvent.upload(input(), new File(['x'], 'bao-cao.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('Tệp «bao-cao.pdf» vượt quá dung lượng cho phép.')).toBeInTheDocument();
    expect(FakeXhr.sent[0].method).toBe('POST');
    expect(FakeXhr.sent[0].url).toBe('/api/v1/submissions/s1/attachments');
    expect((FakeXhr.sent[0].body!.get('file') as File).name).toBe('bao-cao.pdf');

    FakeXhr.answer = { status: 415, body: { type: '/problems/unsupported-file-type', title: 'Loại tệp không được chấp nhận', status: 415 } };
    await userEvent.upload(input(), new File(['x'], 'anh.png', { type: 'image/png' }));
    expect(await screen.findByText(/Tệp «anh.png» không đúng loại được chấp nhận/)).toBeInTheDocument();

    FakeXhr.answer = { status: 201, body: ATTACHMENT };
    await userEvent.upload(input(), new File(['x'], 'bien-ban.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('Đã tải lên bien-ban.pdf')).toBeInTheDocument();
    expect(FakeXhr.sent[2].withCredentials).toBe(true);
    expect(FakeXhr.sent[2].headers['Accept-Language']).toBe('vi');
    expect(screen.queryByText(/bien-ban.pdf» /)).not.toBeInTheDocument();
  });

  it('lists the files with download links and deletes one', async () => {
    const server = serve();
    open();
    const files = await screen.findByLabelText('Tài liệu kiểm chứng', { selector: 'table' });
    expect(within(files).getByRole('link', { name: 'bao-cao-dan-van-2024.pdf' })).toHaveAttribute('href', '/api/v1/submissions/s1/attachments/a1');
    await userEvent.click(within(files).getByRole('button', { name: 'Xóa tệp bao-cao-dan-van-2024.pdf' }));
    await screen.findByText('Xóa tệp bao-cao-dan-van-2024.pdf?');
    await userEvent.click(within(document.querySelector('.ant-popconfirm') as HTMLElement).getByRole('button', { name: 'Xóa' }));
    await waitFor(() =>
      expect(server.requests.some((r) => r.method === 'DELETE' && r.path === '/api/v1/submissions/s1/attachments/a1')).toBe(true),
    );
    expect(await screen.findByText('Đã xóa tệp')).toBeInTheDocument();
  });
});
