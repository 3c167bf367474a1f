import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { fakeApi, LEADER, page, renderPage } from '@/test/render';
import { ATTACHMENT, HISTORY, REF_ROUTES, RETURNED_HISTORY, submission } from '@/components/submission/fixtures';
import ReviewPage from './ReviewPage';

// antd pages render slowly in jsdom on a shared machine
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });
// the pointer-events check reads computed styles up the tree, which is slow with antd's style sheets
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });

afterEach(() => vi.unstubAllGlobals());

function serve(status: 'SUBMITTED' | 'ACCEPTED' = 'SUBMITTED', extra: Parameters<typeof fakeApi>[0] = {}) {
  let current = submission({ status });
  let history = HISTORY;
  const server = fakeApi({
    ...REF_ROUTES,
    'GET /api/v1/submissions/s1': () => current,
    'GET /api/v1/submissions/s1/history': () => page(history),
    'GET /api/v1/submissions/s1/attachments': () => page([ATTACHMENT]),
    'POST /api/v1/submissions/s1/accept': () => {
      current = submission({ status: 'ACCEPTED', acceptedAt: '2024-11-05T03:00:00Z', version: 4 });
      return current;
    },
    'POST /api/v1/submissions/s1/return': (request) => {
      current = submission({ status: 'RETURNED', version: 4 });
      history = [
        ...HISTORY,
        { fromStatus: 'SUBMITTED', toStatus: 'RETURNED', actor: 'sonoivu', at: '2024-11-04T12:00:00Z', reason: (request.body as { reason: string }).reason },
      ];
      return current;
    },
    'POST /api/v1/submissions/s1/reopen': () => {
      current = submission({ status: 'SUBMITTED', version: 5 });
      return current;
    },
    ...extra,
  });
  return server;
}

const open = () => renderPage(<ReviewPage />, { route: '/submissions/s1', path: '/submissions/:submissionId' });

