import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeApi, page, renderPage } from '@/test/render';
import PlanImportPage from './PlanImportPage';
import { DRAFT, span } from './importTestData';
import { GROUP, UNITS } from './testData';
import { screenWidth } from './testScreen';

// the machine running the tests is shared: give antd's rendering time
configure({ asyncUtilTimeout: 8000 });
// the review form is large: rendering and unmounting it takes seconds in jsdom on a shared machine
vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

beforeEach(() => screenWidth(1366));
afterEach(() => vi.unstubAllGlobals());
// unmounting the large form can outlast the shared set-up's 10 s hook on a loaded machine: done here first
afterEach(() => cleanup(), 60_000);

const lookups = {
  'GET /api/v1/org-units/:id': (request: { path: string }) => UNITS[request.path.split('/').pop()!],
  'GET /api/v1/org-units': () => page(Object.values(UNITS)),
  'GET /api/v1/unit-groups': () => page([GROUP]),
  'GET /api/v1/unit-groups/:id': () => GROUP,
};

function open() {
  return renderPage(<PlanImportPage />, { route: '/plans/import', path: '/plans/import' });
}

/** Chooses a file in the drop zone, as a person does. */
async function upload(name = 'ke-hoach-859.txt', content = DRAFT.text, type = 'text/plain') {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File([content], name, { type })] } });
  // the drop zone hands the file over asynchronously
  await Promise.resolve();
}

/** Pastes a text and asks for it to be read. */
async function paste(text: string) {
  fireEvent.change(screen.getByLabelText('Hoặc dán nội dung văn bản'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: /Đọc văn bản/ }));
}

// Role and label queries are slow over a form this large in jsdom on a shared machine: fields are found
// by the ids antd gives them (`import_tasks_0_content`), entries by their titles.

/** The passage highlighted in the text panel. */
function highlighted(): string | null {
  return document.querySelector('[role="region"].import-source mark')?.textContent ?? null;
}

/** A field of the form by its path: `field('tasks', 0, 'content')`. */
function field(...path: (string | number)[]): HTMLElement {
  const element = document.getElementById(['import', ...path].join('_'));
  if (!element) throw new Error(`no field ${path.join('.')}`);
  return element;
}

/** A list entry (its card, a named group) by its title. */
function entry(title: string): HTMLElement {
  return screen.getByText(title, { selector: '.ant-card-head-title' }).closest<HTMLElement>('[role="group"]')!;
}

/** The form item around a field: its label, its value and its error. */
function item(element: HTMLElement): HTMLElement {
  return element.closest<HTMLElement>('.ant-form-item')!;
}

function draftReady() {
  return screen.findByText('Nhiệm vụ II.1', { selector: '.ant-card-head-title' });
}

/** Picks an option of the open antd Select. */
async function pick(option: string) {
  const choice = await waitFor(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-select-item-option')).find((element) => element.textContent === option);
    if (!found) throw new Error(`No option "${option}"`);
    return found;
  });
  fireEvent.click(choice);
}

/** The one group applied to every target and obligation without one. */
async function groupForAll() {
  fireEvent.mouseDown(document.querySelector('[aria-label="Nhóm đơn vị cho mọi chỉ tiêu, yêu cầu chưa chọn nhóm"]')!);
  await pick(GROUP.name);
  fireEvent.click(screen.getByText('Áp dụng', { selector: 'button span' }));
}

function saveButton() {
  return screen.getAllByText('Lưu thành kế hoạch', { selector: 'button span' })[0].closest('button')!;
}

