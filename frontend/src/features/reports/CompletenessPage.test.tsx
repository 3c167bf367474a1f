import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, page, renderPage, type FakeRequest } from '@/test/render';
import { PLAN } from './testData';
import CompletenessPage from './CompletenessPage';
import { exportRequests, stubDownloads, xlsxAnswer } from '@/test/downloads';

// ECharts draws on a canvas, which jsdom lacks: the chart becomes its accessible name.
vi.mock('echarts-for-react/lib/core', () => ({
  default: (props: { 'aria-label'?: string }) => <div data-testid="chart" role="img" aria-label={props['aria-label']} />,
}));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const UNIT_PLAN = {
  obligationId: 'o1',
  obligationKind: 'UNIT_PLAN',
  obligationTitle: 'Gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024',
  periodId: 'pe1',
  year: 2024,
  dueDate: '2024-04-10',
  expected: 36,
  submitted: 31,
  accepted: 24,
  returned: 2,
  onTime: 23,
  late: 8,
  missing: 5,
  completenessRate: 86.1,
  timelinessRate: 63.9,
};

const ANNUAL = {
  obligationId: 'o2',
  obligationKind: 'ANNUAL_REPORT',
  obligationTitle: 'Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2024',
  periodId: 'pe2',
  year: 2024,
  dueDate: '2024-11-01',
  expected: 1200,
  submitted: 1000,
  accepted: 900,
  returned: 30,
  onTime: 950,
  late: 50,
  missing: 200,
  completenessRate: 83.3,
  timelinessRate: 79.2,
};

const UNITS = [
  {
    unitId: 'u1',
    unitName: 'Ban Dân tộc tỉnh Tây Ninh',
    unitKind: 'DEPARTMENT',
    dueDate: '2024-04-10',
    state: 'OVERDUE',
    status: 'MISSING',
    timeliness: null,
    submissionId: null,
    firstSubmittedAt: null,
  },
  {
    unitId: 'u2',
    unitName: 'Sở Nội vụ tỉnh Tây Ninh',
    unitKind: 'DEPARTMENT',
    dueDate: '2024-04-25',
    state: 'ACCEPTED',
    status: 'ACCEPTED',
    timeliness: 'LATE',
    submissionId: 's2',
    firstSubmittedAt: '2024-04-15T02:30:00Z',
  },
];

function server(overrides: Record<string, (request: FakeRequest) => unknown> = {}) {
  return fakeApi({
    'GET /api/v1/plans/:planId': () => PLAN,
    'GET /api/v1/plans/:planId/completeness': (request) => ({
      planId: 'p1',
      asOf: '2026-11-26',
      periods: [UNIT_PLAN, ANNUAL].filter((period) => {
        const obligationId = request.query.get('obligationId');
        return !obligationId || period.obligationId === obligationId;
      }),
    }),
    'GET /api/v1/plans/:planId/completeness/:periodId/units': () => page(UNITS, 36),
    ...overrides,
  });
}

const PATH = '/plans/:planId/completeness';
const unitRequests = (requests: FakeRequest[]) => requests.filter((request) => request.path.endsWith('/units'));

