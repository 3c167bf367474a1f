import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import dayjs from 'dayjs';
import { fakeApi, page, renderPage, REPORTER } from '@/test/render';
import { submission } from '@/components/submission/fixtures';
import { assignment, PAST_DUE } from '@/components/task-assignments/fixtures';
import MyUnitPage, { type CalendarEntry, orderCalendar, summarise } from './MyUnitPage';

// antd pages render slowly in jsdom on a shared machine
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });
// the pointer-events check reads computed styles up the tree, which is slow with antd's style sheets
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });

afterEach(() => vi.unstubAllGlobals());

function entry(overrides: Partial<CalendarEntry>): CalendarEntry {
  return {
    planId: 'p1',
    planReference: '859/KH-UBND',
    planTitle: 'Thực hiện công tác dân vận chính quyền năm 2024 trên địa bàn tỉnh Tây Ninh',
    obligationId: 'o1',
    obligationKind: 'ANNUAL_REPORT',
    obligationTitle: 'Báo cáo năm',
    periodId: 'pe1',
    year: 2024,
    dueDate: '2024-11-01',
    state: 'ACCEPTED',
    status: 'ACCEPTED',
    timeliness: 'ON_TIME',
    submissionId: 's1',
    ...overrides,
  };
}

const soon = dayjs().add(10, 'day').format('YYYY-MM-DD');
const later = dayjs().add(90, 'day').format('YYYY-MM-DD');

const ENTRIES: CalendarEntry[] = [
  entry({ periodId: 'a', obligationTitle: 'Kế hoạch đã chấp nhận', dueDate: '2024-04-10' }),
  entry({ periodId: 'b', obligationTitle: 'Báo cáo sắp đến hạn', dueDate: soon, state: 'NOT_STARTED', status: 'MISSING', timeliness: null, submissionId: null }),
  entry({ periodId: 'c', obligationTitle: 'Báo cáo bị trả lại', dueDate: '2024-11-01', state: 'RETURNED', status: 'RETURNED', submissionId: 's-returned' }),
  entry({ periodId: 'd', obligationTitle: 'Hồ sơ tự chấm điểm quá hạn', dueDate: '2024-11-15', state: 'OVERDUE', status: 'MISSING', timeliness: null, submissionId: null }),
  entry({ periodId: 'e', obligationTitle: 'Bản nháp chưa gửi', dueDate: later, state: 'DRAFT', status: 'DRAFT', timeliness: null, submissionId: 's-draft' }),
];

