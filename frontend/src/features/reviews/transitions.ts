import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Submission } from '@/components/submission';
import { reportFiguresKey } from '@/components/submission/keys';
import type { TransitionText } from '@/components/TransitionModal';
import { api, unwrap } from '@/lib/api';
import { submissionKeys } from './keys';

export type ReviewAction = 'accept' | 'return' | 'reopen';

const TEXT: Record<ReviewAction, { title: string; intro: string; ok: string; label: string; done: string }> = {
  accept: { title: 'review.acceptTitle', intro: 'review.acceptIntro', ok: 'review.accept', label: 'review.comment', done: 'review.accepted' },
  return: { title: 'review.returnTitle', intro: 'review.returnIntro', ok: 'review.return', label: 'review.returnReason', done: 'review.returned' },
  reopen: { title: 'review.reopenTitle', intro: 'review.reopenIntro', ok: 'review.reopen', label: 'review.reopenReason', done: 'review.reopened' },
};

function send(action: ReviewAction, submissionId: string, reason: string | undefined): Promise<Submission> {
  const path = { submissionId };
  const body = reason ? { reason } : {};
  switch (action) {
    case 'accept':
      return unwrap(api.POST('/api/v1/submissions/{submissionId}/accept', { params: { path }, body }));
    case 'return':
      return unwrap(api.POST('/api/v1/submissions/{submissionId}/return', { params: { path }, body }));
    case 'reopen':
      return unwrap(api.POST('/api/v1/submissions/{submissionId}/reopen', { params: { path }, body }));
  }
}

/**
 * What the review dialog needs to accept (optional comment), return or reopen (reason required) a
 * submission, and the caches a step changes: the detail, its history, every queue or list that held
 * it, and the report figures.
 */
export function useSubmissionTransition(action: ReviewAction | null, submissionId: string) {
  const { t } = useTranslation('reviews');
  const client = useQueryClient();
  const keys = TEXT[action ?? 'accept'];
  const text: TransitionText = {
    title: t(keys.title),
    intro: t(keys.intro),
    ok: t(keys.ok),
    label: t(keys.label),
    hint: action === 'return' ? t('review.reasonHint') : undefined,
    done: t(keys.done),
    reasonRequired: t('review.reasonRequired'),
  };
  return {
    open: action !== null,
    text,
    reasonRequired: action === 'return' || action === 'reopen',
    submit: (reason: string | undefined) => send(action!, submissionId, reason),
    onDone: (updated: Submission) => {
      client.setQueryData(submissionKeys.detail(submissionId), updated);
      void client.invalidateQueries({ queryKey: submissionKeys.all });
      void client.invalidateQueries({ queryKey: reportFiguresKey });
    },
  };
}