describe('CompletenessPage', { timeout: 20_000 }, () => {
  it('shows every period with its figures and rates written the Vietnamese way', async () => {
    server();
    renderPage(<CompletenessPage />, { route: '/plans/p1/completeness', path: PATH });

    const table = await screen.findByRole('table', { name: 'Tiến độ nộp theo kỳ báo cáo' });
    const row = within(table).getByText(UNIT_PLAN.obligationTitle).closest('tr')!;
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual([
      `Kế hoạch của đơn vị${UNIT_PLAN.obligationTitle}`,
      '2024',
      '10/04/2024',
      '36',
      '31',
      '24',
      '2',
      '23',
      '8',
      '5',
      '86,1 %',
      '63,9 %',
    ]);
    const annual = within(table).getByText(ANNUAL.obligationTitle).closest('tr')!;
    expect(within(annual).getByText('1.200')).toBeInTheDocument();
    expect(within(annual).getByText('83,3 %')).toBeInTheDocument();
    expect(screen.getByText('Số liệu tính đến ngày 26/11/2026')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Tiến độ nộp hồ sơ, báo cáo' })).toBeInTheDocument();
    expect(await screen.findByText(`Kế hoạch 859/KH-UBND: ${PLAN.title}`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Kế hoạch 859\/KH-UBND/ })).toHaveAttribute('href', '/plans/p1');
    expect(screen.getByRole('img', { name: /Kế hoạch của đơn vị 2024: nộp 86,1 %, đúng hạn 63,9 %/ })).toBeInTheDocument();
    expect(screen.getByText(/Chọn tên một kỳ báo cáo/)).toBeInTheDocument();
  });

  it('selects a period by its link and keeps it in the address', async () => {
    const api = server();
    const { router } = renderPage(<CompletenessPage />, { route: '/plans/p1/completeness', path: PATH });

    await userEvent.click(await screen.findByRole('link', { name: ANNUAL.obligationTitle }));

    expect(router.state.location.search).toBe('?period=pe2');
    const detail = await screen.findByTestId('period-detail');
    expect(within(detail).getByRole('heading', { level: 2, name: 'Báo cáo năm năm 2024' })).toBeInTheDocument();
    await waitFor(() => expect(unitRequests(api.requests)).toHaveLength(1));
    expect(unitRequests(api.requests)[0].path).toBe('/api/v1/plans/p1/completeness/pe2/units');
  });

  it('shows the selected period of the address: its figures, its chart in words, its units', async () => {
    const api = server();
    renderPage(<CompletenessPage />, { route: '/plans/p1/completeness?period=pe1', path: PATH });

    const detail = await screen.findByTestId('period-detail');
    expect(within(screen.getByTestId('stat-expected')).getByText('36')).toBeInTheDocument();
    expect(within(screen.getByTestId('stat-missing')).getByText('5')).toBeInTheDocument();
    expect(within(screen.getByTestId('stat-completenessRate')).getByText('86,1 %')).toBeInTheDocument();
    expect(within(screen.getByTestId('stat-timelinessRate')).getByText('63,9 %')).toBeInTheDocument();
    const summary =
      'Trong 36 đơn vị phải nộp: 23 nộp đúng hạn, 8 nộp trễ hạn, 5 chưa gửi. Hồ sơ đã nộp: 24 đã chấp nhận, 5 chờ duyệt, 2 bị trả lại.';
    expect(within(detail).getByTestId('period-summary')).toHaveTextContent(summary);
    expect(within(detail).getByRole('img', { name: summary })).toBeInTheDocument();

    const units = await screen.findByRole('table', { name: 'Đơn vị phải nộp của kỳ báo cáo' }, { timeout: 5000 });
    const request = unitRequests(api.requests)[0];
    expect(request.query.get('page')).toBe('0');
    expect(request.query.get('size')).toBe('50');
    expect(request.query.get('status')).toBeNull();

    const accepted = within(units).getByRole('link', { name: 'Sở Nội vụ tỉnh Tây Ninh' });
    expect(accepted).toHaveAttribute('href', '/submissions/s2');
    const acceptedRow = accepted.closest('tr')!;
    expect(within(acceptedRow).getByText('Đã chấp nhận')).toBeInTheDocument();
    expect(within(acceptedRow).getByText('Trễ hạn')).toBeInTheDocument();
    expect(within(acceptedRow).getByText('25/04/2024')).toBeInTheDocument();
    expect(within(acceptedRow).getByText('Gia hạn')).toBeInTheDocument();

    const missingRow = within(units).getByText('Ban Dân tộc tỉnh Tây Ninh').closest('tr')!;
    expect(within(missingRow).queryByRole('link')).toBeNull();
    expect(within(missingRow).getByText('Quá hạn')).toBeInTheDocument();
    expect(screen.getByText('1–36 trong 36')).toBeInTheDocument();
  });

  it('filters the units by state: the choice goes to the server and into the address', async () => {
    const api = server();
    const { router } = renderPage(<CompletenessPage />, { route: '/plans/p1/completeness?period=pe1', path: PATH });
    await screen.findByRole('table', { name: 'Đơn vị phải nộp của kỳ báo cáo' }, { timeout: 5000 });

    const filter = screen.getByRole('radiogroup', { name: 'Lọc đơn vị theo tình trạng' });
    expect(within(filter).getByRole('radio', { name: 'Tất cả (36)' })).toBeChecked();
    await userEvent.click(within(filter).getByText('Trễ hạn (8)'));

    await waitFor(() => expect(unitRequests(api.requests).at(-1)?.query.get('status')).toBe('LATE'));
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('LATE');
    expect(within(filter).getByRole('radio', { name: 'Trễ hạn (8)' })).toBeChecked();
  });

  it('asks for the state and page written in the address', async () => {
    const api = server();
    renderPage(<CompletenessPage />, { route: '/plans/p1/completeness?period=pe1&status=MISSING&page=2&size=20', path: PATH });
    await screen.findByRole('table', { name: 'Đơn vị phải nộp của kỳ báo cáo' }, { timeout: 5000 });

    const request = unitRequests(api.requests)[0];
    expect(request.query.get('status')).toBe('MISSING');
    expect(request.query.get('page')).toBe('1');
    expect(request.query.get('size')).toBe('20');
    expect(screen.getByText('21–36 trong 36')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Chưa gửi (5)' })).toBeChecked();
  });

  it('renders a page of hundreds of units in a virtual table', async () => {
    const many = Array.from({ length: 150 }, (_, index) => ({
      ...UNITS[1],
      unitId: `u${index}`,
      unitName: `UBND xã số ${index + 1}`,
      submissionId: `s${index}`,
    }));
    const api = server({ 'GET /api/v1/plans/:planId/completeness/:periodId/units': () => ({ items: many, page: 0, size: 500, totalItems: 150 }) });
    const { container } = renderPage(<CompletenessPage />, { route: '/plans/p1/completeness?period=pe1&size=500', path: PATH });

    expect(await screen.findByRole('link', { name: 'UBND xã số 1' }, { timeout: 5000 })).toHaveAttribute('href', '/submissions/s0');
    expect(container.querySelector('.ant-table-tbody-virtual')).not.toBeNull();
    expect(unitRequests(api.requests)[0].query.get('size')).toBe('500');
  });

  it('filters the periods by obligation on the server', async () => {
    const api = server();
    renderPage(<CompletenessPage />, { route: '/plans/p1/completeness?obligation=o2', path: PATH });

    const table = await screen.findByRole('table', { name: 'Tiến độ nộp theo kỳ báo cáo' });
    await waitFor(() => expect(within(table).queryByText(UNIT_PLAN.obligationTitle)).toBeNull());
    expect(within(table).getByText(ANNUAL.obligationTitle)).toBeInTheDocument();
    expect(api.requests.some((request) => request.path === '/api/v1/plans/p1/completeness' && request.query.get('obligationId') === 'o2')).toBe(true);
  });

  it('says so when the plan has no period, and when a period of the address is not the plan’s', async () => {
    server({ 'GET /api/v1/plans/:planId/completeness': () => ({ planId: 'p1', asOf: '2026-11-26', periods: [] }) });
    renderPage(<CompletenessPage />, { route: '/plans/p1/completeness?period=nope', path: PATH });

    expect(await screen.findByText('Kế hoạch chưa có kỳ báo cáo nào.')).toBeInTheDocument();
    expect(await screen.findByText('Kỳ báo cáo được chọn không thuộc kế hoạch này.')).toBeInTheDocument();
  });

  it('shows the server’s problem when the units cannot be read', async () => {
    server({
      'GET /api/v1/plans/:planId/completeness/:periodId/units': () => ({
        status: 500,
        body: { type: '/problems/internal', title: 'Lỗi máy chủ', status: 500, detail: 'Máy chủ đang bận' },
      }),
    });
    renderPage(<CompletenessPage />, { route: '/plans/p1/completeness?period=pe1', path: PATH });
    expect(await screen.findByText('Lỗi máy chủ. Máy chủ đang bận')).toBeInTheDocument();
    expect(screen.getByTestId('period-detail')).toBeInTheDocument();
  });

  it('shows the server’s problem in place of the report', async () => {
    server({
      'GET /api/v1/plans/:planId/completeness': () => ({
        status: 404,
        body: { type: '/problems/not-found', title: 'Không tìm thấy', status: 404, detail: 'Không có kế hoạch p9' },
      }),
    });
    renderPage(<CompletenessPage />, { route: '/plans/p9/completeness', path: PATH });
    expect(await screen.findByText('Không tìm thấy: Không có kế hoạch p9')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Thử lại' }).length).toBeGreaterThan(0);
  });

  it('switches to the attainment report', async () => {
    server();
    const { router } = renderPage(<CompletenessPage />, { route: '/plans/p1/completeness', path: PATH });
    await screen.findByRole('table', { name: 'Tiến độ nộp theo kỳ báo cáo' });
    await userEvent.click(screen.getByText('Kết quả chỉ tiêu'));
    expect(router.state.location.pathname).toBe('/plans/p1/attainment');
  });

  it('exports the periods and a period’s units with the filters on screen', async () => {
    const saved = stubDownloads();
    const api = server({
      'GET /api/v1/plans/:planId/completeness/export': xlsxAnswer('Tiến độ nộp 859-KH-UBND.xlsx'),
      'GET /api/v1/plans/:planId/completeness/:periodId/units/export': xlsxAnswer('Đơn vị phải nộp Báo cáo năm 2024.xlsx'),
    });
    renderPage(<CompletenessPage />, { route: '/plans/p1/completeness?obligation=o2&period=pe2&status=LATE', path: PATH });

    await userEvent.click(await screen.findByRole('button', { name: /Xuất Excel các kỳ báo cáo/ }));
    await waitFor(() => expect(saved).toEqual(['Tiến độ nộp 859-KH-UBND.xlsx']));
    await userEvent.click(await screen.findByRole('button', { name: /Xuất Excel danh sách đơn vị/ }));
    await waitFor(() => expect(saved).toHaveLength(2));

    const [periods, units] = exportRequests(api.requests);
    expect(periods.path).toBe('/api/v1/plans/p1/completeness/export');
    expect(periods.query.get('obligationId')).toBe('o2');
    expect(units.path).toBe('/api/v1/plans/p1/completeness/pe2/units/export');
    expect(units.query.get('status')).toBe('LATE');
    expect(units.query.has('page')).toBe(false);
    expect(saved[1]).toBe('Đơn vị phải nộp Báo cáo năm 2024.xlsx');
  });
});