describe('the unit’s calendar', () => {
  it('orders overdue first, then returned, then by due date, and counts what needs doing', async () => {
    const server = fakeApi({ 'GET /api/v1/org-units/u-snv/calendar': () => ({ ...page(ENTRIES), size: 500 }) });
    renderPage(<MyUnitPage />, { route: '/my-unit', path: '/my-unit', me: REPORTER });

    const table = await screen.findByRole('table', { name: 'Các kỳ báo cáo của đơn vị' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual([
      expect.stringContaining('Hồ sơ tự chấm điểm quá hạn'),
      expect.stringContaining('Báo cáo bị trả lại'),
      expect.stringContaining('Kế hoạch đã chấp nhận'),
      expect.stringContaining('Báo cáo sắp đến hạn'),
      expect.stringContaining('Bản nháp chưa gửi'),
    ]);
    expect(within(rows[0]).getByText('Quá hạn')).toBeInTheDocument();
    expect(within(rows[0]).getByText('15/11/2024')).toBeInTheDocument();
    expect(within(rows[0]).getByRole('button', { name: 'Lập báo cáo' })).toBeInTheDocument();
    expect(within(rows[1]).getByRole('link', { name: 'Sửa và gửi lại' })).toHaveAttribute('href', '/my-unit/submissions/s-returned');
    expect(within(rows[2]).getByRole('link', { name: 'Xem' })).toHaveAttribute('href', '/my-unit/submissions/s1');
    expect(within(rows[3]).getByText(/Còn 10 ngày/)).toBeInTheDocument();
    expect(within(rows[4]).getByRole('link', { name: 'Tiếp tục' })).toHaveAttribute('href', '/my-unit/submissions/s-draft');

    expect(within(screen.getByTestId('summary-overdue')).getByText('1')).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-returned')).getByText('1')).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-drafts')).getByText('1')).toBeInTheDocument();
    expect(within(screen.getByTestId('summary-dueSoon')).getByText('1')).toBeInTheDocument();

    const request = server.requests.find((r) => r.path === '/api/v1/org-units/u-snv/calendar')!;
    expect(request.query.has('from')).toBe(false);
    expect(request.query.has('to')).toBe(false);
  });

  it('calls a period past its due date but inside its grace days still on time, not overdue', async () => {
    const yesterday = dayjs().subtract(1, 'day').format('YYYY-MM-DD');
    const tomorrow = dayjs().add(1, 'day');
    const inGrace = entry({
      periodId: 'g', obligationTitle: 'Báo cáo trong thời gian gia hạn', dueDate: yesterday,
      lastDayOnTime: tomorrow.format('YYYY-MM-DD'), state: 'NOT_STARTED', status: 'MISSING', timeliness: null, submissionId: null,
    });
    fakeApi({ 'GET /api/v1/org-units/u-snv/calendar': () => ({ ...page([inGrace]), size: 500 }) });
    renderPage(<MyUnitPage />, { route: '/my-unit', path: '/my-unit', me: REPORTER });

    const table = await screen.findByRole('table', { name: 'Các kỳ báo cáo của đơn vị' });
    const row = within(table).getByRole('row', { name: /Báo cáo trong thời gian gia hạn/ });
    expect(within(row).getByText(`(Còn trong hạn đến ${tomorrow.format('DD/MM/YYYY')})`, { exact: false })).toBeInTheDocument();
    expect(within(row).queryByText('Quá hạn')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('summary-overdue')).getByText('0')).toBeInTheDocument();
  });

  it('starts a draft with “Lập báo cáo” and opens it', async () => {
    const server = fakeApi({
      'GET /api/v1/org-units/u-snv/calendar': () => page(ENTRIES),
      'POST /api/v1/submissions': () => ({ status: 201, body: submission({ id: 's-new', periodId: 'd', status: 'DRAFT', version: 0 }) }),
    });
    const { router } = renderPage(<MyUnitPage />, { route: '/my-unit', path: '/my-unit', me: REPORTER });
    const table = await screen.findByRole('table', { name: 'Các kỳ báo cáo của đơn vị' });
    const overdue = within(table).getAllByRole('row')[1];
    await userEvent.click(within(overdue).getByRole('button', { name: 'Lập báo cáo' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/my-unit/submissions/s-new'));
    const create = server.requests.find((r) => r.method === 'POST' && r.path === '/api/v1/submissions')!;
    expect(create.body).toEqual({ periodId: 'd', unitId: 'u-snv' });
    expect(create.headers.get('Idempotency-Key')).toBe('d:u-snv');
  });

  it('sends a self-assessment period to the score sheets, not to a plain report', async () => {
    fakeApi({
      'GET /api/v1/org-units/u-snv/calendar': () =>
        page([entry({ obligationKind: 'SELF_ASSESSMENT', obligationTitle: 'Gửi bảng tự chấm điểm', state: 'OVERDUE', status: 'MISSING', submissionId: null })]),
    });
    renderPage(<MyUnitPage />, { route: '/my-unit', path: '/my-unit', me: REPORTER });
    const table = await screen.findByRole('table', { name: 'Các kỳ báo cáo của đơn vị' });
    expect(within(table).getByRole('link', { name: 'Bảng tự chấm điểm' })).toHaveAttribute('href', '/my-unit/assessments?year=2024');
    expect(within(table).queryByRole('button', { name: 'Lập báo cáo' })).not.toBeInTheDocument();
  });

  it('reads the year range from the address', async () => {
    const server = fakeApi({ 'GET /api/v1/org-units/u-snv/calendar': () => page([]) });
    renderPage(<MyUnitPage />, { route: '/my-unit?from=2024&to=2025', path: '/my-unit', me: REPORTER });
    expect(await screen.findByText('Không có kỳ báo cáo nào trong khoảng thời gian này')).toBeInTheDocument();
    const request = server.requests.find((r) => r.path === '/api/v1/org-units/u-snv/calendar')!;
    expect(request.query.get('from')).toBe('2024-01-01');
    expect(request.query.get('to')).toBe('2025-12-31');
    expect(within(screen.getByTestId('summary-overdue')).getByText('0')).toBeInTheDocument();
  });

  it('says what the server answered when the draft cannot be started', async () => {
    fakeApi({
      'GET /api/v1/org-units/u-snv/calendar': () => page(ENTRIES),
      'POST /api/v1/submissions': () => ({
        status: 409,
        body: { type: '/problems/plan-closed', title: 'Kế hoạch đã kết thúc, không nhận thêm báo cáo', status: 409 },
      }),
    });
    const { router } = renderPage(<MyUnitPage />, { route: '/my-unit', path: '/my-unit', me: REPORTER });
    const table = await screen.findByRole('table', { name: 'Các kỳ báo cáo của đơn vị' });
    await userEvent.click(within(within(table).getAllByRole('row')[1]).getByRole('button', { name: 'Lập báo cáo' }));
    expect(await screen.findByText('Kế hoạch đã kết thúc, không nhận thêm báo cáo')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/my-unit');
  });
});

describe('the tasks assigned to the unit', () => {
  it('lists them across every plan in one call, the soonest due first, with task content, plan title and review state', async () => {
    const server = fakeApi({
      'GET /api/v1/org-units/u-snv/calendar': () =>
        page([...ENTRIES, entry({ periodId: 'x', planId: 'p2', planReference: '120/KH-UBND', planTitle: 'Kế hoạch năm 2025' })]),
      // one call across every plan, even one the calendar does not show (p3)
      'GET /api/v1/task-assignments': () =>
        page([
          assignment({ id: 'later', planId: 'p1', taskOrdinal: 'II.4', dueDate: later }),
          assignment({ id: 'continuous', planId: 'p3', planTitle: 'Kế hoạch tổng kết 5 năm', taskOrdinal: 'II.5', dueDate: null }),
          assignment({ id: 'behind', planId: 'p1', taskOrdinal: 'II.3', dueDate: PAST_DUE, status: 'IN_PROGRESS', updatedBy: 'tn.snv', reviewStatus: 'RETURNED' }),
          assignment({ id: 'soon', planId: 'p2', taskOrdinal: 'I.1', dueDate: soon, taskContent: 'Tổ chức đối thoại với Nhân dân' }),
        ]),
    });
    renderPage(<MyUnitPage />, { route: '/my-unit', path: '/my-unit', me: REPORTER });

    const table = await screen.findByRole('table', { name: 'Nhiệm vụ được giao cho đơn vị' }, { timeout: 20_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('link')[0].getAttribute('href'))).toEqual([
      '/task-assignments/behind',
      '/task-assignments/soon',
      '/task-assignments/later',
      '/task-assignments/continuous',
    ]);
    expect(within(rows[0]).getByText('Chậm tiến độ')).toBeInTheDocument();
    expect(within(rows[1]).getByText('120/KH-UBND')).toBeInTheDocument();
    expect(within(rows[3]).getByText('Thường xuyên')).toBeInTheDocument();
    expect(within(rows[3]).getByText('Chưa cập nhật')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Tổ chức đối thoại với Nhân dân')).toBeInTheDocument();
    expect(within(rows[3]).getByText('Kế hoạch tổng kết 5 năm')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Trả lại')).toBeInTheDocument();
    expect(screen.getByText('1 nhiệm vụ chậm tiến độ')).toBeInTheDocument();
    // one call across the plans, for the unit only
    const calls = server.requests.filter((r) => r.path.endsWith('/task-assignments'));
    expect(calls.map((r) => [r.path, r.query.get('unitId'), r.query.get('size')])).toEqual([['/api/v1/task-assignments', 'u-snv', '200']]);
  });
});

describe('ordering and counting', () => {
  it('keeps overdue before returned before the rest by due date', () => {
    expect(orderCalendar(ENTRIES).map((e) => e.periodId)).toEqual(['d', 'c', 'a', 'b', 'e']);
  });

  it('counts a period due within 30 days as due soon, and not one due later', () => {
    expect(summarise(ENTRIES, dayjs().startOf('day'))).toEqual({ overdue: 1, returned: 1, drafts: 1, dueSoon: 1 });
  });
});
