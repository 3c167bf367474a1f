import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import type { Me } from '@/lib/auth';
import { fakeApi, LEADER, page, renderPage } from '@/test/render';
import AppraisalPage from './AppraisalPage';
import { RUBRIC, SUBMITTED } from './testData';
import type { Assessment } from './scoring';

configure({ asyncUtilTimeout: 5000 });
// jsdom and antd forms are slow on a shared 2-core machine
vi.setConfig({ testTimeout: 150_000 });
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });

afterEach(() => vi.unstubAllGlobals());

const open = (me?: Me) =>
  renderPage(<AppraisalPage />, { route: '/assessments/as1', path: '/assessments/:assessmentId', ...(me ? { me } : {}) });

function serve(start: Assessment = SUBMITTED, extra: Parameters<typeof fakeApi>[0] = {}) {
  let current = start;
  const moved = (status: Assessment['status']) => {
    current = { ...current, status, version: current.version + 1 };
    return current;
  };
  return fakeApi({
    'GET /api/v1/assessments/as1': () => current,
    'GET /api/v1/rubrics/r1': () => RUBRIC,
    'GET /api/v1/assessments/as1/history': () => page([]),
    'PUT /api/v1/assessments/as1/appraisal': () => {
      current = { ...current, version: current.version + 1 };
      return current;
    },
    'POST /api/v1/assessments/as1/appraise': () => moved('APPRAISED'),
    'POST /api/v1/assessments/as1/return': () => moved('DRAFT'),
    'POST /api/v1/assessments/as1/finalize': () => moved('FINAL'),
    ...extra,
  });
}

async function appraise(code: string, value: string) {
  const input = await screen.findByLabelText(`Điểm thẩm định tiêu chí ${code}`);
  await userEvent.clear(input);
  await userEvent.type(input, value);
}

async function reason(code: string, text: string) {
  await userEvent.click(screen.getByLabelText(`Lý do điều chỉnh tiêu chí ${code}`));
  await userEvent.paste(text);
}

