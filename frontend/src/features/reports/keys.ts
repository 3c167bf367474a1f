import type { components } from '@/api/schema';

export type UnitReportStatus = components['schemas']['UnitReportStatus'];

/**
 * Query keys of the reports. Everything starts with `['reports']`, so a change to submissions
 * (accepted, returned, submitted) can refresh every report with `invalidateQueries({ queryKey: ['reports'] })`.
 * The overview reads the same answers under the same keys and shares this cache.
 */
export const reportKeys = {
  all: ['reports'] as const,
  plan: (planId: string) => ['reports', 'plan', planId] as const,
  completeness: (planId: string, filter: { obligationId?: string } = {}) =>
    ['reports', 'completeness', planId, filter] as const,
  periodUnits: (planId: string, periodId: string, query: { status?: UnitReportStatus; page: number; size: number }) =>
    ['reports', 'completeness', planId, 'units', periodId, query] as const,
  attainment: (planId: string, query: { year?: number } = {}) => ['reports', 'attainment', planId, query] as const,
  ratings: (query: { year: number; kind?: string }) => ['reports', 'ratings', query] as const,
  ratedUnits: (query: { year: number; kind?: string; level?: string; eligible?: boolean; page: number; size: number }) =>
    ['reports', 'ratings', 'units', query] as const,
  latestRatedYear: () => ['reports', 'ratings', 'latest-year'] as const,
  contributions: (planId: string, targetId: string, query: { year?: number; page: number; size: number }) =>
    ['reports', 'attainment', planId, 'units', targetId, query] as const,
};
