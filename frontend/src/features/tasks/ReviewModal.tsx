import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/components/QueryState';
import { type ReviewAction, reviewAssignment, TASK_ASSIGNMENT_NS, type TaskAssignment, taskAssignmentKeys } from '@/components/task-assignments';
import { applyViolations } from '@/lib/forms';
import { ProblemError } from '@/lib/problem';

const TEXT: Record<ReviewAction, { title: string; intro: string; ok: string; label: string; done: string }> = {
  accept: { title: 'review.acceptTitle', intro: 'review.acceptIntro', ok: 'review.accept', label: 'review.comment', done: 'review.accepted' },
  return: { title: 'review.returnTitle', intro: 'review.returnIntro', ok: 'review.return', label: 'review.returnReason', done: 'review.returned' },
};

/**
 * A coordinator accepts the unit's update (optional remark) or returns it (reason required), with
 * If-Match on the version read. A refused step (409: not awaiting review any more, 412: changed
 * meanwhile) shows the server's words in the dialog, as the submissions' review does.
 */
export function ReviewModal({ action, assignment, onClose }: { action: ReviewAction | null; assignment: TaskAssignment; onClose: () => void }) {
  const { t } = useTranslation(TASK_ASSIGNMENT_NS);
  const { t: tc } = useTranslation();
  const errorMessage = useErrorMessage();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ reason?: string }>();
  const [error, setError] = useState<unknown>(null);
  const text = TEXT[action ?? 'accept'];
  const reasonRequired = action === 'return';

  const mutation = useMutation({
    mutationFn: (reason: string | undefined) => reviewAssignment(action!, assignment.id, assignment.version, reason),
    onSuccess: (updated) => {
      client.setQueryData(taskAssignmentKeys.detail(updated.id), updated);
      void client.invalidateQueries({ queryKey: taskAssignmentKeys.lists() });
      void client.invalidateQueries({ queryKey: taskAssignmentKeys.history(updated.id) });
      message.success(t(text.done));
      setError(null);
      form.resetFields();
      onClose();
    },
    onError: (failure) => {
      const unshown = applyViolations(form, failure, [['reason']]);
      const shownOnField = failure instanceof ProblemError && failure.status === 400 && failure.violations.length > 0 && unshown.length === 0;
      setError(shownOnField ? null : failure);
    },
  });

  const close = () => {
    setError(null);
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={action !== null}
      title={t(text.title)}
      okText={t(text.ok)}
      cancelText={tc('action.cancel')}
      okButtonProps={{ loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph>{t(text.intro)}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon role="alert" title={errorMessage(error)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" requiredMark={reasonRequired} onFinish={({ reason }) => mutation.mutate(reason?.trim() || undefined)}>
        <Form.Item
          name="reason"
          label={t(text.label)}
          rules={reasonRequired ? [{ required: true, whitespace: true, message: t('review.reasonRequired') }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
