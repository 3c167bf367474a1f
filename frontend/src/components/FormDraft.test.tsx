import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import dayjs from 'dayjs';
import { Button, Form, Input } from 'antd';
import { Link } from 'react-router';
import { renderPage, REPORTER } from '@/test/render';
import { draftStorageKey, fromStorable, readDraft, sameValues, toStorable, writeDraft } from '@/lib/drafts';
import { useFormDraft } from './FormDraft';

vi.setConfig({ testTimeout: 60_000 });
const userEvent = userEventBase.setup({ pointerEventsCheck: 0 });

afterEach(() => vi.unstubAllGlobals());

interface Values {
  title?: string;
}

/** A form as the pages use the hook: the server's title at `version`, a save that succeeds. */
function Sample({ version = 3, server = 'Báo cáo quý I' }: { version?: number; server?: string }) {
  const [form] = Form.useForm<Values>();
  const draft = useFormDraft({ form, name: 'sample', id: 's1', version, initial: { title: server } });
  return (
    <>
      {draft.notice}
      <Form form={form} initialValues={draft.start} onValuesChange={draft.onValuesChange} onFinish={() => draft.saved()}>
        <Form.Item name="title" label="Tiêu đề">
          <Input />
        </Form.Item>
        <Button htmlType="submit">Lưu</Button>
      </Form>
      <Link to="/elsewhere">Trang khác</Link>
    </>
  );
}

const KEY = { account: REPORTER.username, form: 'sample', id: 's1' };
const open = (ui = <Sample />) => renderPage(ui, { route: '/form', path: '/form', me: REPORTER });

async function type(text: string) {
  const input = await screen.findByLabelText('Tiêu đề');
  await userEvent.clear(input);
  await userEvent.type(input, text);
}

describe('a form that keeps what the user typed', () => {
  it('asks before leaving with unsaved changes, in Vietnamese, and stays or leaves as told', async () => {
    const { router } = open();
    await type('Báo cáo quý II');

    await userEvent.click(screen.getByRole('link', { name: 'Trang khác' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Rời trang khi chưa lưu?');
    expect(dialog).toHaveTextContent('Những thay đổi chưa lưu vẫn được giữ trên máy này');
    await userEvent.click(screen.getByRole('button', { name: 'Ở lại' }));
    await waitFor(() => expect(screen.queryAllByText('Rời trang khi chưa lưu?')).toHaveLength(0));
    expect(router.state.location.pathname).toBe('/form');

    // a reload or a closed tab: the browser is asked to confirm
    const reload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(reload);
    expect(reload.defaultPrevented).toBe(true);

    await userEvent.click(screen.getByRole('link', { name: 'Trang khác' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Rời trang' }));
    expect(await screen.findByTestId('elsewhere')).toBeInTheDocument();
    // what was typed stays on this device
    expect(readDraft(KEY)?.values).toEqual({ title: 'Báo cáo quý II' });
  });

  it('lets the user leave at once when nothing changed, and after a save', async () => {
    const { router } = open();
    await type('Báo cáo quý I');
    const still = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(still);
    expect(still.defaultPrevented).toBe(false);

    await type('Báo cáo quý II');
    await waitFor(() => expect(readDraft(KEY)).not.toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(readDraft(KEY)).toBeNull());
    await userEvent.click(screen.getByRole('link', { name: 'Trang khác' }));
    expect(await screen.findByTestId('elsewhere')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/elsewhere');
  });

  it('fills the form again with the draft typed on the same version, says so, and discards it on request', async () => {
    const first = open();
    await type('Báo cáo quý II, bản sửa');
    // a reload: the page goes at once (what is pending is written) and starts again from the server's values
    first.unmount();
    expect(readDraft(KEY)?.version).toBe(3);
    open();

    expect(await screen.findByText('Đã khôi phục nội dung bạn nhập dở')).toBeInTheDocument();
    expect(screen.getByLabelText('Tiêu đề')).toHaveValue('Báo cáo quý II, bản sửa');
    await userEvent.click(screen.getByRole('button', { name: 'Bỏ bản nháp' }));
    expect(screen.getByLabelText('Tiêu đề')).toHaveValue('Báo cáo quý I');
    expect(screen.queryByTestId('draft-notice')).not.toBeInTheDocument();
    expect(localStorage.getItem(draftStorageKey(KEY))).toBeNull();
  });

  it('offers a draft typed on an older version without applying it, and restores it when asked', async () => {
    writeDraft(KEY, { version: 2, savedAt: new Date().toISOString(), values: { title: 'Gõ trên bản cũ' } });
    open(<Sample version={3} server="Bản mới của người khác" />);

    expect(await screen.findByText('Có nội dung nhập dở dựa trên phiên bản cũ')).toBeInTheDocument();
    expect(screen.getByLabelText('Tiêu đề')).toHaveValue('Bản mới của người khác');
    await userEvent.click(screen.getByRole('button', { name: 'Khôi phục' }));
    expect(screen.getByLabelText('Tiêu đề')).toHaveValue('Gõ trên bản cũ');
    expect(await screen.findByText('Đã khôi phục nội dung bạn nhập dở')).toBeInTheDocument();
    // kept again, now on the version shown
    expect(readDraft(KEY)?.version).toBe(3);
  });

  it('keeps drafts apart per account', async () => {
    writeDraft({ ...KEY, account: 'someone.else' }, { version: 3, savedAt: new Date().toISOString(), values: { title: 'Của người khác' } });
    open();
    expect(await screen.findByLabelText('Tiêu đề')).toHaveValue('Báo cáo quý I');
    expect(screen.queryByTestId('draft-notice')).not.toBeInTheDocument();
  });
});

describe('the stored form of a draft', () => {
  it('keeps days as days and absent values as null', () => {
    const values = { date: dayjs('2024-06-10T00:00:00Z'), rows: [{ n: 1, note: undefined }], name: 'Kế hoạch' };
    const stored = JSON.parse(JSON.stringify(toStorable(values)));
    expect(stored).toEqual({ date: { $day: '2024-06-10T00:00:00.000Z' }, rows: [{ n: 1, note: null }], name: 'Kế hoạch' });
    const back = fromStorable(stored) as typeof values;
    expect(dayjs.isDayjs(back.date)).toBe(true);
    expect(back.date.valueOf()).toBe(values.date.valueOf());
  });

  it('calls values the same when only blank, null and absent differ', () => {
    expect(sameValues({ a: '', b: null, c: [1, { d: undefined }] }, { c: [1, {}] })).toBe(true);
    expect(sameValues({ a: 'x' }, { a: 'y' })).toBe(false);
    expect(sameValues({ rows: [1, 2] }, { rows: [1] })).toBe(false);
  });
});
