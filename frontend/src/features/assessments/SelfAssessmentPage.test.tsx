import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { fakeApi, page, renderPage, REPORTER } from '@/test/render';
import SelfAssessmentPage from './SelfAssessmentPage';
import { assessment, RUBRIC, SUBMITTED } from './testData';

configure({ asyncUtilTimeout: 5000 });
// jsdom and antd forms are slow on a shared 2-core machine
vi.setConfig({ testTimeout: 150_000 });
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });

afterEach(() => vi.unstubAllGlobals());

const open = () =>
  renderPage(<SelfAssessmentPage />, { route: '/my-unit/assessments/as1', path: '/my-unit/assessments/:assessmentId', me: REPORTER });

function serve(start = assessment(), extra: Parameters<typeof fakeApi>[0] = {}) {
  let current = start;
  return fakeApi({
    'GET /api/v1/assessments/as1': () => current,
    'GET /api/v1/rubrics/r1': () => RUBRIC,
    'GET /api/v1/assessments/as1/history': () => page([{ toStatus: 'DRAFT', actor: 'tn.snv', at: '2024-11-04T03:00:00Z' }]),
    'GET /api/v1/assessments/as1/evidence-files': () => page([]),
    'PUT /api/v1/assessments/as1': () => {
      current = { ...current, version: current.version + 1 };
      return current;
    },
    'POST /api/v1/assessments/as1/submit': () => {
      current = { ...current, status: 'SUBMITTED', version: current.version + 1 };
      return current;
    },
    ...extra,
  });
}

async function fill(input: HTMLElement, text: string) {
  await userEvent.click(input);
  await userEvent.paste(text);
}

async function score(code: string, value: string) {
  const input = await screen.findByLabelText(`Điểm tự chấm tiêu chí ${code}`);
  await userEvent.clear(input);
  await userEvent.type(input, value);
}

