/**
 * Query keys of submissions and of what a submission points at, shared by the review and the
 * unit's pages (features do not import each other). Every submission key starts with
 * `['submissions']`, so invalidating that prefix refreshes queues, details, histories and files.
 */
export interface SubmissionListParams {
  status?: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED';
  planId?: string;
  unitId?: string;
  periodId?: string;
  q?: string;
  page?: number;
  size?: number;
}

export const submissionKeys = {
  all: ['submissions'] as const,
  lists: () => [...submissionKeys.all, 'list'] as const,
  list: (params: SubmissionListParams) => [...submissionKeys.lists(), params] as const,
  detail: (id: string) => [...submissionKeys.all, 'detail', id] as const,
  history: (id: string) => [...submissionKeys.all, 'history', id] as const,
  attachments: (id: string) => [...submissionKeys.all, 'attachments', id] as const,
};

/** What a submission refers to (plans, obligations, periods, targets): read often, changed rarely. */
export const submissionRefKeys = {
  all: ['submission-refs'] as const,
  plan: (planId: string) => [...submissionRefKeys.all, 'plan', planId] as const,
  obligation: (planId: string, obligationId: string) => [...submissionRefKeys.all, 'obligation', planId, obligationId] as const,
  periods: (obligationId: string) => [...submissionRefKeys.all, 'periods', obligationId] as const,
  target: (planId: string, targetId: string) => [...submissionRefKeys.all, 'target', planId, targetId] as const,
  targets: (planId: string) => [...submissionRefKeys.all, 'targets', planId] as const,
};

/**
 * The prefix of every report's figures (completeness, attainment, the overview): they move when a
 * submission is sent, returned, accepted or reopened, so those actions invalidate it.
 */
export const reportFiguresKey = ['reports'] as const;
