import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { ADMIN, COORDINATOR, fakeApi, renderPage, type FakeRequest } from '@/test/render';
import OrgUnitsPage from './OrgUnitsPage';
import { buildTree } from './tree';
import type { OrgUnit } from './keys';
import { button, choose, fill, findButton, findDialog } from './testing';
import { assignment, FUTURE_DUE, PAST_DUE } from '@/components/task-assignments/fixtures';

afterEach(() => vi.unstubAllGlobals());
// antd pages are heavy for jsdom on a shared machine
configure({ asyncUtilTimeout: 5000 });

async function findTree() {
  return screen.findByLabelText('Cây cơ quan, đơn vị');
}

function unit(id: string, name: string, extra: Partial<OrgUnit> = {}): OrgUnit {
  return { id, name, code: id.toUpperCase(), kind: 'DEPARTMENT', parentId: null, validFrom: null, validTo: null, successorId: null, headcounts: [], version: 0, ...extra };
}

const PROVINCE = unit('tn', 'UBND tỉnh Tây Ninh', { kind: 'PROVINCE' });
const SNV = unit('snv', 'Sở Nội vụ', { parentId: 'tn', headcounts: [{ year: 2025, officials: 1234 }, { year: 2024, officials: 96 }] });
const STC = unit('stc', 'Sở Tài chính', { parentId: 'tn' });
const SKHDT = unit('skhdt', 'Sở Kế hoạch và Đầu tư', { parentId: 'tn', validTo: '2025-02-28', successorId: 'stc', version: 2 });
const SGTVT = unit('sgtvt', 'Sở Giao thông vận tải', { parentId: 'tn', validTo: '2025-02-28', successorId: 'stc' });
const COMMUNE = unit('x-hd', 'UBND xã Hưng Điền', { kind: 'COMMUNE', parentId: 'tn', validFrom: '2025-07-01' });
const ALL = [PROVINCE, SNV, STC, SKHDT, SGTVT, COMMUNE];
const BY_ID = new Map(ALL.map((u) => [u.id, u]));

function envelope(items: OrgUnit[], page = 0, totalItems = items.length) {
  return { items, page, size: 500, totalItems };
}

/** The fake server of org units: filters the list by successorId as the API does. */
function unitRoutes(extra: Record<string, (request: FakeRequest) => unknown> = {}, list: OrgUnit[] = [PROVINCE, SNV, STC, COMMUNE]) {
  return fakeApi({
    'GET /api/v1/org-units': (request) => {
      const successorId = request.query.get('successorId');
      if (successorId) return envelope(ALL.filter((u) => u.successorId === successorId));
      return envelope(list);
    },
    'GET /api/v1/org-units/:id': (request) => {
      const found = BY_ID.get(request.path.split('/').pop()!);
      return found ?? { status: 404, body: { type: '/problems/not-found', title: 'Không tìm thấy', status: 404 } };
    },
    ...extra,
  });
}

function treeListRequests(requests: FakeRequest[]) {
  return requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/org-units' && r.query.get('size') === '500' && !r.query.has('successorId'));
}

describe('buildTree', () => {
  it('puts each unit under its parent and keeps the units whose parent is absent at the root', () => {
    const orphan = unit('orphan', 'Đơn vị lẻ', { parentId: 'gone' });
    const roots = buildTree([SNV, PROVINCE, orphan, COMMUNE]);
    expect(roots.map((node) => node.key)).toEqual(['tn', 'orphan']);
    expect(roots[0].children.map((node) => node.key)).toEqual(['snv', 'x-hd']);
    expect(roots[1].children).toEqual([]);
  });

  it('survives a cycle in the data instead of losing both units', () => {
    const a = unit('a', 'A', { parentId: 'b' });
    const b = unit('b', 'B', { parentId: 'a' });
    const roots = buildTree([a, b]);
    const keys = roots.flatMap((node) => [node.key, ...node.children.map((child) => child.key)]);
    expect(keys.sort()).toEqual(['a', 'b']);
  });
});

