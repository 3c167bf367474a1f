import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { meKey, type Me } from '@/lib/auth';

export interface RenderOptions {
  /** The address the page opens at, e.g. `/plans/p1?tab=targets`. */
  route?: string;
  /** The route pattern the page is mounted at, e.g. `/plans/:planId`. */
  path?: string;
  /** The signed-in account; a coordinator by default. */
  me?: Me | null;
}

export const COORDINATOR: Me = { id: 'a1', username: 'sonoivu', displayName: 'Nguyễn Văn An', role: 'COORDINATOR', authMethod: 'FORM', unitId: 'u-snv', unitName: 'Sở Nội vụ', reach: { allUnits: false, unitId: 'u-tn', unitName: 'UBND tỉnh Tây Ninh' } };
export const REPORTER: Me = { id: 'a2', username: 'tn.snv', displayName: 'Trần Thị Bình', role: 'REPORTER', authMethod: 'FORM', unitId: 'u-snv', unitName: 'Sở Nội vụ', reach: { allUnits: false, unitId: 'u-snv', unitName: 'Sở Nội vụ' } };
export const LEADER: Me = { id: 'a3', username: 'lanhdao', displayName: 'Lê Văn Cường', role: 'LEADER', authMethod: 'FORM', unitId: null, unitName: null, reach: { allUnits: true } };
export const ADMIN: Me = { id: 'a4', username: 'admin', displayName: 'Quản trị', role: 'ADMIN', authMethod: 'FORM', unitId: null, unitName: null, reach: { allUnits: true } };

/** Renders a page as the app would: antd in Vietnamese, a fresh query cache, a memory router. */
export function renderPage(ui: ReactElement, { route = '/', path = '/', me = COORDINATOR }: RenderOptions = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
  client.setQueryData(meKey, me);
  const router = createMemoryRouter([{ path, element: ui }, { path: '*', element: <div data-testid="elsewhere" /> }], {
    initialEntries: [route],
  });
  const result = render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <QueryClientProvider client={client}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>,
  );
  return { ...result, router, client };
}

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Handler = (request: FakeRequest) => { status?: number; body?: unknown; headers?: Record<string, string> } | unknown;

/**
 * A fake server for `fetch`: `'GET /api/v1/plans/:planId'` -> a handler answering a body (200) or
 * `{ status, body }`. Requests nobody handles answer 404 with a problem and are listed in `unhandled`.
 * Every request is kept in `requests` for assertions.
 */
export function fakeApi(routes: Record<string, Handler>) {
  const requests: FakeRequest[] = [];
  const unhandled: string[] = [];
  const compiled = Object.entries(routes).map(([key, handler]) => {
    const [method, pattern] = key.split(' ');
    const regex = new RegExp(`^${pattern.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
    return { method, regex, handler };
  });
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url, 'http://localhost');
    const text = request.body ? await request.clone().text() : '';
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // multipart or form bodies stay text
    }
    const fake: FakeRequest = { method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers, body };
    requests.push(fake);
    const route = compiled.find((r) => r.method === request.method && r.regex.test(url.pathname));
    if (!route) {
      unhandled.push(`${request.method} ${url.pathname}`);
      return json(404, { type: '/problems/not-found', title: 'Không tìm thấy', status: 404 });
    }
    const answer = route.handler(fake) as { status?: number; body?: unknown; headers?: Record<string, string> } | undefined;
    if (answer && typeof answer === 'object' && 'status' in answer && typeof answer.status === 'number') {
      return json(answer.status, answer.body, answer.headers);
    }
    return json(200, answer);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, unhandled, fetchMock };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  if (status === 204 || body === undefined) return new Response(null, { status, headers });
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
}

/** A page envelope as the API sends it. */
export function page<T>(items: T[], totalItems = items.length) {
  return { items, page: 0, size: 20, totalItems };
}
