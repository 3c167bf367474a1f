import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { api } from '@/lib/api';
import '@/lib/i18n';
import { ExportButton } from './ExportButton';
import { fileNameOf } from './fileName';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DISPOSITION =
  "attachment; filename=\"tien do nop 859-kh-ubnd.xlsx\"; filename*=UTF-8''Ti%E1%BA%BFn%20%C4%91%E1%BB%99%20n%E1%BB%99p%20859-KH-UBND.xlsx";

const completeness = () =>
  api.GET('/api/v1/plans/{planId}/completeness/export', {
    params: { path: { planId: 'p1' }, query: { obligationId: 'o1' } },
    parseAs: 'blob',
  });

let saved: { name: string; href: string }[];
let requests: Request[];

beforeEach(() => {
  saved = [];
  requests = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:xlsx'), revokeObjectURL: vi.fn() }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, href: this.getAttribute('href') ?? '' });
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('vi');
});

function serve(answer: () => Response | Promise<Response>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      requests.push(request);
      return answer();
    }),
  );
}

describe('ExportButton', () => {
  it('downloads the file through the API client under the name the server gives, disabled meanwhile', async () => {
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    serve(async () => {
      await answered;
      return new Response(new Blob(['PK'], { type: XLSX }), {
        status: 200,
        headers: { 'Content-Type': XLSX, 'Content-Disposition': DISPOSITION },
      });
    });
    render(<ExportButton request={completeness} fallbackName="tien-do-nop.xlsx" />);

    await userEvent.click(screen.getByRole('button', { name: /Xuất Excel/ }));
    expect(await screen.findByRole('button', { name: /Đang tạo tệp Excel/ })).toBeDisabled();
    release();

    await waitFor(() => expect(saved).toEqual([{ name: 'Tiến độ nộp 859-KH-UBND.xlsx', href: 'blob:xlsx' }]));
    expect(screen.getByRole('button', { name: /Xuất Excel/ })).toBeEnabled();
    const sent = new URL(requests[0].url);
    expect(sent.pathname).toBe('/api/v1/plans/p1/completeness/export');
    expect(sent.searchParams.get('obligationId')).toBe('o1');
    expect(requests[0].headers.get('Accept-Language')).toBe('vi');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why in Vietnamese when the server refuses, and saves nothing', async () => {
    serve(() =>
      new Response(JSON.stringify({ type: '/problems/forbidden', title: 'Không có quyền', status: 403 }), {
        status: 403,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );
    render(<ExportButton request={completeness} fallbackName="tien-do-nop.xlsx" />);

    await userEvent.click(screen.getByRole('button', { name: /Xuất Excel/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Không xuất được tệp Excel: Bạn không có quyền thực hiện thao tác này',
    );
    expect(saved).toEqual([]);
    expect(screen.getByRole('button', { name: /Xuất Excel/ })).toBeEnabled();
  });

  it('speaks English when the user chose it, and names an unreachable server', async () => {
    await i18n.changeLanguage('en');
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    render(<ExportButton request={completeness} fallbackName="completeness.xlsx" />);

    await userEvent.click(screen.getByRole('button', { name: /Export to Excel/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The Excel file could not be exported:');
    expect(requests[0].headers.get('Accept-Language')).toBe('en');
  });
});

describe('fileNameOf', () => {
  it('prefers the UTF-8 name, then the plain one, then the fallback', () => {
    expect(fileNameOf(DISPOSITION, 'x.xlsx')).toBe('Tiến độ nộp 859-KH-UBND.xlsx');
    expect(fileNameOf('attachment; filename="don vi.xlsx"', 'x.xlsx')).toBe('don vi.xlsx');
    expect(fileNameOf("attachment; filename=\"a.xlsx\"; filename*=UTF-8''%E0%A4%A", 'x.xlsx')).toBe('a.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
