import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { fakeApi, LEADER, page, renderPage } from '@/test/render';
import RatingsPage from './RatingsPage';

// ECharts draws on a canvas, which jsdom lacks: the chart becomes its accessible name.
vi.mock('echarts-for-react/lib/core', () => ({
  default: (props: { 'aria-label'?: string }) => <div data-testid="chart" role="img" aria-label={props['aria-label']} />,
}));

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 60_000 });
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });

afterEach(() => vi.unstubAllGlobals());

const DISTRIBUTION = {
  year: 2024,
  kind: null,
  rubrics: [
    {
      rubricId: 'r1',
      rubricName: 'Bảng điểm mẫu',
      decisionNumber: '908/QĐ-UBND',
      rated: 14,
      notEligible: 1,
      levels: [
        { code: 'TOT', labelVi: 'Tốt', labelEn: 'Good', minPercentInclusive: 80, units: 11, byKind: [{ kind: 'DEPARTMENT', units: 8 }, { kind: 'DISTRICT', units: 3 }] },
        { code: 'KHA', labelVi: 'Khá', labelEn: 'Fair', minPercentInclusive: 70, units: 3, byKind: [{ kind: 'DISTRICT', units: 3 }] },
        { code: 'TRUNG_BINH', labelVi: 'Trung bình', labelEn: 'Average', minPercentInclusive: 50, units: 0, byKind: [] },
        { code: 'KEM', labelVi: 'Kém', labelEn: 'Poor', minPercentInclusive: 0, units: 0, byKind: [] },
      ],
    },
  ],
};

const RATED = {
  assessmentId: 'as1',
  unitId: 'u-snv',
  unitName: 'Sở Nội vụ tỉnh Tây Ninh',
  unitKind: 'DEPARTMENT',
  rubricId: 'r1',
  year: 2024,
  eligible: true,
  levelCode: 'TOT',
  levelLabelVi: 'Tốt',
  levelLabelEn: 'Good',
  total: 94,
  percent: 94,
  decisionNumber: '3250/QĐ-UBND',
  decisionDate: '2024-12-20',
};

describe('the ratings page', () => {
  it('draws the distribution with its written summary and table, and lists the units at a level', async () => {
    const server = fakeApi({
      'GET /api/v1/ratings': () => DISTRIBUTION,
      'GET /api/v1/ratings/units': (request) => (request.query.get('level') === 'KHA' ? page([]) : page([RATED], 14)),
    });
    renderPage(<RatingsPage />, { route: '/ratings?year=2024', path: '/ratings', me: LEADER });

    const summary = 'Năm 2024, Bảng điểm mẫu (908/QĐ-UBND): Tốt 11 đơn vị; Khá 3 đơn vị; Trung bình 0 đơn vị; Kém 0 đơn vị; Không xét xếp loại 1 đơn vị.';
    expect(await screen.findByRole('img', { name: summary })).toBeInTheDocument();
    expect(screen.getByTestId('ratings-summary')).toHaveTextContent(summary);
    expect(screen.getByTestId('ratings-counts')).toHaveTextContent('14 đơn vị được xếp loại, 1 đơn vị không xét xếp loại');

    const table = screen.getByRole('table', { name: 'Số đơn vị theo mức xếp loại' });
    const good = within(table).getByRole('row', { name: /^Tốt/ });
    expect(within(good).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Tốt', '8', '3', '11']);
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Mức xếp loại', 'Sở, ban, ngành', 'Cấp huyện', 'Tổng']);

    const units = await screen.findByRole('table', { name: 'Danh sách đơn vị đã xếp loại' });
    expect(within(units).getByRole('link', { name: 'Sở Nội vụ tỉnh Tây Ninh' })).toHaveAttribute('href', '/assessments/as1');
    expect(within(units).getByText('3250/QĐ-UBND ngày 20/12/2024')).toBeInTheDocument();

    await userEvent.click(within(table).getByRole('button', { name: 'Xem 3 đơn vị mức Khá' }));
    await waitFor(() => expect(server.requests.some((r) => r.path === '/api/v1/ratings/units' && r.query.get('level') === 'KHA')).toBe(true));
    const request = server.requests.find((r) => r.query.get('level') === 'KHA')!;
    expect(request.query.get('year')).toBe('2024');
    expect(await screen.findByText('Không có đơn vị nào')).toBeInTheDocument();
  });

  it('opens on the newest rated year and says when nothing is rated', async () => {
    const server = fakeApi({
      'GET /api/v1/assessments': () => page([{ year: 2023 }]),
      'GET /api/v1/ratings': () => ({ year: 2023, rubrics: [] }),
    });
    renderPage(<RatingsPage />, { route: '/ratings', path: '/ratings', me: LEADER });
    expect(await screen.findByText('Chưa có đơn vị nào được xếp loại chính thức trong năm 2023')).toBeInTheDocument();
    expect(server.requests.find((r) => r.path === '/api/v1/assessments')!.query.get('status')).toBe('FINAL');
    expect(server.requests.find((r) => r.path === '/api/v1/ratings')!.query.get('year')).toBe('2023');
  });

  it('shows the server’s problem when the distribution fails', async () => {
    fakeApi({ 'GET /api/v1/ratings': () => ({ status: 403, body: { type: '/problems/forbidden', title: 'Cấm', status: 403 } }) });
    renderPage(<RatingsPage />, { route: '/ratings?year=2024', path: '/ratings', me: LEADER });
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này')).toBeInTheDocument();
  });
});
