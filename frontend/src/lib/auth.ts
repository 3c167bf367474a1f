import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from './api';
import { ProblemError } from './problem';

export type Me = components['schemas']['Me'];
export type Role = components['schemas']['Role'];

export const meKey = ['me'] as const;

export async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(api.GET('/api/v1/me'));
  } catch (error) {
    if (error instanceof ProblemError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in account, or null when nobody is signed in (the API answers 401). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: fetchMe,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Ends the session on the server and forgets every cached answer. */
export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    try {
      await api.POST('/api/v1/logout');
    } finally {
      client.clear();
      client.setQueryData(meKey, null);
    }
  };
}

/** Where each role starts its day. */
export function homeOf(role: Role): string {
  switch (role) {
    case 'REPORTER':
      return '/my-unit';
    case 'LEADER':
      return '/overview';
    case 'ADMIN':
      return '/org-units';
    default:
      return '/plans';
  }
}