describe('OrgUnitsPage', { timeout: 30_000 }, () => {
  it('shows the units valid today as a tree, the children under their province', async () => {
    const server = unitRoutes();
    renderPage(<OrgUnitsPage />, { route: '/org-units', path: '/org-units', me: ADMIN });

    const tree = await findTree();
    expect(tree).toHaveAttribute('role', 'tree');
    expect(screen.getByText('4 đơn vị')).toBeInTheDocument();
    const province = within(tree).getByText('UBND tỉnh Tây Ninh').closest('[role="treeitem"]')!;
    expect(province).toHaveAttribute('aria-expanded', 'true');
    expect(within(tree).getByText('Sở Nội vụ')).toBeInTheDocument();
    expect(within(tree).getByText('UBND xã Hưng Điền')).toBeInTheDocument();
    expect(within(tree).getByText('Từ 01/07/2025')).toBeInTheDocument();
    expect(within(tree).getAllByText('Sở, ban, ngành')).toHaveLength(2);

    const [request] = treeListRequests(server.requests);
    expect(request.query.get('validOn')).toBe(dayjs().format('YYYY-MM-DD'));
    expect(request.query.get('sort')).toBe('name');
    expect(request.query.get('page')).toBe('0');

    // collapsing the province hides its children: they are in the tree under it
    fireEvent.click(province.querySelector('.ant-tree-switcher')!);
    await waitFor(() => expect(within(tree).queryByText('Sở Nội vụ')).not.toBeInTheDocument());
  });

  it('loads a province of more than 500 units page by page', async () => {
    const many = Array.from({ length: 501 }, (_, index) => unit(`u${index}`, `Đơn vị ${index}`, { parentId: 'tn' }));
    const server = fakeApi({
      'GET /api/v1/org-units': (request) => {
        const page = Number(request.query.get('page'));
        return envelope(page === 0 ? [PROVINCE, ...many.slice(0, 499)] : many.slice(499), page, 502);
      },
    });
    renderPage(<OrgUnitsPage />, { route: '/org-units', path: '/org-units', me: ADMIN });
    expect(await screen.findByText('502 đơn vị')).toBeInTheDocument();
    expect(treeListRequests(server.requests).map((r) => r.query.get('page'))).toEqual(['0', '1']);
  });

  it('sends the search and the kind to the URL and to the request', async () => {
    const server = unitRoutes();
    const { router } = renderPage(<OrgUnitsPage />, { route: '/org-units', path: '/org-units', me: COORDINATOR });
    await findTree();

    const search = screen.getByLabelText('Tìm theo tên hoặc mã đơn vị');
    fill(search, 'so noi vu');
    fireEvent.click(screen.getByLabelText('Tìm kiếm'));
    await waitFor(() => expect(router.state.location.search).toContain('q=so+noi+vu'));
    await waitFor(() => expect(treeListRequests(server.requests).some((r) => r.query.get('q') === 'so noi vu')).toBe(true));

    await choose('Loại đơn vị', 'Xã, phường');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('kind')).toBe('COMMUNE'));
    await waitFor(() =>
      expect(treeListRequests(server.requests).some((r) => r.query.get('kind') === 'COMMUNE' && r.query.get('q') === 'so noi vu')).toBe(true),
    );
  });

  it('reads the filters from the URL, and shows the merged-away units with the switch', async () => {
    const server = unitRoutes();
    const { router } = renderPage(<OrgUnitsPage />, {
      route: '/org-units?kind=DEPARTMENT&validOn=2025-01-15&q=so',
      path: '/org-units',
      me: ADMIN,
    });
    await findTree();
    const first = treeListRequests(server.requests)[0];
    expect(first.query.get('kind')).toBe('DEPARTMENT');
    expect(first.query.get('validOn')).toBe('2025-01-15');
    expect(first.query.get('q')).toBe('so');
    expect(screen.getByLabelText('Còn hoạt động vào ngày')).toHaveValue('15/01/2025');

    const all = screen.getByLabelText('Hiện cả đơn vị đã sáp nhập/giải thể');
    expect(all).toHaveAttribute('role', 'switch');
    fireEvent.click(all);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('all')).toBe('1'));
    await waitFor(() => {
      const last = treeListRequests(server.requests).at(-1)!;
      expect(last.query.has('validOn')).toBe(false);
      expect(last.query.get('kind')).toBe('DEPARTMENT');
    });
  });

  it('shows the empty state when no unit matches', async () => {
    unitRoutes({}, []);
    renderPage(<OrgUnitsPage />, { route: '/org-units?q=zzz', path: '/org-units', me: ADMIN });
    expect(await screen.findByText('Không có đơn vị nào khớp điều kiện lọc')).toBeInTheDocument();
  });

  it('shows the server problem when the list fails', async () => {
    fakeApi({ 'GET /api/v1/org-units': () => ({ status: 403, body: { type: '/problems/forbidden', title: 'Cấm', status: 403 } }) });
    renderPage(<OrgUnitsPage />, { route: '/org-units', path: '/org-units', me: ADMIN });
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này')).toBeInTheDocument();
  });

  it('shows a selected unit with its successor and its predecessors, and follows the lineage by link', async () => {
    const server = unitRoutes({}, ALL);
    const { router } = renderPage(<OrgUnitsPage />, { route: '/org-units?all=1&unit=skhdt', path: '/org-units', me: COORDINATOR });

    const dialog = await findDialog('Thông tin đơn vị');
    expect((await within(dialog).findByText('Sở Kế hoạch và Đầu tư')).tagName).toBe('H2');
    expect(within(dialog).getByText('Đến 28/02/2025')).toBeInTheDocument();
    expect((await within(dialog).findByText('UBND tỉnh Tây Ninh')).closest('a')).toHaveAttribute('href', '/org-units?all=1&unit=tn');
    await waitFor(() => expect(within(dialog).getAllByTestId('lineage-event')[0]).toHaveTextContent('Sáp nhập vào Sở Tài chính từ ngày 01/03/2025'));
    // coordinators read, only admins write
    expect(within(dialog).queryByText('Sửa đơn vị')).not.toBeInTheDocument();
    expect(screen.queryByText('Thêm đơn vị')).not.toBeInTheDocument();

    const successor = within(dialog).getByText('Sở Tài chính').closest('a')!;
    expect(successor).toHaveAttribute('href', '/org-units?all=1&unit=stc');
    fireEvent.click(successor);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('unit')).toBe('stc'));
    expect(new URLSearchParams(router.state.location.search).get('all')).toBe('1');
    expect((await within(dialog).findByText('Sở Tài chính')).tagName).toBe('H2');
    await waitFor(() => expect(within(dialog).getAllByTestId('lineage-event')).toHaveLength(2));
    const events = within(dialog).getAllByTestId('lineage-event').map((event) => event.textContent);
    // same day: in the server's order
    expect(events).toEqual([
      'Sở Kế hoạch và Đầu tư sáp nhập vào đơn vị này từ ngày 01/03/2025',
      'Sở Giao thông vận tải sáp nhập vào đơn vị này từ ngày 01/03/2025',
    ]);
    expect(server.requests.some((r) => r.query.get('successorId') === 'stc')).toBe(true);
  });

  it('lists the selected unit’s tasks across plans a page at a time, each linking to its page with status and review state', async () => {
    const tasks = Array.from({ length: 12 }, (_, index) =>
      assignment({
        id: `a${index}`,
        planId: index % 2 ? 'p2' : 'p1',
        planTitle: index % 2 ? 'Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2024' : 'Kế hoạch công tác dân vận chính quyền năm 2024',
        taskOrdinal: `II.${index + 1}`,
        unitId: 'snv',
        dueDate: index === 0 ? PAST_DUE : FUTURE_DUE,
        status: index === 0 ? 'IN_PROGRESS' : 'NOT_STARTED',
        updatedBy: index === 0 ? 'tn.snv' : null,
        reviewStatus: index === 0 ? 'AWAITING_REVIEW' : undefined,
      }),
    );
    const server = unitRoutes({
      'GET /api/v1/task-assignments': (request) => {
        const page = Number(request.query.get('page'));
        const size = Number(request.query.get('size'));
        return { items: tasks.slice(page * size, page * size + size), page, size, totalItems: tasks.length };
      },
    });
    renderPage(<OrgUnitsPage />, { route: '/org-units?unit=snv', path: '/org-units', me: COORDINATOR });

    const table = await screen.findByLabelText('Nhiệm vụ được giao cho Sở Nội vụ theo các kế hoạch', { selector: 'table' }, { timeout: 20_000 });
    expect(screen.getByText('12 nhiệm vụ theo các kế hoạch, hạn gần nhất trước')).toBeInTheDocument();
    let rows = within(table).getAllByRole('row').slice(1);
    // the server's order and page, not resorted
    expect(rows).toHaveLength(10);
    expect(within(rows[0]).getByRole('link', { name: 'Nhiệm vụ II.1' })).toHaveAttribute('href', '/task-assignments/a0');
    expect(within(rows[0]).getByText('Đang thực hiện')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Chờ xem xét')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Chậm tiến độ')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Chưa bắt đầu')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Chưa cập nhật')).toBeInTheDocument();
    expect(within(rows[1]).queryByText('Chậm tiến độ')).toBeNull();
    const calls = () => server.requests.filter((r) => r.path === '/api/v1/task-assignments');
    expect(calls().map((r) => [r.query.get('unitId'), r.query.get('page'), r.query.get('size')])).toEqual([['snv', '0', '10']]);

    fireEvent.click(document.querySelector('.ant-pagination-item-2')!);
    const tasksTable = () => screen.getByLabelText('Nhiệm vụ được giao cho Sở Nội vụ theo các kế hoạch', { selector: 'table' });
    await waitFor(() => expect(within(tasksTable()).getByRole('link', { name: 'Nhiệm vụ II.11' })).toBeInTheDocument(), { timeout: 20_000 });
    rows = within(tasksTable()).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('link')[0].getAttribute('href'))).toEqual(['/task-assignments/a10', '/task-assignments/a11']);
    expect(calls().at(-1)!.query.get('page')).toBe('1');
  }, 90_000);

  it('says so when the selected unit has no task in any plan', async () => {
    unitRoutes({ 'GET /api/v1/task-assignments': () => ({ items: [], page: 0, size: 10, totalItems: 0 }) });
    renderPage(<OrgUnitsPage />, { route: '/org-units?unit=stc', path: '/org-units', me: COORDINATOR });
    expect(await screen.findByText('Đơn vị chưa được giao nhiệm vụ nào trong các kế hoạch.', {}, { timeout: 20_000 })).toBeInTheDocument();
  });

  it('shows the headcounts of the selected unit as figures', async () => {
    unitRoutes();
    renderPage(<OrgUnitsPage />, { route: '/org-units?unit=snv', path: '/org-units', me: ADMIN });
    const table = await screen.findByLabelText('Số cán bộ, công chức của đơn vị theo từng năm');
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    expect(rows.map((row) => row.textContent)).toEqual(['20251.234', '202496']);
    expect(screen.getByText('Đơn vị chưa có thay đổi về sáp nhập, hợp nhất.')).toBeInTheDocument();
  });

  it('lets an admin create a unit and shows a violation on its field', async () => {
    let created: unknown;
    const server = unitRoutes({
      'POST /api/v1/org-units': (request) => {
        const body = request.body as { name: string };
        if (body.name === 'Trùng') {
          return {
            status: 400,
            body: { type: '/problems/validation', title: 'Dữ liệu không hợp lệ', status: 400, violations: [{ field: 'name', message: 'đã có đơn vị cùng tên' }] },
          };
        }
        created = { ...unit('new', body.name), ...body, id: 'new', version: 0 };
        return { status: 201, body: created };
      },
    });
    const { router } = renderPage(<OrgUnitsPage />, { route: '/org-units', path: '/org-units', me: ADMIN });
    await findTree();
    fireEvent.click(button('Thêm đơn vị'));
    const dialog = await findDialog('Tên đơn vị');

    fill(within(dialog).getByLabelText('Tên đơn vị'), 'Trùng');
    await choose('Loại đơn vị', 'Xã, phường', dialog);
    fireEvent.click(button('Lưu', dialog));
    expect(await within(dialog).findByText('đã có đơn vị cùng tên')).toBeInTheDocument();

    fill(within(dialog).getByLabelText('Tên đơn vị'), 'UBND xã Mới');
    fill(within(dialog).getByLabelText('Mã đơn vị'), ' TN.X.MOI ');
    fireEvent.click(button('Thêm năm', dialog));
    fill(within(dialog).getByLabelText('Số cán bộ, công chức'), '28');
    fireEvent.click(button('Lưu', dialog));

    await waitFor(() => expect(created).toBeDefined());
    const post = server.requests.filter((r) => r.method === 'POST').at(-1)!;
    expect(post.body).toEqual({
      code: 'TN.X.MOI',
      name: 'UBND xã Mới',
      kind: 'COMMUNE',
      parentId: null,
      validFrom: null,
      validTo: null,
      successorId: null,
      headcounts: [{ year: dayjs().year(), officials: 28 }],
    });
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('unit')).toBe('new'));
  });

  it('edits a unit with If-Match and the dates as ISO days', async () => {
    const server = unitRoutes({
      'PUT /api/v1/org-units/:id': (request) => ({ ...SKHDT, ...(request.body as object), version: 3 }),
    }, ALL);
    renderPage(<OrgUnitsPage />, { route: '/org-units?all=1&unit=skhdt', path: '/org-units', me: ADMIN });
    fireEvent.click(await findButton('Sửa đơn vị'));
    const dialog = await findDialog('Hoạt động đến hết ngày');
    expect(within(dialog).getByLabelText('Hoạt động đến hết ngày')).toHaveValue('28/02/2025');
    fireEvent.click(button('Lưu', dialog));

    await waitFor(() => expect(server.requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe('/api/v1/org-units/skhdt');
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(put.body).toMatchObject({ name: 'Sở Kế hoạch và Đầu tư', parentId: 'tn', validTo: '2025-02-28', successorId: 'stc' });
  });

  it("shows the server's reason when it refuses to delete a unit", async () => {
    const server = unitRoutes({
      'DELETE /api/v1/org-units/:id': () => ({
        status: 409,
        body: { type: '/problems/org-unit-in-use', title: 'Đơn vị đang được sử dụng', status: 409, detail: 'Đơn vị Sở Nội vụ còn được kế hoạch tham chiếu.' },
      }),
    });
    renderPage(<OrgUnitsPage />, { route: '/org-units?unit=snv', path: '/org-units', me: ADMIN });
    fireEvent.click(await findButton('Xóa đơn vị'));
    const confirm = await findDialog('Xóa đơn vị “Sở Nội vụ”?');
    fireEvent.click(button('Xóa', confirm));

    expect(await screen.findByText('Đơn vị đang được sử dụng. Đơn vị Sở Nội vụ còn được kế hoạch tham chiếu.')).toBeInTheDocument();
    expect(screen.getByText('Không xóa được đơn vị')).toBeInTheDocument();
    const request = server.requests.find((r) => r.method === 'DELETE')!;
    expect(request.headers.get('If-Match')).toBe('"0"');
  });
});
