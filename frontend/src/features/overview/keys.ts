/**
 * Query keys of the overview. The plan lists are its own; the reports use the very keys of the
 * reports feature (`['reports', 'completeness' | 'attainment' | 'task-progress', planId, {}]`, the unfiltered answers), so
 * going from a card to a plan's report reuses what the overview already fetched, and
 * `invalidateQueries({ queryKey: ['reports'] })` refreshes them all.
 */
export const overviewKeys = {
  plans: (query: { status?: 'ISSUED'; year?: number }) => ['overview', 'plans', query] as const,
  completeness: (planId: string) => ['reports', 'completeness', planId, {}] as const,
  attainment: (planId: string) => ['reports', 'attainment', planId, {}] as const,
  taskProgress: (planId: string) => ['reports', 'task-progress', planId, {}] as const,
};
