import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { fakeApi, page, renderPage, REPORTER } from '@/test/render';
import AssessmentQueuePage from './AssessmentQueuePage';
import MyAssessmentsPage from './MyAssessmentsPage';
import { assessment, SUBMITTED } from './testData';

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => vi.unstubAllGlobals());

const COMMUNE = assessment({ id: 'as2', unitId: 'u-x', unitName: 'Xã Hưng Điền', unitKind: 'COMMUNE', status: 'SUBMITTED' });

describe('the coordinators’ list of assessments', () => {
  it('filters by year, state and unit kind on the server and pages there, all from the address', async () => {
    const server = fakeApi({ 'GET /api/v1/assessments': () => ({ items: [COMMUNE], page: 1, size: 20, totalItems: 21 }) });
    renderPage(<AssessmentQueuePage />, { route: '/assessments?year=2024&status=SUBMITTED&kind=COMMUNE&page=2', path: '/assessments' });
    const table = await screen.findByRole('table', { name: 'Bảng điểm của các đơn vị' });
    expect(within(table).getByText('Xã Hưng Điền')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Thẩm định' })).toHaveAttribute('href', '/assessments/as2');
    const query = server.requests[0].query;
    expect(['year', 'status', 'kind', 'page', 'size'].map((key) => query.get(key))).toEqual(['2024', 'SUBMITTED', 'COMMUNE', '1', '20']);
    expect(screen.getByText('21 bảng điểm')).toBeInTheDocument();
  });

  it('says a final assessment of a unit not eligible is not rated', async () => {
    fakeApi({ 'GET /api/v1/assessments': () => page([{ ...SUBMITTED, status: 'FINAL', eligible: false, ineligibilityReason: 'Sáp nhập trong năm' }]) });
    renderPage(<AssessmentQueuePage />, { route: '/assessments?year=2024', path: '/assessments' });
    const table = await screen.findByRole('table', { name: 'Bảng điểm của các đơn vị' });
    expect(within(table).getByText('Không xét xếp loại')).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    fakeApi({ 'GET /api/v1/assessments': () => page([]) });
    renderPage(<AssessmentQueuePage />, { route: '/assessments?kind=COMMUNE', path: '/assessments' });
    expect(await screen.findByText('Không có bảng điểm nào phù hợp')).toBeInTheDocument();
  });
});

describe('the unit’s self-assessments', () => {
  it('lists the unit’s own sheets with their totals', async () => {
    const server = fakeApi({ 'GET /api/v1/assessments': () => page([SUBMITTED]) });
    renderPage(<MyAssessmentsPage />, { route: '/my-unit/assessments', path: '/my-unit/assessments', me: REPORTER });
    const table = await screen.findByRole('table', { name: 'Các bảng tự chấm điểm của đơn vị' });
    expect(within(table).getByText('18/20')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Mở' })).toHaveAttribute('href', '/my-unit/assessments/as1');
    await waitFor(() => expect(server.requests.find((r) => r.path === '/api/v1/assessments')!.query.get('unitId')).toBe('u-snv'));
    expect(server.unhandled).toEqual([]);
  });

  it('invites the unit to start when it has none', async () => {
    fakeApi({ 'GET /api/v1/assessments': () => page([]) });
    renderPage(<MyAssessmentsPage />, { route: '/my-unit/assessments', path: '/my-unit/assessments', me: REPORTER });
    expect(await screen.findByText('Đơn vị chưa có bảng tự chấm điểm nào')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Lập bảng tự chấm điểm/ })).toBeInTheDocument();
  });
});
