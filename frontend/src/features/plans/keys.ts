import type { components } from '@/api/schema';

export interface PlanListParams {
  q?: string;
  year?: number;
  status?: components['schemas']['PlanStatus'];
  issuerId?: string;
  page: number;
  size: number;
  sort?: string;
}

/**
 * Query keys of the plans feature. A plan's own record and the lists under it have separate keys,
 * so saving a task does not refetch the plan and saving the plan does not refetch its tasks.
 */
export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  list: (params: PlanListParams) => [...planKeys.lists(), params] as const,
  detail: (planId: string) => [...planKeys.all, 'detail', planId] as const,
  tasks: (planId: string) => [...planKeys.all, 'tasks', planId] as const,
  targets: (planId: string) => [...planKeys.all, 'targets', planId] as const,
  attainments: (planId: string) => [...planKeys.all, 'attainment', planId] as const,
  attainment: (planId: string, year: number | undefined) => [...planKeys.attainments(planId), year ?? 'latest'] as const,
  obligations: (planId: string) => [...planKeys.all, 'obligations', planId] as const,
  periods: (obligationId: string) => ['obligations', obligationId, 'periods'] as const,
  extensions: (obligationId: string) => ['obligations', obligationId, 'extensions'] as const,
  orgUnitSearch: (q: string) => ['org-units', 'list', { q }] as const,
  unitGroupSearch: (q: string) => ['unit-groups', 'list', { q }] as const,
  unitGroup: (groupId: string) => ['unit-groups', 'detail', groupId] as const,
  groupMembers: (groupId: string, on: string) => ['unit-groups', groupId, 'members', on] as const,
};