describe('the self-assessment sheet', () => {
  it('shows the tree for the unit kind, a criterion not applicable as such, and totals that follow the typing', async () => {
    serve(assessment({ unitKind: 'COMMUNE' }));
    open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Bảng tự chấm điểm năm 2024' })).toBeInTheDocument();
    expect(await screen.findByTestId('na-I.2')).toHaveTextContent('Không áp dụng');
    expect(screen.queryByLabelText('Điểm tự chấm tiêu chí I.2')).not.toBeInTheDocument();
    expect(screen.getByTestId('self-totals-total')).toHaveTextContent('0/14');

    await score('I.1', '5,5');
    await score('II.1', '7');
    await userEvent.type(screen.getByLabelText('Điểm thưởng MO_HINH'), '4');

    // group I: 5.5 of the 6 a commune can get; II.1 is out of 8 for a commune
    expect(screen.getByTestId('group-I')).toHaveTextContent('5,5/6 điểm');
    expect(screen.getByTestId('group-II')).toHaveTextContent('7/8 điểm');
    expect(screen.getByTestId('self-totals-raw')).toHaveTextContent('12,5');
    // the bonus is cut to the rubric's cap of 3; the 1 point deducted comes from the server
    expect(screen.getByTestId('self-totals-bonus')).toHaveTextContent('+3');
    expect(screen.getByTestId('self-totals-deduction')).toHaveTextContent('−1');
    expect(screen.getByTestId('self-totals-total')).toHaveTextContent('14/14');
    expect(screen.getByTestId('self-totals-percent')).toHaveTextContent('100 %');
    expect(screen.getByTestId('self-totals-band')).toHaveTextContent('Tốt');

    await score('I.1', '1');
    expect(screen.getByTestId('self-totals-total')).toHaveTextContent('10/14');
    expect(screen.getByTestId('self-totals-percent')).toHaveTextContent('71,4 %');
    expect(screen.getByTestId('self-totals-band')).toHaveTextContent('Khá');
  });

  it('shows each criterion its evidence files, to download, and offers an upload while the sheet is a draft', async () => {
    serve(assessment({ periodId: 'p1', submissionId: 's1' }), {
      'GET /api/v1/assessments/as1/evidence-files': () =>
        page([
          {
            id: 'f1',
            criterionCode: 'I.1',
            fileName: 'Kế hoạch 45-KH-SNV.pdf',
            mediaType: 'application/pdf',
            sizeBytes: 300,
            sha256: 'ab',
            createdAt: '2024-11-05T03:00:00Z',
          },
        ]),
    });
    open();
    const row = await screen.findByTestId('evidence-files-I.1');
    const link = await within(row).findByRole('link', { name: 'Kế hoạch 45-KH-SNV.pdf' });
    expect(link.getAttribute('href')).toBe('/api/v1/assessments/as1/evidence-files/f1');
    expect(within(row).getByRole('button', { name: 'Xóa tệp Kế hoạch 45-KH-SNV.pdf' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: /Tải tệp minh chứng cho tiêu chí I\.1/ })).toBeTruthy();
    // another row has its own files only
    expect(within(screen.getByTestId('evidence-files-II.1')).queryByRole('link')).toBeNull();
  });

  it('saves the draft with If-Match, every applicable criterion in order, notes and evidence', async () => {
    const server = serve();
    open();
    await score('I.1', '5');
    await fill(screen.getByLabelText('Giải trình tiêu chí I.1'), 'Kế hoạch số 45/KH-SNV');
    const row = screen.getByTestId('criterion-I.1');
    await userEvent.click(within(row).getByRole('button', { name: /Thêm tài liệu/ }));
    await fill(within(row).getByLabelText('Tên tài liệu I.1 (1)'), 'Kế hoạch 45');
    await fill(within(row).getByLabelText('Đường dẫn (không bắt buộc) I.1 (1)'), 'https://snv.example/45.pdf');
    await userEvent.click(screen.getByRole('button', { name: /Lưu nháp/ }));

    await waitFor(() => expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(1));
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(put.body).toEqual({
      note: null,
      scores: [
        { code: 'I.1', points: 5, note: 'Kế hoạch số 45/KH-SNV', evidence: [{ label: 'Kế hoạch 45', url: 'https://snv.example/45.pdf' }] },
        { code: 'I.2', points: null, note: null, evidence: [] },
        { code: 'II.1', points: null, note: null, evidence: [] },
      ],
      bonuses: [
        { code: 'MO_HINH', points: null },
        { code: 'SANG_KIEN', points: null },
      ],
    });
    expect(await screen.findByText('Đã lưu bảng tự chấm điểm')).toBeInTheDocument();
  });

  it('offers a reload when someone else saved first (412)', async () => {
    const server = serve(assessment(), {
      'PUT /api/v1/assessments/as1': () => ({ status: 412, body: { type: '/problems/stale-version', title: 'Phiên bản cũ', status: 412 } }),
    });
    open();
    await score('I.1', '5');
    await userEvent.click(screen.getByRole('button', { name: /Lưu nháp/ }));
    expect(await screen.findByText('Bảng điểm đã được thay đổi ở nơi khác')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Lưu nháp/ })).toBeDisabled();
    const reads = server.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/assessments/as1').length;
    await userEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(server.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/assessments/as1').length).toBe(reads + 1));
  });

  it('puts a 400 violation on its criterion', async () => {
    serve(assessment(), {
      'PUT /api/v1/assessments/as1': () => ({
        status: 400,
        body: {
          type: '/problems/validation',
          title: 'Dữ liệu chưa hợp lệ',
          status: 400,
          violations: [{ field: 'scores[2].points', message: 'Điểm vượt quá điểm tối đa 10' }],
        },
      }),
    });
    open();
    await score('II.1', '9');
    await userEvent.click(screen.getByRole('button', { name: /Lưu nháp/ }));
    const row = screen.getByTestId('criterion-II.1');
    expect(await within(row).findByText('Điểm vượt quá điểm tối đa 10')).toBeInTheDocument();
  });

  it('saves then submits after confirmation', async () => {
    const server = serve();
    open();
    await score('I.1', '6');
    await score('I.2', '4');
    await score('II.1', '10');
    await userEvent.click(screen.getByRole('button', { name: /Gửi bảng tự chấm điểm/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /Gửi bảng tự chấm điểm/ }));

    await waitFor(() => expect(server.requests.some((r) => r.method === 'POST' && r.path === '/api/v1/assessments/as1/submit')).toBe(true));
    const writes = server.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /api/v1/assessments/as1', 'POST /api/v1/assessments/as1/submit']);
    expect((writes[0].body as { scores: { points: number }[] }).scores.map((s) => s.points)).toEqual([6, 4, 10]);
    expect(await screen.findByText('Bảng điểm đã gửi; đơn vị chỉ sửa được khi bảng điểm bị trả lại.')).toBeInTheDocument();
  });

  it('shows the server’s words when the submission is refused', async () => {
    serve(assessment(), {
      'POST /api/v1/assessments/as1/submit': () => ({
        status: 409,
        body: { type: '/problems/assessment-submitted', title: 'Bảng điểm đã được gửi', detail: 'Bảng điểm đang chờ thẩm định.', status: 409 },
      }),
    });
    open();
    await score('I.1', '6');
    await userEvent.click(screen.getByRole('button', { name: /Gửi bảng tự chấm điểm/ }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /Gửi bảng tự chấm điểm/ }));
    expect(await screen.findByText('Bảng điểm đã được gửi. Bảng điểm đang chờ thẩm định.')).toBeInTheDocument();
  });

  it('deletes a draft never sent, with If-Match after confirmation, and goes back to the sheets', async () => {
    const server = serve(assessment(), { 'DELETE /api/v1/assessments/as1': () => ({ status: 204 }) });
    const { router } = open();
    await userEvent.click(await screen.findByRole('button', { name: /Xóa bản nháp/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('đơn vị có thể lập lại bảng khác');
    await userEvent.click(within(dialog).getByRole('button', { name: /Xóa bản nháp/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/my-unit/assessments'));
    const deleted = server.requests.find((r) => r.method === 'DELETE')!;
    expect(deleted.path).toBe('/api/v1/assessments/as1');
    expect(deleted.headers.get('If-Match')).toBe('"3"');
  });

  it('shows why a returned sheet came back, with its earlier scores', async () => {
    fakeApi({
      'GET /api/v1/assessments/as1': () => ({ ...SUBMITTED, status: 'DRAFT' }),
      'GET /api/v1/rubrics/r1': () => RUBRIC,
      'GET /api/v1/assessments/as1/history': () =>
        page([
          { toStatus: 'DRAFT', actor: 'tn.snv', at: '2024-11-04T03:00:00Z' },
          { fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actor: 'tn.snv', at: '2024-11-12T03:00:00Z' },
          { fromStatus: 'SUBMITTED', toStatus: 'DRAFT', actor: 'sonoivu', at: '2024-11-14T03:00:00Z', reason: 'Bổ sung tài liệu kiểm chứng tiêu chí II.1' },
        ]),
    });
    open();
    expect(await screen.findByTestId('returned-reason')).toHaveTextContent('Bổ sung tài liệu kiểm chứng tiêu chí II.1');
    expect(screen.getByLabelText('Điểm tự chấm tiêu chí I.1')).toHaveValue('5,0');
    expect(screen.getByTestId('self-totals-total')).toHaveTextContent('18/20');
    // a sheet sent once keeps its history: it is corrected and sent again, not deleted
    expect(screen.queryByRole('button', { name: /Xóa bản nháp/ })).not.toBeInTheDocument();
  });

  it('says so when the sheet cannot be read', async () => {
    fakeApi({
      'GET /api/v1/assessments/as1': () => ({ status: 500, body: { type: '/problems/internal', title: 'Lỗi máy chủ', status: 500 } }),
    });
    open();
    expect(await screen.findByText('Không tải được dữ liệu')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Thử lại/ })).toBeInTheDocument();
  });
});
