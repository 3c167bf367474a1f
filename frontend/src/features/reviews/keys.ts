import { submissionKeys, type SubmissionListParams } from '@/components/submission/keys';

export { submissionKeys };

/** Query keys of the review pages; the queue is a list of submissions, so it lives under `submissionKeys`. */
export const reviewKeys = {
  queue: (params: Omit<SubmissionListParams, 'status'>) => submissionKeys.list({ ...params, status: 'SUBMITTED' }),
  plans: () => ['reviews', 'plans'] as const,
};
