import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { fakeApi, LEADER, page, renderPage, type FakeRequest } from '@/test/render';
import OverviewPage from './OverviewPage';
import { latestDuePeriods, nextPeriod } from './figures';

afterEach(() => vi.unstubAllGlobals());

const base = { issuerId: 'u-ubnd', legalBases: [], purposes: [], recipients: [], version: 1 };
const TAY_NINH = {
  ...base,
  id: 'p1',
  reference: '859/KH-UBND',
  title: 'Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh',
  issueDate: '2024-03-25',
  periodStart: 2024,
  periodEnd: 2024,
  status: 'ISSUED',
};
const TRA_VINH = {
  ...base,
  id: 'p2',
  reference: '141-KH/BDVTU',
  title: 'Thực hiện công tác dân vận chính quyền trên địa bàn tỉnh Trà Vinh giai đoạn 2022 - 2026',
  issueDate: '2022-02-10',
  periodStart: 2022,
  periodEnd: 2026,
  status: 'CLOSED',
};
const DRAFT = { ...base, id: 'p3', reference: null, title: 'Dự thảo kế hoạch', issueDate: null, periodStart: 2026, periodEnd: 2026, status: 'DRAFT' };

const period = (over: object) => ({
  obligationId: 'o1',
  obligationKind: 'ANNUAL_REPORT',
  obligationTitle: 'Báo cáo năm',
  periodId: 'x',
  year: 2024,
  dueDate: '2024-11-01',
  expected: 36,
  submitted: 28,
  accepted: 22,
  returned: 3,
  onTime: 23,
  late: 5,
  missing: 8,
  completenessRate: 77.8,
  timelinessRate: 63.9,
  ...over,
});

const COMPLETENESS: Record<string, object> = {
  p1: {
    planId: 'p1',
    asOf: '2026-11-26',
    periods: [
      period({ obligationId: 'o1', obligationKind: 'UNIT_PLAN', periodId: 'pe1', dueDate: '2024-04-10', submitted: 31, missing: 5, completenessRate: 86.1 }),
      period({ obligationId: 'o2', periodId: 'pe2' }),
    ],
  },
  p2: {
    planId: 'p2',
    asOf: '2026-11-26',
    periods: [
      // an older period of the same obligation, the latest due one, and one still to come
      period({ obligationId: 'o9', periodId: 'tv2024', year: 2024, dueDate: '2024-12-15', missing: 40, completenessRate: 10 }),
      period({ obligationId: 'o9', periodId: 'tv2025', year: 2025, dueDate: '2025-12-15', expected: 100, submitted: 97, missing: 3, completenessRate: 97, timelinessRate: 90.5 }),
      period({ obligationId: 'o9', periodId: 'tv2026', year: 2026, dueDate: '2026-12-15', missing: 100, completenessRate: 0 }),
    ],
  },
};

const target = (over: object) => ({
  targetId: 't',
  ordinal: 'III.1',
  statement: 'Chỉ tiêu',
  measure: 'SUBMISSION',
  comparator: 'GTE',
  thresholdPercent: 100,
  periodId: 'pe1',
  year: 2024,
  dueDate: '2024-04-10',
  numerator: 24,
  denominator: 36,
  valuePercent: 66.7,
  status: 'NOT_MET',
  reason: null,
  byKind: [],
  ...over,
});

const ATTAINMENT: Record<string, object> = {
  p1: {
    planId: 'p1',
    asOf: '2026-11-26',
    targets: [
      target({ targetId: 't1', ordinal: 'III.1', valuePercent: 99.8, statement: '100% cán bộ được học tập' }),
      target({ targetId: 't2', ordinal: 'III.2', statement: '100% các sở có kế hoạch' }),
      target({ targetId: 't3', ordinal: 'III.3', status: 'MET', valuePercent: null }),
      target({ targetId: 't6', ordinal: 'III.6', status: 'NO_DATA', comparator: 'GT', thresholdPercent: 90, valuePercent: null }),
    ],
  },
  p2: { planId: 'p2', asOf: '2026-11-26', targets: [target({ targetId: 'tv1', ordinal: '1', status: 'MET', valuePercent: 100 })] },
};

