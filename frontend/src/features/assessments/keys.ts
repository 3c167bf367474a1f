import type { components } from '@/api/schema';

export type AssessmentStatus = components['schemas']['AssessmentStatus'];

export interface AssessmentListParams {
  unitId?: string;
  year?: number;
  status?: AssessmentStatus;
  kind?: components['schemas']['OrgUnitKind'];
  page?: number;
  size?: number;
}

/**
 * Query keys of the assessments. A transition changes the assessment, its history, every list and
 * the reports (the ratings and RATING targets count FINAL assessments: `['reports']`).
 */
export const assessmentKeys = {
  all: ['assessments'] as const,
  lists: () => [...assessmentKeys.all, 'list'] as const,
  list: (params: AssessmentListParams) => [...assessmentKeys.lists(), params] as const,
  detail: (id: string) => [...assessmentKeys.all, 'detail', id] as const,
  history: (id: string) => [...assessmentKeys.all, 'history', id] as const,
  evidenceFiles: (id: string) => [...assessmentKeys.all, 'evidence-files', id] as const,
  rubrics: () => ['rubrics', 'list'] as const,
  rubric: (id: string) => ['rubrics', 'detail', id] as const,
  periods: (unitId: string, year: number) => [...assessmentKeys.all, 'periods', unitId, year] as const,
};

export const reportsKey = ['reports'] as const;
