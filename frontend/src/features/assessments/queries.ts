import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { assessmentKeys } from './keys';

export function useAssessment(id: string) {
  return useQuery({
    queryKey: assessmentKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/assessments/{assessmentId}', { params: { path: { assessmentId: id } } })),
    enabled: Boolean(id),
  });
}

export function useRubric(id: string | undefined) {
  return useQuery({
    queryKey: assessmentKeys.rubric(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/rubrics/{rubricId}', { params: { path: { rubricId: id! } } })),
    enabled: Boolean(id),
    staleTime: 10 * 60_000,
  });
}

export function useRubrics() {
  return useQuery({
    queryKey: assessmentKeys.rubrics(),
    queryFn: () => unwrap(api.GET('/api/v1/rubrics', { params: { query: { size: 200 } } })),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
  });
}

export function useAssessmentHistory(id: string) {
  return useQuery({
    queryKey: assessmentKeys.history(id),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/assessments/{assessmentId}/history', { params: { path: { assessmentId: id }, query: { size: 200 } } }),
      ),
    select: (data) => data.items,
    enabled: Boolean(id),
  });
}
