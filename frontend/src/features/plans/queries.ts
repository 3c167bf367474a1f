import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { planKeys } from './keys';

/** The lists under a plan are short (a few dozen rows): one page of the largest size holds them. */
export const ALL = 500;

export function usePlan(planId: string) {
  return useQuery({
    queryKey: planKeys.detail(planId),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}', { params: { path: { planId } } })),
  });
}

export function usePlanTasks(planId: string) {
  return useQuery({
    queryKey: planKeys.tasks(planId),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}/tasks', { params: { path: { planId }, query: { size: ALL } } })),
  });
}

export function usePlanTargets(planId: string) {
  return useQuery({
    queryKey: planKeys.targets(planId),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}/targets', { params: { path: { planId }, query: { size: ALL } } })),
  });
}

export function usePlanAttainment(planId: string, year: number | undefined) {
  return useQuery({
    queryKey: planKeys.attainment(planId, year),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}/attainment', { params: { path: { planId }, query: { year } } })),
  });
}

export function usePlanObligations(planId: string) {
  return useQuery({
    queryKey: planKeys.obligations(planId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{planId}/obligations', { params: { path: { planId }, query: { size: ALL } } })),
  });
}

export function useObligationPeriods(obligationId: string) {
  return useQuery({
    queryKey: planKeys.periods(obligationId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/obligations/{obligationId}/periods', { params: { path: { obligationId }, query: { size: ALL } } })),
  });
}

export function useObligationExtensions(obligationId: string) {
  return useQuery({
    queryKey: planKeys.extensions(obligationId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/obligations/{obligationId}/extensions', { params: { path: { obligationId }, query: { size: ALL } } }),
      ),
  });
}

export function useUnitGroup(groupId: string | null | undefined) {
  return useQuery({
    queryKey: planKeys.unitGroup(groupId ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/unit-groups/{groupId}', { params: { path: { groupId: groupId! } } })),
    enabled: Boolean(groupId),
    staleTime: 10 * 60_000,
  });
}
