import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';
import { submissionKeys } from './keys';

export function useSubmission(submissionId: string | undefined, options: { refetchOnWindowFocus?: boolean } = {}) {
  return useQuery({
    queryKey: submissionKeys.detail(submissionId ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/v1/submissions/{submissionId}', { params: { path: { submissionId: submissionId! } } })),
    enabled: Boolean(submissionId),
    ...options,
  });
}

/** Every transition of the submission, oldest first. */
export function useSubmissionHistory(submissionId: string | undefined) {
  return useQuery({
    queryKey: submissionKeys.history(submissionId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/submissions/{submissionId}/history', {
          params: { path: { submissionId: submissionId! }, query: { size: 500 } },
        }),
      ),
    enabled: Boolean(submissionId),
    select: (data) => data.items,
  });
}

export function useSubmissionAttachments(submissionId: string | undefined) {
  return useQuery({
    queryKey: submissionKeys.attachments(submissionId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/submissions/{submissionId}/attachments', {
          params: { path: { submissionId: submissionId! }, query: { size: 500 } },
        }),
      ),
    enabled: Boolean(submissionId),
    select: (data) => data.items,
  });
}

/** Where the browser downloads an evidence file (the session cookie goes with the link). */
export function attachmentHref(submissionId: string, attachmentId: string): string {
  return `/api/v1/submissions/${encodeURIComponent(submissionId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
