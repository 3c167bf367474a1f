import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { fakeApi, page, renderPage, REPORTER } from '@/test/render';
import { readDraft } from '@/lib/drafts';
import SelfAssessmentPage from './SelfAssessmentPage';
import { assessment, RUBRIC } from './testData';

configure({ asyncUtilTimeout: 5000 });
// jsdom and antd forms are slow on a shared 2-core machine
vi.setConfig({ testTimeout: 150_000 });
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });

afterEach(() => vi.unstubAllGlobals());

const open = () =>
  renderPage(<SelfAssessmentPage />, { route: '/my-unit/assessments/as1', path: '/my-unit/assessments/:assessmentId', me: REPORTER });

function serve(put: () => unknown = () => assessment({ version: 4 })) {
  return fakeApi({
    'GET /api/v1/assessments/as1': () => assessment(),
    'GET /api/v1/rubrics/r1': () => RUBRIC,
    'GET /api/v1/assessments/as1/history': () => page([]),
    'PUT /api/v1/assessments/as1': put,
  });
}

const puts = (server: ReturnType<typeof fakeApi>) => server.requests.filter((r) => r.method === 'PUT');
const item = (input: HTMLElement) => input.closest('.ant-form-item') as HTMLElement;

describe('a score sheet that fails to save says why, at the field', () => {
  it('calls a score above the criterion maximum an error and keeps what was typed, without asking the server', async () => {
    const server = serve();
    open();
    const input = await screen.findByLabelText('Điểm tự chấm tiêu chí I.1');
    await userEvent.type(input, '7');
    await userEvent.tab();

    // I.1 is worth at most 6: said at the field, the 7 is not cut down to 6
    expect(await within(item(input)).findByText('Điểm tối đa là 6')).toBeInTheDocument();
    expect((input as HTMLInputElement).value).toMatch(/^7(,0)?$/);
    await userEvent.click(screen.getByRole('button', { name: /Lưu nháp/ }));
    expect(await within(screen.getByTestId('save-problems')).findByText('Hãy sửa các ô được đánh dấu')).toBeInTheDocument();
    expect((input as HTMLInputElement).value).toMatch(/^7(,0)?$/);
    expect(puts(server)).toHaveLength(0);
  });

  it('does not save an evidence row without a name: the row says so and gets the cursor', async () => {
    const server = serve();
    open();
    const row = await screen.findByTestId('criterion-I.1');
    await userEvent.click(within(row).getByRole('button', { name: /Thêm tài liệu/ }));
    await userEvent.click(screen.getByRole('button', { name: /Lưu nháp/ }));

    const label = screen.getByLabelText('Tên tài liệu I.1 (1)');
    expect(await within(item(label)).findByText('Hãy nhập tên tài liệu')).toBeInTheDocument();
    await waitFor(() => expect(label).toHaveFocus());
    expect(within(screen.getByTestId('save-problems')).getByText('Hãy sửa các ô được đánh dấu')).toBeInTheDocument();
    expect(puts(server)).toHaveLength(0);
  });

  it('puts a violation the server names onto its field and brings it into view', async () => {
    serve(() => ({
      status: 400,
      body: {
        type: '/problems/validation',
        title: 'Dữ liệu chưa hợp lệ',
        status: 400,
        violations: [{ field: 'scores[1].points', message: 'phải từ 0 đến 4' }],
      },
    }));
    open();
    const input = await screen.findByLabelText('Điểm tự chấm tiêu chí I.2');
    await userEvent.type(input, '3');
    await userEvent.click(screen.getByRole('button', { name: /Lưu nháp/ }));

    expect(await within(item(input)).findByText('phải từ 0 đến 4')).toBeInTheDocument();
    await waitFor(() => expect(input).toHaveFocus());
  });

  it('keeps the typed points when the session has expired (401), and fills them in again on return', async () => {
    serve(() => ({ status: 401, body: { type: '/problems/unauthorized', title: 'Chưa đăng nhập', status: 401 } }));
    const first = open();
    await userEvent.type(await screen.findByLabelText('Điểm tự chấm tiêu chí I.1'), '5,5');
    await userEvent.click(screen.getByRole('button', { name: /Lưu nháp/ }));
    await waitFor(() =>
      expect((readDraft({ account: REPORTER.username, form: 'self-assessment', id: 'as1' })?.values as { scores: { points: number }[] }).scores[0].points).toBe(5.5),
    );

    // signed in again, the user comes back to the sheet
    first.unmount();
    open();
    expect(await screen.findByText('Đã khôi phục nội dung bạn nhập dở')).toBeInTheDocument();
    expect(screen.getByLabelText('Điểm tự chấm tiêu chí I.1')).toHaveValue('5,5');
  });
});
