import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api';
import { submissionRefKeys } from './keys';

export type Submission = components['schemas']['Submission'];
export type Transition = components['schemas']['Transition'];
export type Attachment = components['schemas']['Attachment'];
export type Target = components['schemas']['Target'];
export type Plan = components['schemas']['Plan'];
export type Obligation = components['schemas']['Obligation'];
export type ObligationPeriod = components['schemas']['ObligationPeriod'];

const REF_STALE = 10 * 60_000;

/** A plan, for its number and title next to a submission. */
export function usePlanRef(planId: string | null | undefined) {
  return useQuery({
    queryKey: submissionRefKeys.plan(planId ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}', { params: { path: { planId: planId! } } })),
    enabled: Boolean(planId),
    staleTime: REF_STALE,
  });
}

export function useObligationRef(planId: string | null | undefined, obligationId: string | null | undefined) {
  return useQuery({
    queryKey: submissionRefKeys.obligation(planId ?? '', obligationId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{planId}/obligations/{obligationId}', {
          params: { path: { planId: planId!, obligationId: obligationId! } },
        }),
      ),
    enabled: Boolean(planId && obligationId),
    staleTime: REF_STALE,
  });
}

/** One period of an obligation (an obligation has one period per year at most, so one page holds them). */
export function usePeriodRef(obligationId: string | null | undefined, periodId: string | null | undefined) {
  return useQuery({
    queryKey: submissionRefKeys.periods(obligationId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/obligations/{obligationId}/periods', {
          params: { path: { obligationId: obligationId! }, query: { size: 500 } },
        }),
      ),
    enabled: Boolean(obligationId),
    staleTime: REF_STALE,
    select: (data): ObligationPeriod | null => data.items.find((period) => period.id === periodId) ?? null,
  });
}

export function useTargetRef(planId: string | null | undefined, targetId: string | null | undefined) {
  return useQuery({
    queryKey: submissionRefKeys.target(planId ?? '', targetId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{planId}/targets/{targetId}', {
          params: { path: { planId: planId!, targetId: targetId! } },
        }),
      ),
    enabled: Boolean(planId && targetId),
    staleTime: REF_STALE,
  });
}

/** The plan's REPORTED targets that take their figures from this obligation, in document order. */
export function useReportedTargets(planId: string | null | undefined, obligationId: string | null | undefined) {
  return useQuery({
    queryKey: submissionRefKeys.targets(planId ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{planId}/targets', { params: { path: { planId: planId! }, query: { size: 500 } } })),
    enabled: Boolean(planId && obligationId),
    staleTime: REF_STALE,
    select: (data): Target[] =>
      data.items.filter((target) => target.measure.kind === 'REPORTED' && target.measure.obligationId === obligationId),
  });
}

/** The percent a reported pair makes, one decimal; null when there is no denominator. */
export function percentOf(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator === null || numerator === undefined || !denominator) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}

/** The reason of the last return, when the submission went back to the unit. */
export function lastReturn(history: Transition[] | undefined): Transition | null {
  if (!history) return null;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    if (history[i].toStatus === 'RETURNED') return history[i];
  }
  return null;
}
