import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/components/QueryState';
import type { Submission } from '@/components/submission';
import { api, unwrap } from '@/lib/api';
import { applyViolations } from '@/lib/forms';
import { ProblemError } from '@/lib/problem';
import { reportFiguresKey } from '@/components/submission/keys';
import { submissionKeys } from './keys';

export type ReviewAction = 'accept' | 'return' | 'reopen';

const TEXT: Record<ReviewAction, { title: string; intro: string; ok: string; label: string; done: string }> = {
  accept: { title: 'review.acceptTitle', intro: 'review.acceptIntro', ok: 'review.accept', label: 'review.comment', done: 'review.accepted' },
  return: { title: 'review.returnTitle', intro: 'review.returnIntro', ok: 'review.return', label: 'review.returnReason', done: 'review.returned' },
  reopen: { title: 'review.reopenTitle', intro: 'review.reopenIntro', ok: 'review.reopen', label: 'review.reopenReason', done: 'review.reopened' },
};

function send(action: ReviewAction, submissionId: string, reason: string | undefined) {
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

interface TransitionModalProps {
  action: ReviewAction | null;
  submissionId: string;
  onClose: () => void;
}

/**
 * Accept (with an optional comment), return or reopen (with the reason the unit must act on).
 * A refused transition (409: someone acted first) shows the server's words in the dialog.
 */
export function TransitionModal({ action, submissionId, onClose }: TransitionModalProps) {
  const { t } = useTranslation('reviews');
  const { t: tc } = useTranslation();
  const errorMessage = useErrorMessage();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ reason?: string }>();
  const [error, setError] = useState<unknown>(null);
  const text = TEXT[action ?? 'accept'];
  const reasonRequired = action === 'return' || action === 'reopen';

  const mutation = useMutation({
    mutationFn: (reason: string | undefined) => send(action!, submissionId, reason),
    onSuccess: (updated: Submission) => {
      client.setQueryData(submissionKeys.detail(submissionId), updated);
      // the detail, its history and every queue or list that held it
      void client.invalidateQueries({ queryKey: submissionKeys.all });
      void client.invalidateQueries({ queryKey: reportFiguresKey });
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
      <Form
        form={form}
        layout="vertical"
        requiredMark={reasonRequired}
        onFinish={({ reason }) => mutation.mutate(reason?.trim() || undefined)}
      >
        <Form.Item
          name="reason"
          label={t(text.label)}
          extra={action === 'return' ? t('review.reasonHint') : undefined}
          rules={reasonRequired ? [{ required: true, whitespace: true, message: t('review.reasonRequired') }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
