import type { components } from '@/api/schema';
import { api } from '@/lib/api';

/** The report tables' `/export` operations, with the same filters as the tables on screen. */
export const reportExports = {
  completeness: (planId: string, obligationId?: string) => () =>
    api.GET('/api/v1/plans/{planId}/completeness/export', {
      params: { path: { planId }, query: obligationId ? { obligationId } : {} },
      parseAs: 'blob',
    }),
  periodUnits: (planId: string, periodId: string, status?: components['schemas']['UnitReportStatus']) => () =>
    api.GET('/api/v1/plans/{planId}/completeness/{periodId}/units/export', {
      params: { path: { planId, periodId }, query: status ? { status } : {} },
      parseAs: 'blob',
    }),
  attainment: (planId: string, year?: number) => () =>
    api.GET('/api/v1/plans/{planId}/attainment/export', {
      params: { path: { planId }, query: year ? { year } : {} },
      parseAs: 'blob',
    }),
  contributions: (planId: string, targetId: string, year?: number, hasData?: boolean) => () =>
    api.GET('/api/v1/plans/{planId}/attainment/{targetId}/units/export', {
      params: {
        path: { planId, targetId },
        query: { ...(year ? { year } : {}), ...(hasData === undefined ? {} : { hasData }) },
      },
      parseAs: 'blob',
    }),
};