describe('the review of a submission', () => {
  it('shows who reported what, the five sections, the figures, the evidence and the history', async () => {
    fakeApi({
      ...REF_ROUTES,
      'GET /api/v1/submissions/s1': () => submission({ status: 'RETURNED', timeliness: 'LATE' }),
      'GET /api/v1/submissions/s1/history': () => page(RETURNED_HISTORY),
      'GET /api/v1/submissions/s1/attachments': () => page([ATTACHMENT]),
    });
    open();

    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ báo cáo – Sở Nội vụ tỉnh Tây Ninh' })).toBeInTheDocument();
    const details = screen.getByLabelText('Thông tin hồ sơ');
    expect(await within(details).findByText('859/KH-UBND – Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh')).toBeInTheDocument();
    expect(within(details).getByText('01/11/2024')).toBeInTheDocument();
    expect(within(details).getByText('Bị trả lại')).toBeInTheDocument();
    expect(within(details).getByText('Trễ hạn')).toBeInTheDocument();
    expect(within(details).getByText('312/BC-SNV')).toBeInTheDocument();
    expect(await within(details).findByText('2024')).toBeInTheDocument();

    for (const heading of ['Kết quả đạt được', 'Hạn chế', 'Nguyên nhân', 'Phương hướng, nhiệm vụ', 'Kiến nghị, đề xuất']) {
      expect(screen.getByRole('heading', { level: 3, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByText('Đã quán triệt Chỉ thị số 33/CT-TTg đến toàn thể cán bộ, công chức.')).toBeInTheDocument();
    expect(screen.getAllByText('Chưa có nội dung')).toHaveLength(2);

    const values = screen.getByRole('table', { name: 'Số liệu báo cáo' });
    expect(await within(values).findByText(/100% cán bộ, công chức, viên chức được học tập/)).toBeInTheDocument();
    expect(within(values).getByText('94')).toBeInTheDocument();
    expect(within(values).getByText('96')).toBeInTheDocument();
    expect(within(values).getByText('97,9 %')).toBeInTheDocument();

    const files = await screen.findByRole('table', { name: 'Tài liệu kiểm chứng' });
    expect(within(files).getByRole('link', { name: 'bao-cao-dan-van-2024.pdf' })).toHaveAttribute('href', '/api/v1/submissions/s1/attachments/a1');
    expect(within(files).getByText('PDF')).toBeInTheDocument();
    expect(within(files).getByText('277,5 KB')).toBeInTheDocument();

    const steps = await screen.findAllByTestId('history-step');
    expect(steps).toHaveLength(3);
    expect(within(steps[0]).getByText('Tạo bản nháp')).toBeInTheDocument();
    expect(within(steps[2]).getByText('Đã gửi')).toBeInTheDocument();
    expect(within(steps[2]).getByText('Bị trả lại')).toBeInTheDocument();
    expect(within(steps[2]).getByText('Người thực hiện: sonoivu')).toBeInTheDocument();
    expect(within(steps[2]).getByText(/Lý do: Bổ sung số liệu cán bộ, công chức được tập huấn/)).toBeInTheDocument();
    expect(within(steps[2]).getByText(/^04\/11\/2024 \d\d:\d\d$/)).toBeInTheDocument();
  });

  it('accepts a submitted report and refreshes the submission and its history', async () => {
    const server = serve();
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Chấp nhận' }));
    const dialog = await screen.findByRole('dialog', { name: 'Chấp nhận hồ sơ' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Chấp nhận' }));

    await waitFor(() => expect(server.requests.some((r) => r.method === 'POST' && r.path === '/api/v1/submissions/s1/accept')).toBe(true));
    expect(await screen.findByText('Đã chấp nhận hồ sơ')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Mở lại' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Trả lại' })).not.toBeInTheDocument();
    const accept = server.requests.findIndex((r) => r.path === '/api/v1/submissions/s1/accept');
    await waitFor(() =>
      expect(server.requests.slice(accept).some((r) => r.method === 'GET' && r.path === '/api/v1/submissions/s1/history')).toBe(true),
    );
  });

  it('returns a report only with a reason, and sends that reason', async () => {
    const server = serve();
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Trả lại' }));
    const dialog = await screen.findByRole('dialog', { name: 'Trả lại hồ sơ để đơn vị bổ sung' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(await within(dialog).findByText('Hãy nhập lý do')).toBeInTheDocument();
    expect(server.requests.some((r) => r.path === '/api/v1/submissions/s1/return')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText('Lý do trả lại'), { target: { value: 'Bổ sung tài liệu kiểm chứng.' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    await waitFor(() => expect(server.requests.some((r) => r.path === '/api/v1/submissions/s1/return')).toBe(true));
    expect(server.requests.find((r) => r.path === '/api/v1/submissions/s1/return')!.body).toEqual({ reason: 'Bổ sung tài liệu kiểm chứng.' });
    expect(await screen.findByText('Đã trả lại hồ sơ cho đơn vị')).toBeInTheDocument();
    expect(await screen.findByText('Lý do: Bổ sung tài liệu kiểm chứng.')).toBeInTheDocument();
  });

  it('shows the server’s words when someone acted first (409)', async () => {
    serve('SUBMITTED', {
      'POST /api/v1/submissions/s1/accept': () => ({
        status: 409,
        body: { type: '/problems/submission-returned', title: 'Hồ sơ đã bị trả lại', status: 409, detail: 'Hồ sơ đã được trả lại cho đơn vị, không thể chấp nhận.' },
      }),
    });
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Chấp nhận' }));
    const dialog = await screen.findByRole('dialog', { name: 'Chấp nhận hồ sơ' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Chấp nhận' }));
    expect(await within(dialog).findByText('Hồ sơ đã bị trả lại. Hồ sơ đã được trả lại cho đơn vị, không thể chấp nhận.')).toBeInTheDocument();
  });

  it('reopens an accepted report with a reason', async () => {
    const server = serve('ACCEPTED');
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Mở lại' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở lại hồ sơ đã chấp nhận' });
    fireEvent.change(within(dialog).getByLabelText('Lý do mở lại'), { target: { value: 'Số liệu chưa khớp.' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mở lại' }));
    await waitFor(() => expect(server.requests.find((r) => r.path === '/api/v1/submissions/s1/reopen')?.body).toEqual({ reason: 'Số liệu chưa khớp.' }));
    expect(await screen.findByRole('button', { name: 'Chấp nhận' })).toBeInTheDocument();
  });

  it('lets a leader read but not act', async () => {
    fakeApi({
      ...REF_ROUTES,
      'GET /api/v1/submissions/s1': () => submission(),
      'GET /api/v1/submissions/s1/history': () => page(HISTORY),
      'GET /api/v1/submissions/s1/attachments': () => page([]),
    });
    renderPage(<ReviewPage />, { route: '/submissions/s1', path: '/submissions/:submissionId', me: LEADER });
    expect(await screen.findByText('Đã quán triệt Chỉ thị số 33/CT-TTg đến toàn thể cán bộ, công chức.')).toBeInTheDocument();
    expect(await screen.findByText('Chưa có tài liệu kiểm chứng')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chấp nhận' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Trả lại' })).not.toBeInTheDocument();
  });
});