const task = (over: object) => ({
  taskId: 'k',
  ordinal: 'II.1',
  content: 'Tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân',
  dueDate: '2024-06-30',
  timeFrameKind: 'BY_DATE',
  assignments: 3,
  byStatus: { notStarted: 1, inProgress: 1, done: 1, doneLate: 0, notDone: 0 },
  notUpdated: 1,
  awaitingReview: 1,
  returned: 0,
  accepted: 0,
  decidingUnits: 2,
  decidingDoneAccepted: 0,
  decidingDoneOnTime: 0,
  assignmentsBehindSchedule: 2,
  done: false,
  doneOnTime: false,
  behindSchedule: true,
  notUpdatedUnits: [{ unitId: 'u-tt', unitName: 'Thanh tra tỉnh', role: 'COORDINATING' }],
  ...over,
});

const totals = (over: object) => ({
  tasks: 0,
  tasksDone: 0,
  tasksDoneOnTime: 0,
  tasksBehindSchedule: 0,
  assignments: 0,
  assignmentsDone: 0,
  assignmentsDoneOnTime: 0,
  assignmentsNotUpdated: 0,
  assignmentsAwaitingReview: 0,
  assignmentsBehindSchedule: 0,
  ...over,
});

// Tây Ninh: seven tasks behind schedule of nine (more than a card names), one done; Trà Vinh: none behind
const BEHIND = ['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7'].map((ordinal, index) =>
  task({ taskId: `k${index}`, ordinal, notUpdated: index === 0 ? 12 : 0 }),
);
const TASK_PROGRESS: Record<string, object> = {
  p1: {
    planId: 'p1',
    asOf: '2026-11-26',
    totals: totals({ tasks: 9, tasksDone: 1, tasksBehindSchedule: 7 }),
    tasks: [
      ...BEHIND,
      task({ taskId: 'k8', ordinal: 'III.1', behindSchedule: false, done: true, dueDate: null, timeFrameKind: 'CONTINUOUS' }),
      task({ taskId: 'k9', ordinal: 'III.2', behindSchedule: false, dueDate: '2027-06-30' }),
    ],
  },
  p2: {
    planId: 'p2',
    asOf: '2026-11-26',
    totals: totals({ tasks: 2, tasksDone: 2 }),
    tasks: [task({ taskId: 'v1', behindSchedule: false, done: true }), task({ taskId: 'v2', behindSchedule: false, done: true })],
  },
};

function server(overrides: Record<string, (request: FakeRequest) => unknown> = {}) {
  return fakeApi({
    'GET /api/v1/plans': (request) => (request.query.get('status') === 'ISSUED' ? page([TAY_NINH]) : page([TRA_VINH, DRAFT, TAY_NINH])),
    'GET /api/v1/plans/:planId/completeness': (request) => COMPLETENESS[request.path.split('/')[4]],
    'GET /api/v1/plans/:planId/attainment': (request) => ATTAINMENT[request.path.split('/')[4]],
    'GET /api/v1/plans/:planId/task-progress': (request) => TASK_PROGRESS[request.path.split('/')[4]],
    ...overrides,
  });
}

describe('latestDuePeriods', () => {
  it('keeps, per obligation, the latest period due by the report’s day', () => {
    const report = COMPLETENESS.p2 as Parameters<typeof latestDuePeriods>[0];
    expect(latestDuePeriods(report).map((p) => p.periodId)).toEqual(['tv2025']);
    expect(nextPeriod(report)?.periodId).toBe('tv2026');
  });
});

