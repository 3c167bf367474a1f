import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type ReviewAction,
  reviewAssignment,
  TASK_ASSIGNMENT_NS,
  type TaskAssignment,
  taskAssignmentKeys,
  taskProgressKeys,
} from '@/components/task-assignments';
import type { TransitionText } from '@/components/TransitionModal';

const TEXT: Record<ReviewAction, { title: string; intro: string; ok: string; label: string; done: string }> = {
  accept: { title: 'review.acceptTitle', intro: 'review.acceptIntro', ok: 'review.accept', label: 'review.comment', done: 'review.accepted' },
  return: { title: 'review.returnTitle', intro: 'review.returnIntro', ok: 'review.return', label: 'review.returnReason', done: 'review.returned' },
};

/**
 * What the review dialog needs for a coordinator to accept the unit's update (optional remark) or
 * return it (reason required), with If-Match on the version read; then the assignment's page shows
 * the answer at once and the lists and history refetch.
 */
export function useAssignmentReview(action: ReviewAction | null, assignment: TaskAssignment | undefined) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const client = useQueryClient();
  const keys = TEXT[action ?? 'accept'];
  const text: TransitionText = {
    title: t(keys.title),
    intro: t(keys.intro),
    ok: t(keys.ok),
    label: t(keys.label),
    done: t(keys.done),
    reasonRequired: t('review.reasonRequired'),
  };
  return {
    open: action !== null && assignment !== undefined,
    text,
    reasonRequired: action === 'return',
    submit: (reason: string | undefined) => reviewAssignment(action!, assignment!.id, assignment!.version, reason),
    onDone: (updated: TaskAssignment) => {
      client.setQueryData(taskAssignmentKeys.detail(updated.id), updated);
      void client.invalidateQueries({ queryKey: taskAssignmentKeys.lists() });
      void client.invalidateQueries({ queryKey: taskAssignmentKeys.history(updated.id) });
      void client.invalidateQueries({ queryKey: taskProgressKeys.all });
    },
  };
}
