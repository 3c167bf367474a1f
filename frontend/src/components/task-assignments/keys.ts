/**
 * Query keys of task assignments, shared by the plan's progress tab, the unit's pages and the
 * assignment's own page (features do not import each other). Every key starts with
 * `['task-assignments']`, so invalidating that prefix refreshes every list, detail and history.
 */
export const taskAssignmentKeys = {
  all: ['task-assignments'] as const,
  lists: () => [...taskAssignmentKeys.all, 'list'] as const,
  plan: (planId: string, unitId?: string) => [...taskAssignmentKeys.lists(), 'plan', planId, unitId ?? 'all'] as const,
  unit: (unitId: string) => [...taskAssignmentKeys.lists(), 'unit', unitId] as const,
  unitPage: (unitId: string, page: number, size: number) => [...taskAssignmentKeys.unit(unitId), { page, size }] as const,
  planTask: (planId: string, taskId: string, filter: PlanTaskFilter) =>
    [...taskAssignmentKeys.lists(), 'plan-task', planId, taskId, filter] as const,
  detail: (id: string) => [...taskAssignmentKeys.all, 'detail', id] as const,
  history: (id: string) => [...taskAssignmentKeys.all, 'history', id] as const,
  files: (id: string) => [...taskAssignmentKeys.all, 'files', id] as const,
  task: (planId: string, taskId: string) => ['plan-task-refs', planId, taskId] as const,
  tasks: (planId: string) => ['plan-task-refs', planId] as const,
};

/** The filters of one task's assignments in the plan's progress tab, with the page shown. */
export interface PlanTaskFilter {
  unitId?: string;
  status?: string;
  reviewStatus?: string;
  page: number;
  size: number;
}

/**
 * The plan's task figures (`GET /plans/{planId}/task-progress`), under the reports' prefix the
 * overview shares (`['reports', 'task-progress', planId, {unitId, status}]`): a saved update or a
 * review invalidates them with the assignment lists.
 */
export const taskProgressKeys = {
  all: ['reports', 'task-progress'] as const,
  plan: (planId: string, filter: { unitId?: string; status?: string }) => [...taskProgressKeys.all, planId, filter] as const,
};