describe('importing a plan from its document', () => {
  it('sends a chosen file as multipart and shows the draft read from it: identity, tasks with unmatched units, targets, deadlines, warnings', async () => {
    const server = fakeApi({ 'POST /api/v1/plan-imports': () => DRAFT, ...lookups });
    open();
    await upload();
    await draftReady();

    const sent = server.requests.find((request) => request.path === '/api/v1/plan-imports')!;
    expect(sent.method).toBe('POST');
    expect(sent.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    // jsdom's File loses its name in Node's FormData; a browser sends it (the server reads .docx by it or by the part's type)
    expect(String(sent.body)).toMatch(/Content-Disposition: form-data; name="file"; filename="[^"]+"\r\nContent-Type: text\/plain/);
    expect(String(sent.body)).toContain('Số: 859/KH-UBND');

    expect(screen.getByText('Văn bản: ke-hoach-859.txt')).toBeInTheDocument();
    expect(field('number')).toHaveValue('859');
    expect(field('symbol')).toHaveValue('KH-UBND');
    expect(field('issueDate')).toHaveValue('25/03/2024');
    expect(field('title')).toHaveValue(DRAFT.title);
    expect(field('periodStart')).toHaveValue('2024');
    expect(item(field('issuerId'))).toHaveTextContent('Theo văn bản: UBND tỉnh Tây Ninh');
    await waitFor(() => expect(item(field('issuerId')).querySelector('.ant-select-content, .ant-select-selection-item')).toHaveTextContent('UBND tỉnh Tây Ninh'));
    expect(field('legalBases', 0, 'number')).toHaveValue('33/CT-TTg');
    expect(field('signer', 'name')).toHaveValue('Võ Đức Trọng');

    const task = entry('Nhiệm vụ II.1');
    expect(field('tasks', 0, 'content')).toHaveValue('Quán triệt các văn bản về công tác dân vận.');
    expect(task).toHaveTextContent('Chưa khớp với danh mục: Công an tỉnh. Hãy chọn đơn vị tương ứng.');
    expect(entry('Nhiệm vụ II.2')).not.toHaveTextContent('Chưa khớp');
    // the duty of "Tổ chức thực hiện" is a task too, its lead the unit group the name matched
    const duty = entry('Nhiệm vụ IV.1 (Tổ chức thực hiện)');
    expect(duty).toHaveTextContent('Khớp với nhóm đơn vị: Các cơ quan, đơn vị, địa phương tỉnh Tây Ninh');
    expect(duty).not.toHaveTextContent('Chưa khớp');
    expect(screen.getByText('Nội dung, nhiệm vụ (3)')).toBeInTheDocument();

    expect(field('targets', 0, 'thresholdPercent')).toHaveValue('100.00');
    expect(entry('Chỉ tiêu III.1')).toHaveTextContent('Đối tượng theo văn bản: cán bộ, công chức, viên chức');

    expect(field('obligations', 0, 'dueDate')).toHaveValue('10/04/2024');
    expect(item(field('obligations', 0, 'kind'))).toHaveTextContent('Kế hoạch của đơn vị');

    expect(screen.getByText('Cảnh báo khi đọc (1)')).toBeInTheDocument();
    // a plan is what an import expects: no warning about the kind of document
    expect(screen.queryByText(/không phải kế hoạch/)).not.toBeInTheDocument();
    expect(server.unhandled).toEqual([]);
  });

  it('highlights in the text where the chosen field, list entry or warning was read', async () => {
    fakeApi({ 'POST /api/v1/plan-imports': () => DRAFT, ...lookups });
    open();
    await upload();
    await draftReady();
    expect(highlighted()).toBeNull();

    fireEvent.click(field('title'));
    expect(highlighted()).toBe(DRAFT.title);

    fireEvent.focus(field('number'));
    expect(highlighted()).toBe('859/KH-UBND');

    fireEvent.click(field('tasks', 1, 'content'));
    expect(highlighted()).toBe('2. Tổ chức đối thoại với Nhân dân. Chủ trì: UBND các huyện.');

    fireEvent.click(field('recipients', 0));
    expect(highlighted()).toBe('Ban Dân vận Tỉnh ủy');

    fireEvent.focus(field('legalBases', 0, 'date'));
    expect(highlighted()).toBe('Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ');

    // pointing at an entry shows its passage meanwhile; leaving it shows the chosen one again
    fireEvent.mouseEnter(entry('Chỉ tiêu III.1').parentElement!);
    expect(highlighted()).toBe(DRAFT.targets[0].statement);
    fireEvent.mouseLeave(entry('Chỉ tiêu III.1').parentElement!);
    expect(highlighted()).toBe('Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ');

    fireEvent.click(screen.getByText('Không khớp được đơn vị “Công an tỉnh” với danh mục.', { selector: 'button span' }));
    expect(highlighted()).toBe('Công an tỉnh');
    expect(DRAFT.warnings[0].source).toEqual(span('Công an tỉnh'));
  });

  it('sends pasted text as text/plain and saves the corrected draft as a plan with its tasks, targets and obligations in one request', async () => {
    const server = fakeApi({
      'POST /api/v1/plan-imports': () => DRAFT,
      'POST /api/v1/plans': () => ({ status: 201, body: { id: 'p-new', ...DRAFT, issuerId: 'u-tn', title: 'Sửa', legalBases: [], purposes: [], recipients: [], status: 'DRAFT', version: 0 } }),
      ...lookups,
    });
    const { router } = open();
    await paste(DRAFT.text);
    await draftReady();
    const read = server.requests.find((request) => request.path === '/api/v1/plan-imports')!;
    expect(read.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(read.body).toBe(DRAFT.text);

    fireEvent.change(field('title'), { target: { value: 'Thực hiện công tác dân vận chính quyền năm 2024 (bản sửa)' } });
    fireEvent.click(entry('Nhiệm vụ II.2').querySelector('button[aria-label="Bỏ nhiệm vụ II.2"]')!);
    await waitFor(() => expect(screen.queryByText('Nhiệm vụ II.2', { selector: '.ant-card-head-title' })).not.toBeInTheDocument());
    await groupForAll();
    fireEvent.click(saveButton());

    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/p-new'));
    const created = server.requests.find((request) => request.method === 'POST' && request.path === '/api/v1/plans')!;
    expect(created.body).toEqual({
      issuerId: 'u-tn',
      title: 'Thực hiện công tác dân vận chính quyền năm 2024 (bản sửa)',
      number: 859,
      symbol: 'KH-UBND',
      issuePlace: 'Tây Ninh',
      issueDate: '2024-03-25',
      periodStart: 2024,
      periodEnd: 2024,
      implements: null,
      legalBases: [{ type: 'CHI_THI', number: '33/CT-TTg', date: '2021-11-26', issuingBody: 'Thủ tướng Chính phủ', title: null }],
      purposes: ['Triển khai công tác dân vận chính quyền đồng bộ, hiệu quả.'],
      signer: { name: 'Võ Đức Trọng', position: 'Phó Chủ tịch', capacity: 'KT' },
      recipients: ['Ban Dân vận Tỉnh ủy'],
      parentPlanId: null,
      tasks: [
        {
          ordinal: 'II.1',
          content: 'Quán triệt các văn bản về công tác dân vận.',
          directedBy: null,
          leadUnitIds: ['u-snv'],
          leadText: 'Sở Nội vụ',
          coordinatingUnitIds: [],
          coordinatingText: 'Công an tỉnh',
          timeFrame: { kind: 'WHOLE_PERIOD', dueDate: null, text: null },
          section: 'TASK',
          leadGroupIds: [],
          coordinatingGroupIds: [],
        },
        {
          // the duty of "Tổ chức thực hiện", its lead a unit group the reader matched
          ordinal: 'IV.1',
          section: 'DUTY',
          content: DRAFT.duties[0].content,
          directedBy: null,
          leadUnitIds: [],
          leadGroupIds: ['g-dv'],
          leadText: 'Các đơn vị',
          coordinatingUnitIds: [],
          coordinatingGroupIds: [],
          coordinatingText: null,
          timeFrame: { kind: 'BY_DATE', dueDate: '2024-04-10', text: 'chậm nhất ngày 10/4/2024' },
        },
      ],
      targets: [
        {
          ordinal: 'III.1',
          statement: DRAFT.targets[0].statement,
          comparator: 'GTE',
          thresholdPercent: 100,
          population: { groupId: 'g1', basis: 'OFFICIALS' },
          measure: { kind: 'MANUAL', obligationId: null, minimumRating: null },
        },
      ],
      obligations: [
        {
          kind: 'UNIT_PLAN',
          title: DRAFT.deadlines[0].what,
          groupId: 'g1',
          dueDate: '2024-04-10',
          dueMonthDay: null,
          graceDays: 0,
          sourcePhrase: 'chậm nhất ngày 10/4/2024',
          recipient: null,
        },
      ],
    });
  });

  it('does not send a draft without unit groups, then puts the violations of a refused save onto the fields they name, list entries included, and names the others above the form', async () => {
    const server = fakeApi({
      'POST /api/v1/plan-imports': () => DRAFT,
      'POST /api/v1/plans': () => ({
        status: 400,
        body: {
          type: '/problems/validation',
          title: 'Dữ liệu chưa hợp lệ',
          status: 400,
          violations: [
            { field: 'tasks[1].ordinal', message: 'Mục II.2 bị trùng' },
            { field: 'targets[0].thresholdPercent', message: 'Ngưỡng phải từ 0 đến 100' },
            { field: 'symbol', message: 'Ký hiệu đã có kế hoạch khác dùng trong năm 2024' },
            { field: 'obligations[0]', message: 'Cần đúng một trong hạn nộp và hạn hằng năm' },
          ],
        },
      }),
      ...lookups,
    });
    const { router } = open();
    await upload();
    await draftReady();

    // nothing in the text names the unit group a target or an obligation counts: the form asks for it
    fireEvent.click(saveButton());
    await waitFor(() => expect(item(field('targets', 0, 'population', 'groupId'))).toHaveTextContent('Hãy chọn nhóm đơn vị'));
    expect(item(field('obligations', 0, 'groupId'))).toHaveTextContent('Hãy chọn đơn vị phải nộp');
    expect(screen.getByText('Còn trường chưa hợp lệ: hãy sửa các trường được đánh dấu đỏ.')).toBeInTheDocument();
    expect(server.requests.filter((request) => request.method === 'POST' && request.path === '/api/v1/plans')).toHaveLength(0);

    await groupForAll();
    fireEvent.click(saveButton());

    await waitFor(() => expect(item(field('tasks', 1, 'ordinal'))).toHaveTextContent('Mục II.2 bị trùng'));
    expect(item(field('tasks', 0, 'ordinal'))).not.toHaveTextContent('Mục II.2 bị trùng');
    expect(item(field('targets', 0, 'thresholdPercent'))).toHaveTextContent('Ngưỡng phải từ 0 đến 100');
    expect(item(field('symbol'))).toHaveTextContent('Ký hiệu đã có kế hoạch khác dùng trong năm 2024');
    const alert = screen.getByText('Chưa lưu được').closest('[role="alert"]')!;
    expect(alert).toHaveTextContent('obligations[0]: Cần đúng một trong hạn nộp và hạn hằng năm');
    expect(router.state.location.pathname).toBe('/plans/import');
  });

  it('warns visibly when the document read is not a plan (a report sent by mistake)', async () => {
    fakeApi({ 'POST /api/v1/plan-imports': () => ({ ...DRAFT, documentType: 'BAO_CAO' }), ...lookups });
    open();
    await upload('bao-cao.txt');
    await draftReady();
    const warning = screen.getByText('Văn bản này là báo cáo, không phải kế hoạch').closest('[role="alert"]')!;
    expect(warning).toHaveTextContent('Có thể đã chọn nhầm tệp');
    expect(screen.getByText('Báo cáo', { selector: '.ant-tag' })).toBeInTheDocument();
  });

  it.each([
    [413, 'payload-too-large', 'Tệp quá lớn: chỉ nhận văn bản đến 2 MB.'],
    [415, 'unsupported-document-type', 'Loại tệp không được nhận: hãy chọn tệp Word (.docx) hoặc văn bản thuần (.txt, mã UTF-8).'],
    [422, 'unreadable-document', 'Không đọc được nội dung: tệp không phải văn bản UTF-8 hay tệp Word (.docx) đọc được'],
    [400, 'empty-document', 'Tệp trống: không có nội dung để đọc.'],
  ])('says in Vietnamese why a document was refused (%i %s) and lets another one be chosen', async (status, type, text) => {
    fakeApi({
      'POST /api/v1/plan-imports': () => ({ status, body: { type: `/problems/${type}`, title: 'Không đọc được', status, detail: 'Chi tiết từ máy chủ.' } }),
      ...lookups,
    });
    open();
    await upload('van-ban.txt');
    const alert = await screen.findByText('Không đọc được văn bản').then((title) => title.closest<HTMLElement>('[role="alert"]')!);
    expect(alert).toHaveTextContent('Không đọc được văn bản');
    expect(alert).toHaveTextContent(text);
    expect(alert).toHaveTextContent('Chi tiết từ máy chủ.');
    // still on the choice of a document
    expect(document.querySelector('input[type="file"]')).not.toBeNull();
  });
});
