import { vi } from 'vitest';
import type { FakeRequest } from '@/test/render';

/** The browser's download machinery, which jsdom lacks: the names of the files the page saved. */
export function stubDownloads() {
  const saved: string[] = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:xlsx'), revokeObjectURL: vi.fn() }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return saved;
}

/** An export answer of the fake server, named as the server names its files. */
export function xlsxAnswer(name: string) {
  return () => ({
    status: 200,
    body: 'PK',
    headers: { 'Content-Disposition': `attachment; filename="x.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}` },
  });
}

export const exportRequests = (requests: FakeRequest[]) => requests.filter((r) => r.path.endsWith('/export'));
