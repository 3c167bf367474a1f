import { useState } from 'react';
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

/**
 * An assessment with its rubric, as one query for QueryState, and the form's generation: the form
 * starts over (a new key) only on an explicit reload after a 412, not when a save moves the version.
 */
export function useAssessmentWithRubric(id: string) {
  const assessment = useAssessment(id);
  const rubric = useRubric(assessment.data?.rubricId);
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    await assessment.refetch();
    setGeneration((n) => n + 1);
  };
  const both = {
    data: assessment.data && rubric.data ? { assessment: assessment.data, rubric: rubric.data } : undefined,
    isPending: assessment.isPending || (Boolean(assessment.data) && rubric.isPending),
    isError: assessment.isError || rubric.isError,
    error: assessment.error ?? rubric.error,
    refetch: () => (assessment.isError ? assessment.refetch() : rubric.refetch()),
  };
  return { assessment: assessment.data, rubric: rubric.data, both, generation, reload };
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
