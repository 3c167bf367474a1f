import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, page, renderPage, type FakeRequest } from '@/test/render';
import { PLAN } from './testData';
import AttainmentPage from './AttainmentPage';
import { exportRequests, stubDownloads, xlsxAnswer } from '@/test/downloads';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const REPORTED = {
  targetId: 't1',
  ordinal: 'III.1',
  statement: '100% cán bộ, công chức, viên chức được học tập, quán triệt các Chỉ thị, Nghị quyết.',
  measure: 'REPORTED',
  comparator: 'GTE',
  thresholdPercent: 100,
  periodId: 'pe2',
  year: 2024,
  dueDate: '2024-11-01',
  numerator: 4264,
  denominator: 4273,
  valuePercent: 99.8,
  status: 'NOT_MET',
  reason: null,
  byKind: [
    { kind: 'DEPARTMENT', numerator: 1817, denominator: 1820, valuePercent: 99.8 },
    { kind: 'CENTRAL_AGENCY', numerator: 234, denominator: 234, valuePercent: 100 },
  ],
};

const MANUAL = {
  targetId: 't3',
  ordinal: 'III.3',
  statement: '100% các sở, ban, ngành thực hiện tốt dân chủ trong hoạt động của cơ quan.',
  measure: 'MANUAL',
  comparator: 'GTE',
  thresholdPercent: 100,
  periodId: null,
  year: null,
  dueDate: null,
  numerator: null,
  denominator: null,
  valuePercent: null,
  status: 'MET',
  reason: 'Theo kết quả kiểm tra của Sở Nội vụ, nội dung này đã được triển khai đầy đủ.',
  byKind: [],
};

const RATING = {
  ...MANUAL,
  targetId: 't6',
  ordinal: 'III.6',
  statement: 'Phấn đấu trên 90% các cơ quan được xếp loại Tốt.',
  measure: 'RATING',
  comparator: 'GT',
  thresholdPercent: 90,
  status: 'NO_DATA',
  reason: 'Chưa có kết quả xếp loại.',
};

const CONTRIBUTIONS = [
  { unitId: 'u1', unitName: 'Sở Nội vụ tỉnh Tây Ninh', unitKind: 'DEPARTMENT', numerator: 4000, denominator: 4005, submissionId: 's1' },
  { unitId: 'u2', unitName: 'Cục Thuế tỉnh Tây Ninh', unitKind: 'CENTRAL_AGENCY', numerator: 264, denominator: 268, submissionId: null },
];

function server(overrides: Record<string, (request: FakeRequest) => unknown> = {}) {
  return fakeApi({
    'GET /api/v1/plans/:planId': () => PLAN,
    'GET /api/v1/plans/:planId/attainment': () => ({ planId: 'p1', asOf: '2026-11-26', targets: [REPORTED, MANUAL, RATING] }),
    'GET /api/v1/plans/:planId/attainment/:targetId/units': (request) =>
      request.path.includes('/t1/') ? page(CONTRIBUTIONS) : page([]),
    ...overrides,
  });
}

const PATH = '/plans/:planId/attainment';
const contributionRequests = (requests: FakeRequest[]) => requests.filter((request) => request.path.endsWith('/units'));