describe('the appraisal', () => {
  it('shows the self score, note and evidence beside the appraised score, with both totals', async () => {
    serve();
    open();
    const row = await screen.findByTestId('criterion-I.1');
    expect(within(row).getByTestId('self-I.1')).toHaveTextContent('5');
    expect(within(row).getByText('Kế hoạch số 45/KH-SNV ngày 02/4/2024')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Kế hoạch số 45/KH-SNV' })).toHaveAttribute('href', 'https://snv.example/45.pdf');
    expect(screen.getByTestId('self-totals-total')).toHaveTextContent('18/20');
    expect(screen.getByTestId('self-totals-band')).toHaveTextContent('Tốt');

    await userEvent.click(screen.getByRole('button', { name: 'Điền điểm tự chấm vào các ô còn trống' }));
    await appraise('II.1', '6');
    // 5 + 3 + 6, no bonus granted yet, 1 deducted: 13 of 20
    expect(screen.getByTestId('appraised-totals-total')).toHaveTextContent('13/20');
    expect(screen.getByTestId('appraised-totals-percent')).toHaveTextContent('65 %');
    expect(screen.getByTestId('appraised-totals-band')).toHaveTextContent('Trung bình');
    expect(screen.getByTestId('group-II')).toHaveTextContent('6/10 điểm');
  });

  it('asks for a reason where the appraised score differs, and sends it with If-Match', async () => {
    const server = serve();
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Điền điểm tự chấm vào các ô còn trống' }));
    await appraise('I.1', '4');
    await userEvent.click(screen.getByRole('button', { name: /Lưu kết quả thẩm định/ }));
    const row = screen.getByTestId('criterion-I.1');
    expect(await within(row).findByText('Điểm thẩm định khác điểm tự chấm: hãy nêu lý do')).toBeInTheDocument();
    // the same score as the unit's needs no reason
    expect(within(screen.getByTestId('criterion-I.2')).queryByText('Điểm thẩm định khác điểm tự chấm: hãy nêu lý do')).not.toBeInTheDocument();
    expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    await reason('I.1', 'Kế hoạch ban hành sau thời hạn 10/4/2024');
    await userEvent.click(screen.getByRole('button', { name: /Lưu kết quả thẩm định/ }));
    await waitFor(() => expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(1));
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe('/api/v1/assessments/as1/appraisal');
    expect(put.headers.get('If-Match')).toBe('"5"');
    expect(put.body).toEqual({
      note: null,
      eligible: true,
      ineligibilityReason: null,
      scores: [
        { code: 'I.1', points: 4, reason: 'Kế hoạch ban hành sau thời hạn 10/4/2024' },
        { code: 'I.2', points: 3, reason: null },
        { code: 'II.1', points: 9, reason: null },
      ],
      bonuses: [
        { code: 'MO_HINH', points: null },
        { code: 'SANG_KIEN', points: null },
      ],
    });
  });

  it('puts the server’s 400 violations on the criterion they name', async () => {
    serve(SUBMITTED, {
      'PUT /api/v1/assessments/as1/appraisal': () => ({
        status: 400,
        body: {
          type: '/problems/validation',
          title: 'Dữ liệu chưa hợp lệ',
          status: 400,
          violations: [{ field: 'scores[2].reason', message: 'Cần nêu lý do khi điểm thẩm định khác điểm tự chấm' }],
        },
      }),
    });
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Điền điểm tự chấm vào các ô còn trống' }));
    await userEvent.click(screen.getByRole('button', { name: /Lưu kết quả thẩm định/ }));
    expect(await within(screen.getByTestId('criterion-II.1')).findByText('Cần nêu lý do khi điểm thẩm định khác điểm tự chấm')).toBeInTheDocument();
  });

  it('saves the appraisal, then completes it', async () => {
    const server = serve();
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Điền điểm tự chấm vào các ô còn trống' }));
    await userEvent.click(screen.getByRole('button', { name: /Hoàn thành thẩm định/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /Hoàn thành thẩm định/ }));
    await waitFor(() => expect(server.requests.some((r) => r.path.endsWith('/appraise'))).toBe(true));
    const writes = server.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /api/v1/assessments/as1/appraisal', 'POST /api/v1/assessments/as1/appraise']);
    expect((writes[0].body as { scores: { points: number }[] }).scores.map((s) => s.points)).toEqual([5, 3, 9]);
    expect(await screen.findByRole('button', { name: /Ghi quyết định xếp loại/ })).toBeInTheDocument();
  });

  it('does not complete an appraisal whose changed score has no reason', async () => {
    const server = serve();
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Điền điểm tự chấm vào các ô còn trống' }));
    await appraise('II.1', '7');
    await userEvent.click(screen.getByRole('button', { name: /Hoàn thành thẩm định/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /Hoàn thành thẩm định/ }));
    expect(await within(dialog).findByText('Hãy sửa các ô được đánh dấu')).toBeInTheDocument();
    expect(within(screen.getByTestId('criterion-II.1')).getByText('Điểm thẩm định khác điểm tự chấm: hãy nêu lý do')).toBeInTheDocument();
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('returns the sheet with the reason the unit must act on', async () => {
    const server = serve();
    open();
    await userEvent.click(await screen.findByRole('button', { name: /Trả lại/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /Trả lại/ }));
    expect(await within(dialog).findByText('Hãy nhập lý do')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('Lý do'));
    await userEvent.paste('Bổ sung tài liệu kiểm chứng tiêu chí II.1');
    await userEvent.click(within(dialog).getByRole('button', { name: /Trả lại/ }));
    await waitFor(() => expect(server.requests.some((r) => r.path.endsWith('/return'))).toBe(true));
    expect(server.requests.find((r) => r.path.endsWith('/return'))!.body).toEqual({ reason: 'Bổ sung tài liệu kiểm chứng tiêu chí II.1' });
  });

  it('records the rating decision with its number and date', async () => {
    const server = serve({ ...SUBMITTED, status: 'APPRAISED' });
    open();
    await userEvent.click(await screen.findByRole('button', { name: /Ghi quyết định xếp loại/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText('Số quyết định'));
    await userEvent.paste('3250/QĐ-UBND');
    await userEvent.type(within(dialog).getByLabelText('Ngày quyết định'), '20/12/2024{enter}');
    await userEvent.click(within(dialog).getByRole('button', { name: /Ghi quyết định xếp loại/ }));
    await waitFor(() => expect(server.requests.some((r) => r.path.endsWith('/finalize'))).toBe(true));
    expect(server.requests.find((r) => r.path.endsWith('/finalize'))!.body).toEqual({ decisionNumber: '3250/QĐ-UBND', decisionDate: '2024-12-20' });
  });

  it('shows the server’s words when the transition is refused (409)', async () => {
    serve({ ...SUBMITTED, status: 'APPRAISED' }, {
      'POST /api/v1/assessments/as1/finalize': () => ({
        status: 409,
        body: { type: '/problems/assessment-final', title: 'Bảng điểm đã được xếp loại', detail: 'Đã có quyết định 3250/QĐ-UBND.', status: 409 },
      }),
    });
    open();
    await userEvent.click(await screen.findByRole('button', { name: /Ghi quyết định xếp loại/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText('Số quyết định'));
    await userEvent.paste('3250/QĐ-UBND');
    await userEvent.type(within(dialog).getByLabelText('Ngày quyết định'), '20/12/2024{enter}');
    await userEvent.click(within(dialog).getByRole('button', { name: /Ghi quyết định xếp loại/ }));
    expect(await within(dialog).findByText('Bảng điểm đã được xếp loại. Đã có quyết định 3250/QĐ-UBND.')).toBeInTheDocument();
  });

  it('lets a leader read without acting', async () => {
    serve();
    open(LEADER);
    expect(await screen.findByText('Bạn đang xem bảng điểm; chỉ cán bộ điều phối mới thẩm định.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Trả lại/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Điểm thẩm định tiêu chí I.1')).toBeDisabled();
  });
});