describe('OverviewPage', { timeout: 20_000 }, () => {
  it('lists the issued plans and this year’s plans, drafts left out', async () => {
    const api = server();
    renderPage(<OverviewPage />, { route: '/overview', path: '/overview', me: LEADER });

    expect(await screen.findByRole('heading', { level: 2, name: '859/KH-UBND' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '141-KH/BDVTU' })).toBeInTheDocument();
    expect(screen.queryByText('Dự thảo kế hoạch')).toBeNull();
    const lists = api.requests.filter((request) => request.path === '/api/v1/plans');
    expect(lists.map((request) => request.query.get('status'))).toContain('ISSUED');
    expect(lists.map((request) => request.query.get('year'))).toContain(String(dayjs().year()));
    expect(api.requests.some((request) => request.path === '/api/v1/plans/p3/completeness')).toBe(false);
  });

  it('computes each plan’s card from its reports', async () => {
    server();
    renderPage(<OverviewPage />, { route: '/overview', path: '/overview', me: LEADER });

    const card = await screen.findByTestId('plan-p1');
    const table = await within(card).findByRole('table', { name: 'Tiến độ nộp kỳ gần nhất của kế hoạch 859/KH-UBND' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['Báo cáo năm 2024', '01/11/2024', '28/36', '77,8 %', '63,9 %', '8'],
      ['Kế hoạch của đơn vị 2024', '10/04/2024', '31/36', '86,1 %', '63,9 %', '5'],
    ]);
    expect(within(rows[0]).getByRole('link', { name: 'Báo cáo năm 2024' })).toHaveAttribute('href', '/plans/p1/completeness?period=pe2');

    expect(await within(card).findByTestId('targets-MET')).toHaveTextContent('1 / 4');
    expect(within(card).getByTestId('targets-NOT_MET')).toHaveTextContent('2 / 4');
    expect(within(card).getByTestId('targets-NO_DATA')).toHaveTextContent('1 / 4');
    const notMet = within(card).getByTestId('not-met');
    expect(within(notMet).getAllByRole('listitem')).toHaveLength(2);
    expect(within(notMet).getByText('đạt 99,8 %, yêu cầu từ 100 %')).toBeInTheDocument();
    expect(within(notMet).getByRole('link', { name: 'III.2' })).toHaveAttribute('href', '/plans/p1/attainment?target=t2');
    expect(within(card).getByRole('link', { name: 'Xem tiến độ nộp của kế hoạch 859/KH-UBND' })).toHaveAttribute(
      'href',
      '/plans/p1/completeness?period=pe2',
    );
    expect(within(card).getByRole('link', { name: 'Xem kết quả chỉ tiêu của kế hoạch 859/KH-UBND' })).toHaveAttribute(
      'href',
      '/plans/p1/attainment',
    );

    const traVinh = screen.getByTestId('plan-p2');
    const latest = await within(traVinh).findByRole('table', { name: 'Tiến độ nộp kỳ gần nhất của kế hoạch 141-KH/BDVTU' });
    expect(within(latest).getAllByRole('row')).toHaveLength(2);
    expect(within(latest).getByText('97/100')).toBeInTheDocument();
    expect(within(latest).getByText('90,5 %')).toBeInTheDocument();
    expect(within(traVinh).getByText('Kỳ tiếp theo: Báo cáo năm, hạn nộp 15/12/2026')).toBeInTheDocument();
    expect(within(traVinh).getByText('Không có chỉ tiêu nào chưa đạt.')).toBeInTheDocument();
    expect(within(traVinh).getByText('Giai đoạn 2022–2026')).toBeInTheDocument();
  });

  it('adds the plans up at the top, with the day the figures are as of', async () => {
    server();
    renderPage(<OverviewPage />, { route: '/overview', path: '/overview', me: LEADER });

    expect(await screen.findByText('Số liệu tính đến ngày 26/11/2026')).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-plans')).getByText('2')).toBeInTheDocument();
    // 8 + 5 for Tây Ninh's latest periods, 3 for Trà Vinh's 2025 period
    expect(await within(screen.getByTestId('summary-missing')).findByText('16')).toBeInTheDocument();
    expect(await within(screen.getByTestId('summary-met')).findByText('2 / 5')).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-notMet')).getByText('2 / 5')).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-noData')).getByText('1 / 5')).toBeInTheDocument();
  });

  it('says when no plan is under way', async () => {
    server({ 'GET /api/v1/plans': () => page([DRAFT]) });
    renderPage(<OverviewPage />, { route: '/overview', path: '/overview', me: LEADER });
    expect(await screen.findByText('Chưa có kế hoạch nào đang thực hiện.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem danh sách kế hoạch' })).toHaveAttribute('href', '/plans');
  });

  it('shows the problem when the plans cannot be listed', async () => {
    server({
      'GET /api/v1/plans': () => ({ status: 403, body: { type: '/problems/forbidden', title: 'Không có quyền', status: 403 } }),
    });
    renderPage(<OverviewPage />, { route: '/overview', path: '/overview', me: LEADER });
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này')).toBeInTheDocument();
  });

  it('shows a plan’s report problem in its card and keeps the others', async () => {
    server({
      'GET /api/v1/plans/:planId/attainment': (request) =>
        request.path.includes('/p2/')
          ? { status: 500, body: { type: '/problems/internal', title: 'Lỗi', status: 500, detail: 'Không tính được chỉ tiêu' } }
          : ATTAINMENT.p1,
    });
    renderPage(<OverviewPage />, { route: '/overview', path: '/overview', me: LEADER });
    const traVinh = await screen.findByTestId('plan-p2');
    expect(await within(traVinh).findByText('Lỗi. Không tính được chỉ tiêu')).toBeInTheDocument();
    expect(await within(screen.getByTestId('plan-p1')).findByTestId('targets-MET')).toHaveTextContent('1 / 4');
  });

  it('counts the tasks behind schedule of the current plans at the top', async () => {
    const api = server();
    renderPage(<OverviewPage />, { route: '/overview', path: '/overview', me: LEADER });

    const behind = await screen.findByTestId('summary-behind');
    expect(within(behind).getByText('Nhiệm vụ chậm tiến độ')).toBeInTheDocument();
    // 7 of Tây Ninh's 9 tasks, none of Trà Vinh's 2
    expect(await within(behind).findByText('7 / 11')).toBeInTheDocument();
    expect(api.requests.some((request) => request.path === '/api/v1/plans/p3/task-progress')).toBe(false);
  });

  it('names a plan’s tasks behind schedule, the first five, and says how many more', async () => {
    server();
    renderPage(<OverviewPage />, { route: '/overview', path: '/overview', me: LEADER });

    const card = await screen.findByTestId('plan-p1');
    expect(within(card).getByRole('heading', { level: 3, name: 'Nhiệm vụ chậm tiến độ' })).toBeInTheDocument();
    expect(await within(card).findByTestId('behind-summary')).toHaveTextContent('7 / 9 nhiệm vụ chậm tiến độ; 1 đã hoàn thành');
    const list = within(card).getByTestId('behind-tasks');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items[0]).toHaveTextContent('II.1');
    expect(items[0]).toHaveTextContent('hạn 30/06/2024');
    expect(items[0]).toHaveTextContent('0/2 đơn vị chủ trì đã hoàn thành · 12 đơn vị chưa cập nhật');
    expect(items[4]).toHaveTextContent('II.5');
    expect(items[5]).toHaveTextContent('và 2 nhiệm vụ khác');
    expect(within(list).queryByText('III.1')).toBeNull();

    const traVinh = screen.getByTestId('plan-p2');
    expect(await within(traVinh).findByText('Không có nhiệm vụ nào chậm tiến độ.')).toBeInTheDocument();
  });

  it('shows a plan’s task progress problem in its card', async () => {
    server({
      'GET /api/v1/plans/:planId/task-progress': (request) =>
        request.path.includes('/p2/')
          ? { status: 500, body: { type: '/problems/internal', title: 'Lỗi', status: 500, detail: 'Không tính được nhiệm vụ' } }
          : TASK_PROGRESS.p1,
    });
    renderPage(<OverviewPage />, { route: '/overview', path: '/overview', me: LEADER });
    const traVinh = await screen.findByTestId('plan-p2');
    expect(await within(traVinh).findByText('Lỗi. Không tính được nhiệm vụ')).toBeInTheDocument();
    expect(await within(screen.getByTestId('plan-p1')).findByTestId('behind-tasks')).toBeInTheDocument();
  });
});
