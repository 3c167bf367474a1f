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
  detail: (id: string) => [...taskAssignmentKeys.all, 'detail', id] as const,
  history: (id: string) => [...taskAssignmentKeys.all, 'history', id] as const,
  files: (id: string) => [...taskAssignmentKeys.all, 'files', id] as const,
  task: (planId: string, taskId: string) => ['plan-task-refs', planId, taskId] as const,
  tasks: (planId: string) => ['plan-task-refs', planId] as const,
};
