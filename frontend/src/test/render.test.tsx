import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { api, unwrap } from '@/lib/api';
import { ProblemError } from '@/lib/problem';
import { QueryState } from '@/components/QueryState';
import { useQuery } from '@tanstack/react-query';
import { fakeApi, page, renderPage } from './render';

afterEach(() => vi.unstubAllGlobals());

function Plans() {
  const query = useQuery({ queryKey: ['plans'], queryFn: () => unwrap(api.GET('/api/v1/plans')) });
  return <QueryState query={query} isEmpty={(data) => data.items.length === 0}>{(data) => <p>{data.totalItems} plans</p>}</QueryState>;
}

describe('the test harness and QueryState', () => {
  it('answers through the generated client and shows the data', async () => {
    const server = fakeApi({ 'GET /api/v1/plans': () => page([{ id: 'p1' }]) });
    renderPage(<Plans />);
    expect(await screen.findByText('1 plans')).toBeInTheDocument();
    expect(server.requests[0].headers.get('Accept-Language')).toBe('vi');
  });

  it('shows the empty state in Vietnamese', async () => {
    fakeApi({ 'GET /api/v1/plans': () => page([]) });
    renderPage(<Plans />);
    expect(await screen.findAllByText('Không có dữ liệu')).not.toHaveLength(0);
  });

  it('turns a problem into a ProblemError and shows its words', async () => {
    fakeApi({ 'GET /api/v1/plans': () => ({ status: 403, body: { type: '/problems/forbidden', title: 'Không có quyền', status: 403 } }) });
    await expect(unwrap(api.GET('/api/v1/plans'))).rejects.toBeInstanceOf(ProblemError);
    renderPage(<Plans />);
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});
