import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { COORDINATOR, fakeApi, page, renderPage, REPORTER } from '@/test/render';
import ModelsPage from './ModelsPage';

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 150_000 });
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });

afterEach(() => vi.unstubAllGlobals());

const MODEL = {
  id: 'm1',
  unitId: 'u-snv',
  name: 'Dân vận khéo trong vận động hiến đất làm đường',
  field: 'ECONOMY',
  goals: 'Vận động nhân dân hiến đất làm 5 km đường giao thông nông thôn.',
  startDate: '2024-02-01',
  endDate: '2024-12-31',
  registrationDate: '2024-03-15',
  version: 2,
};
const OTHER = { ...MODEL, id: 'm2', unitId: 'u-stp', name: 'Tư pháp gần dân', field: 'POLITICAL_SYSTEM', recognition: { level: 'PROVINCE', decisionNumber: '1520/QĐ-UBND', decisionDate: '2024-12-20' } };
const COUNTS = {
  groupBy: 'field',
  total: 2,
  recognized: 1,
  items: [
    { key: 'ECONOMY', label: 'Kinh tế', total: 1, recognized: 0 },
    { key: 'CULTURE_SOCIETY', label: 'Văn hóa - xã hội', total: 0, recognized: 0 },
    { key: 'DEFENCE_SECURITY', label: 'Quốc phòng - an ninh', total: 0, recognized: 0 },
    { key: 'POLITICAL_SYSTEM', label: 'Xây dựng hệ thống chính trị', total: 1, recognized: 1 },
  ],
};

function routes(extra: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/v1/models': () => page([MODEL, OTHER]),
    'GET /api/v1/models/counts': () => COUNTS,
    'GET /api/v1/org-units': () => page([]),
    'GET /api/v1/org-units/u-snv': () => ({ id: 'u-snv', name: 'Sở Nội vụ', kind: 'DEPARTMENT', headcounts: [], version: 0 }),
    'GET /api/v1/org-units/u-stp': () => ({ id: 'u-stp', name: 'Sở Tư pháp', kind: 'DEPARTMENT', headcounts: [], version: 0 }),
    ...extra,
  });
}

describe('the Dân vận khéo registry', () => {
  it('counts by field and filters the list from a count, in the address', async () => {
    const server = routes();
    const { router } = renderPage(<ModelsPage />, { route: '/models', path: '/models', me: COORDINATOR });
    const counts = await screen.findByRole('table', { name: 'Số mô hình theo Lĩnh vực' });
    expect(within(counts).getByTestId('counts-total')).toHaveTextContent('2');
    expect(within(counts).getByTestId('counts-recognized')).toHaveTextContent('1');
    const list = await screen.findByRole('table', { name: 'Danh sách mô hình "Dân vận khéo"' });
    expect(within(list).getByText('Cấp tỉnh, QĐ 1520/QĐ-UBND ngày 20/12/2024')).toBeInTheDocument();
    expect(within(list).getAllByText('01/02/2024 – 31/12/2024')).toHaveLength(2);
    expect(await within(list).findByText('Sở Tư pháp')).toBeInTheDocument();

    await userEvent.click(within(counts).getByRole('button', { name: 'Kinh tế' }));
    await waitFor(() => expect(router.state.location.search).toBe('?field=ECONOMY'));
    await waitFor(() => expect(server.requests.some((r) => r.path === '/api/v1/models' && r.query.get('field') === 'ECONOMY')).toBe(true));

    await userEvent.click(screen.getByRole('radio', { name: 'Đơn vị' }));
    await waitFor(() => expect(server.requests.some((r) => r.path === '/api/v1/models/counts' && r.query.get('groupBy') === 'unit')).toBe(true));
  });

  it('lets a reporter register a model of its own unit and edit only its own', async () => {
    const server = routes({ 'POST /api/v1/models': (request) => ({ status: 201, body: { ...MODEL, ...(request.body as object), id: 'm9', version: 0 } }) });
    renderPage(<ModelsPage />, { route: '/models', path: '/models', me: REPORTER });
    const list = await screen.findByRole('table', { name: 'Danh sách mô hình "Dân vận khéo"' });
    expect(within(list).getByRole('button', { name: `Sửa: ${MODEL.name}` })).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: `Sửa: ${OTHER.name}` })).not.toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: /Công nhận/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Đăng ký mô hình/ }));
    const drawer = await screen.findByRole('dialog');
    await userEvent.click(within(drawer).getByLabelText('Tên mô hình'));
    await userEvent.paste('Ngày thứ bảy tình nguyện');
    await userEvent.click(within(drawer).getByLabelText('Lĩnh vực'));
    await userEvent.click(await screen.findByTitle('Văn hóa - xã hội'));
    await userEvent.type(within(drawer).getByLabelText('Ngày bắt đầu'), '01/03/2025{enter}');
    const registration = within(drawer).getByLabelText('Ngày đăng ký');
    await userEvent.clear(registration);
    await userEvent.type(registration, '05/03/2025{enter}');
    await userEvent.click(within(drawer).getByRole('button', { name: /Lưu/ }));

    await waitFor(() => expect(server.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(server.requests.find((r) => r.method === 'POST')!.body).toEqual({
      unitId: 'u-snv',
      name: 'Ngày thứ bảy tình nguyện',
      field: 'CULTURE_SOCIETY',
      goals: null,
      beneficiaries: null,
      startDate: '2025-03-01',
      endDate: null,
      registrationDate: '2025-03-05',
    });
  });

  it('lets a coordinator record a recognition with If-Match', async () => {
    const server = routes({ 'PUT /api/v1/models/m1/recognition': () => ({ ...MODEL, version: 3 }) });
    renderPage(<ModelsPage />, { route: '/models', path: '/models', me: COORDINATOR });
    await userEvent.click(await screen.findByRole('button', { name: `Công nhận: ${MODEL.name}` }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText('Cấp công nhận'));
    await userEvent.click(await screen.findByTitle('Cấp huyện'));
    await userEvent.click(within(dialog).getByLabelText('Số quyết định'));
    await userEvent.paste('1520/QĐ-UBND');
    await userEvent.type(within(dialog).getByLabelText('Ngày quyết định'), '20/12/2024{enter}');
    await userEvent.click(within(dialog).getByRole('button', { name: /Lưu/ }));
    await waitFor(() => expect(server.requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(put.body).toEqual({ level: 'DISTRICT', decisionNumber: '1520/QĐ-UBND', decisionDate: '2024-12-20' });
  });

  it('says when no model matches', async () => {
    routes({ 'GET /api/v1/models': () => page([]), 'GET /api/v1/models/counts': () => ({ ...COUNTS, total: 0, recognized: 0 }) });
    renderPage(<ModelsPage />, { route: '/models?year=2020', path: '/models', me: COORDINATOR });
    expect(await screen.findByText('Không có mô hình nào phù hợp')).toBeInTheDocument();
    expect(screen.getByText('Chưa có mô hình nào')).toBeInTheDocument();
  });
});