describe('AttainmentPage', { timeout: 20_000 }, () => {
  it('shows each target’s figures, threshold and verdict', async () => {
    server();
    renderPage(<AttainmentPage />, { route: '/plans/p1/attainment', path: PATH });

    const table = await screen.findByRole('table', { name: 'Kết quả thực hiện các chỉ tiêu' });
    const row = within(table).getByRole('link', { name: 'Xem chỉ tiêu III.1' }).closest('tr')!;
    expect(within(row).getByText('Chưa đạt')).toBeInTheDocument();
    expect(within(row).getByText('99,8 %')).toBeInTheDocument();
    expect(within(row).getByText('từ 100 %')).toBeInTheDocument();
    expect(within(row).getByText('4.264')).toBeInTheDocument();
    expect(within(row).getByText('4.273')).toBeInTheDocument();
    expect(within(row).getByText('Theo số liệu báo cáo')).toBeInTheDocument();
    expect(within(row).getByText('Năm 2024, hạn 01/11/2024')).toBeInTheDocument();

    const rating = within(table).getByRole('link', { name: 'Xem chỉ tiêu III.6' }).closest('tr')!;
    expect(within(rating).getByText('trên 90 %')).toBeInTheDocument();
    expect(within(rating).getByText('Chưa có số liệu')).toBeInTheDocument();
    expect(within(rating).getByText('Chưa có kết quả xếp loại.')).toBeInTheDocument();
    const manual = within(table).getByRole('link', { name: 'Xem chỉ tiêu III.3' }).closest('tr')!;
    expect(within(manual).getByText('Đạt')).toBeInTheDocument();
    expect(within(manual).getByText(MANUAL.reason)).toBeInTheDocument();

    expect(within(screen.getByTestId('count-MET')).getByText('1 / 3')).toBeInTheDocument();
    expect(within(screen.getByTestId('count-NOT_MET')).getByText('1 / 3')).toBeInTheDocument();
    expect(within(screen.getByTestId('count-NO_DATA')).getByText('1 / 3')).toBeInTheDocument();
    expect(screen.getByText('Số liệu tính đến ngày 26/11/2026')).toBeInTheDocument();
    expect(screen.getByText(/Chọn số thứ tự của một chỉ tiêu/)).toBeInTheDocument();
  });

  it('drills down from a target to the units that make its figures', async () => {
    const api = server();
    const { router } = renderPage(<AttainmentPage />, { route: '/plans/p1/attainment', path: PATH });

    await userEvent.click(await screen.findByRole('link', { name: 'Xem chỉ tiêu III.1' }));
    expect(router.state.location.search).toBe('?target=t1');

    const detail = await screen.findByTestId('target-detail');
    expect(within(detail).getByRole('heading', { level: 2, name: 'Chỉ tiêu III.1' })).toBeInTheDocument();
    const byKind = within(detail).getByRole('table', { name: 'Kết quả theo loại đơn vị' });
    const department = within(byKind).getByText('Sở, ban, ngành').closest('tr')!;
    expect(within(department).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Sở, ban, ngành', '1.817', '1.820', '99,8 %']);

    const units = await within(detail).findByRole('table', { name: 'Số liệu của từng đơn vị cho chỉ tiêu' }, { timeout: 5000 });
    expect(within(units).getByRole('link', { name: 'Sở Nội vụ tỉnh Tây Ninh' })).toHaveAttribute('href', '/submissions/s1');
    const tax = within(units).getByText('Cục Thuế tỉnh Tây Ninh').closest('tr')!;
    expect(within(tax).queryByRole('link')).toBeNull();
    expect(within(tax).getByText('264')).toBeInTheDocument();
    expect(within(units).getByTestId('page-numerator')).toHaveTextContent('4.264');
    expect(within(units).getByTestId('page-denominator')).toHaveTextContent('4.273');
    expect(within(detail).getByTestId('contributions-sum')).toHaveTextContent(
      'Cộng 2 đơn vị: số đạt 4.264, tổng số 4.273, đúng bằng số liệu của chỉ tiêu.',
    );

    const request = contributionRequests(api.requests)[0];
    expect(request.path).toBe('/api/v1/plans/p1/attainment/t1/units');
    expect(request.query.get('page')).toBe('0');
    expect(request.query.get('size')).toBe('50');
    expect(request.query.get('year')).toBeNull();
  });

  it('links a RATING target’s units to their final assessments', async () => {
    const rated = { ...RATING, status: 'MET', reason: null, numerator: 1, denominator: 1, valuePercent: 100, periodId: null, year: 2024 };
    server({
      'GET /api/v1/plans/:planId/attainment': () => ({ planId: 'p1', asOf: '2026-11-26', targets: [rated] }),
      'GET /api/v1/plans/:planId/attainment/:targetId/units': () =>
        page([{ unitId: 'u1', unitName: 'Sở Nội vụ tỉnh Tây Ninh', unitKind: 'DEPARTMENT', numerator: 1, denominator: 1, submissionId: null, assessmentId: 'as1' }]),
    });
    renderPage(<AttainmentPage />, { route: '/plans/p1/attainment?target=t6', path: PATH });
    const units = await screen.findByRole('table', { name: 'Số liệu của từng đơn vị cho chỉ tiêu' }, { timeout: 5000 });
    const link = within(units).getByRole('link', { name: 'Sở Nội vụ tỉnh Tây Ninh' });
    expect(link).toHaveAttribute('href', '/assessments/as1');
    expect(link).toHaveAttribute('title', 'Xem bảng chấm điểm của Sở Nội vụ tỉnh Tây Ninh');
  });

  it('warns when the units do not add up to the target', async () => {
    server({
      'GET /api/v1/plans/:planId/attainment/:targetId/units': () => page([CONTRIBUTIONS[0]]),
    });
    renderPage(<AttainmentPage />, { route: '/plans/p1/attainment?target=t1', path: PATH });
    expect(await screen.findByTestId('contributions-sum', {}, { timeout: 5000 })).toHaveTextContent(
      'Cộng 1 đơn vị: số đạt 4.000, tổng số 4.005, khác với số liệu của chỉ tiêu (4.264/4.273).',
    );
  });

  it('explains the sum when the units span several pages, and passes the year and page of the address', async () => {
    const api = server({
      'GET /api/v1/plans/:planId/attainment/:targetId/units': () => ({ items: CONTRIBUTIONS, page: 1, size: 20, totalItems: 22 }),
    });
    renderPage(<AttainmentPage />, { route: '/plans/p1/attainment?target=t1&year=2024&page=2&size=20', path: PATH });
    expect(await screen.findByTestId('contributions-sum', {}, { timeout: 5000 })).toHaveTextContent(
      'Cộng cả 22 đơn vị ở mọi trang là số liệu của chỉ tiêu: số đạt 4.264, tổng số 4.273.',
    );
    const request = contributionRequests(api.requests)[0];
    expect(request.query.get('year')).toBe('2024');
    expect(request.query.get('page')).toBe('1');
    expect(request.query.get('size')).toBe('20');
    expect(api.requests.find((r) => r.path === '/api/v1/plans/p1/attainment')?.query.get('year')).toBe('2024');
  });

  it('shows what a target covers and names the units without data', async () => {
    // 36 units in the population, 14 rated (11 at or above the level), 22 not rated: counted as not met
    const covered = {
      ...RATING,
      status: 'NOT_MET',
      reason: null,
      numerator: 11,
      denominator: 36,
      valuePercent: 30.6,
      periodId: null,
      year: 2024,
      missingData: 'COUNT_AS_NOT_MET',
      allowMetOnPartialData: false,
      coverage: { populationUnits: 36, unitsWithData: 14, unitsWithoutData: 22, unitsNotEligible: 0 },
      byKind: [{ kind: 'COMMUNE', numerator: 11, denominator: 36, valuePercent: 30.6, units: 36, unitsWithData: 14 }],
    };
    const api = server({
      'GET /api/v1/plans/:planId/attainment': () => ({ planId: 'p1', asOf: '2026-11-26', targets: [covered] }),
      'GET /api/v1/plans/:planId/attainment/:targetId/units': (request) =>
        request.query.get('hasData') === 'false'
          ? { items: [{ unitId: 'u9', unitName: 'UBND xã Tân Lập', unitKind: 'COMMUNE', numerator: 0, denominator: 1, dataStatus: 'NOT_RATED', submissionId: null, assessmentId: null }], page: 0, size: 50, totalItems: 22 }
          : page([{ unitId: 'u1', unitName: 'UBND phường Tân Ninh', unitKind: 'COMMUNE', numerator: 1, denominator: 1, dataStatus: 'HAS_DATA', submissionId: null, assessmentId: 'as1' }]),
    });
    const { router } = renderPage(<AttainmentPage />, { route: '/plans/p1/attainment?target=t6', path: PATH });

    expect(await screen.findByTestId('coverage-t6')).toHaveTextContent('14/36 đơn vị; 22 chưa xếp loại');
    const detail = await screen.findByTestId('target-detail');
    expect(within(detail).getByTestId('target-coverage')).toHaveTextContent('Đã có số liệu 14/36 đơn vị; 22 chưa xếp loại');
    expect(within(detail).getByText('Tính vào tổng số, là chưa đạt')).toBeInTheDocument();

    await within(detail).findByRole('table', { name: 'Số liệu của từng đơn vị cho chỉ tiêu' }, { timeout: 5000 });
    await userEvent.click(within(detail).getByLabelText('Hiển thị'));
    await userEvent.click(await screen.findByTitle('Đơn vị chưa có số liệu'));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('data')).toBe('without'));
    const row = (await within(detail).findByText('UBND xã Tân Lập', {}, { timeout: 5000 })).closest('tr')!;
    expect(within(row).getByText('Chưa xếp loại')).toBeInTheDocument();
    expect(within(detail).getByTestId('contributions-filtered')).toHaveTextContent('22 đơn vị');
    expect(contributionRequests(api.requests).some((r) => r.query.get('hasData') === 'false')).toBe(true);
  });

  it('shows a manual verdict’s reason and no unit figures for it', async () => {
    server();
    renderPage(<AttainmentPage />, { route: '/plans/p1/attainment?target=t3', path: PATH });
    const detail = await screen.findByTestId('target-detail');
    expect(within(detail).getByText(MANUAL.reason)).toBeInTheDocument();
    expect(within(detail).getByText('Đánh giá thủ công')).toBeInTheDocument();
    expect(await within(detail).findByText('Chỉ tiêu này không tính từ số liệu của các đơn vị.')).toBeInTheDocument();
    expect(within(detail).queryByRole('table', { name: 'Kết quả theo loại đơn vị' })).toBeNull();
  });

  it('shows the empty state', async () => {
    server({ 'GET /api/v1/plans/:planId/attainment': () => ({ planId: 'p1', asOf: '2026-11-26', targets: [] }) });
    renderPage(<AttainmentPage />, { route: '/plans/p1/attainment', path: PATH });
    expect(await screen.findByText('Kế hoạch chưa có chỉ tiêu nào.')).toBeInTheDocument();
  });

  it('shows the server’s problem when the report cannot be read', async () => {
    server({
      'GET /api/v1/plans/:planId/attainment': () => ({
        status: 403,
        body: { type: '/problems/forbidden', title: 'Không có quyền', status: 403 },
      }),
    });
    renderPage(<AttainmentPage />, { route: '/plans/p1/attainment', path: PATH });
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });

  it('says so when the target of the address is not the plan’s, and links back to the plan and to completeness', async () => {
    server();
    const { router } = renderPage(<AttainmentPage />, { route: '/plans/p1/attainment?target=zz', path: PATH });
    expect(await screen.findByText('Chỉ tiêu được chọn không thuộc kế hoạch này.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Kế hoạch 859\/KH-UBND/ })).toHaveAttribute('href', '/plans/p1');
    const radio = screen.getByRole('radio', { name: 'Kết quả chỉ tiêu' });
    expect(radio).toBeChecked();
    await userEvent.click(screen.getByText('Tiến độ nộp'));
    expect(router.state.location.pathname).toBe('/plans/p1/completeness');
  });

  it('re-reads the report for the year chosen', async () => {
    const api = server({ 'GET /api/v1/plans/:planId': () => ({ ...PLAN, periodStart: 2022, periodEnd: 2026 }) });
    const { router } = renderPage(<AttainmentPage />, { route: '/plans/p1/attainment', path: PATH });
    await screen.findByRole('table', { name: 'Kết quả thực hiện các chỉ tiêu' });
    await userEvent.click(await screen.findByLabelText('Năm đánh giá'));
    await userEvent.click(await screen.findByTitle('2023'));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('year')).toBe('2023'));
    await waitFor(() =>
      expect(api.requests.some((r) => r.path === '/api/v1/plans/p1/attainment' && r.query.get('year') === '2023')).toBe(true),
    );
  });

  it('exports the targets and a target’s units with the year and data filter on screen', async () => {
    const saved = stubDownloads();
    const api = server({
      'GET /api/v1/plans/:planId/attainment/export': xlsxAnswer('Kết quả chỉ tiêu 859-KH-UBND.xlsx'),
      'GET /api/v1/plans/:planId/attainment/:targetId/units/export': xlsxAnswer('Chỉ tiêu III.1 theo đơn vị.xlsx'),
    });
    renderPage(<AttainmentPage />, { route: '/plans/p1/attainment?target=t1&year=2024&data=without', path: PATH });

    await userEvent.click(await screen.findByRole('button', { name: /Xuất Excel kết quả chỉ tiêu/ }));
    await waitFor(() => expect(saved).toEqual(['Kết quả chỉ tiêu 859-KH-UBND.xlsx']));
    await userEvent.click(await screen.findByRole('button', { name: /Xuất Excel số liệu từng đơn vị/ }));
    await waitFor(() => expect(saved).toHaveLength(2));

    const [targets, units] = exportRequests(api.requests);
    expect(targets.path).toBe('/api/v1/plans/p1/attainment/export');
    expect(targets.query.get('year')).toBe('2024');
    expect(units.path).toBe('/api/v1/plans/p1/attainment/t1/units/export');
    expect(units.query.get('year')).toBe('2024');
    expect(units.query.get('hasData')).toBe('false');
    expect(saved[1]).toBe('Chỉ tiêu III.1 theo đơn vị.xlsx');
  });
});
