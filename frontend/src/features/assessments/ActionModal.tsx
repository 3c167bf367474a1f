import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/components/QueryState';
import { api, unwrap } from '@/lib/api';
import { applyViolations } from '@/lib/forms';
import { DATE_FORMAT } from '@/lib/format';
import { ProblemError } from '@/lib/problem';
import { assessmentKeys, reportsKey } from './keys';
import type { Assessment } from './scoring';

export type AssessmentAction = 'return' | 'appraise' | 'reconsider' | 'finalize' | 'reopen';

interface Values {
  reason?: string;
  decisionNumber?: string;
  decisionDate?: Dayjs;
}

const REASON_REQUIRED: AssessmentAction[] = ['return', 'reconsider', 'reopen'];

export function sendAction(action: AssessmentAction, assessmentId: string, values: Values): Promise<Assessment> {
  const path = { assessmentId };
  const reason = values.reason?.trim() || undefined;
  const body = reason ? { reason } : {};
  switch (action) {
    case 'return':
      return unwrap(api.POST('/api/v1/assessments/{assessmentId}/return', { params: { path }, body }));
    case 'appraise':
      return unwrap(api.POST('/api/v1/assessments/{assessmentId}/appraise', { params: { path }, body }));
    case 'reconsider':
      return unwrap(api.POST('/api/v1/assessments/{assessmentId}/reconsider', { params: { path }, body }));
    case 'reopen':
      return unwrap(api.POST('/api/v1/assessments/{assessmentId}/reopen', { params: { path }, body }));
    case 'finalize':
      return unwrap(
        api.POST('/api/v1/assessments/{assessmentId}/finalize', {
          params: { path },
          body: {
            decisionNumber: values.decisionNumber!.trim(),
            decisionDate: values.decisionDate!.format('YYYY-MM-DD'),
            ...(reason ? { reason } : {}),
          },
        }),
      );
  }
}

interface ActionModalProps {
  action: AssessmentAction | null;
  assessmentId: string;
  /** Runs before the action (e.g. saving the appraisal typed so far); its failure stops the action. */
  before?: () => Promise<unknown>;
  onClose: () => void;
}

/**
 * Return, appraise, reconsider, finalize or reopen one assessment. A refused transition (409: the
 * state moved meanwhile) shows the server's own words in the dialog.
 */
export function ActionModal({ action, assessmentId, before, onClose }: ActionModalProps) {
  const { t } = useTranslation('assessments');
  const { t: tc } = useTranslation();
  const errorMessage = useErrorMessage();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const current = action ?? 'appraise';
  const reasonRequired = REASON_REQUIRED.includes(current);

  const mutation = useMutation({
    mutationFn: async (values: Values) => {
      if (before) await before();
      return sendAction(current, assessmentId, values);
    },
    onSuccess: (updated) => {
      client.setQueryData(assessmentKeys.detail(assessmentId), updated);
      void client.invalidateQueries({ queryKey: assessmentKeys.all });
      void client.invalidateQueries({ queryKey: reportsKey });
      message.success(t(`appraisal.modal.done.${current}`));
      setError(null);
      form.resetFields();
      onClose();
    },
    onError: (failure) => {
      const unshown = applyViolations(form, failure, [['reason'], ['decisionNumber'], ['decisionDate']]);
      const onFields = failure instanceof ProblemError && failure.status === 400 && failure.violations.length > 0 && unshown.length === 0;
      // the page's own form refused what `before` was to save: its fields say why
      const invalidPage = typeof failure === 'object' && failure !== null && 'errorFields' in failure;
      setError(onFields ? null : invalidPage ? t('sheet.fixFields') : errorMessage(failure));
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
      title={t(`appraisal.modal.${current}Title`)}
      okText={t(`appraisal.actions.${current}`)}
      cancelText={tc('action.cancel')}
      okButtonProps={{ loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph>{t(`appraisal.modal.${current}Intro`)}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={(values) => mutation.mutate(values)}>
        {current === 'finalize' ? (
          <>
            <Form.Item
              name="decisionNumber"
              label={t('appraisal.modal.decisionNumber')}
              rules={[{ required: true, whitespace: true, message: t('appraisal.modal.decisionNumberRequired') }]}
            >
              <Input maxLength={100} placeholder="3250/QĐ-UBND" />
            </Form.Item>
            <Form.Item
              name="decisionDate"
              label={t('appraisal.modal.decisionDate')}
              rules={[{ required: true, message: t('appraisal.modal.decisionDateRequired') }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="reason"
            label={t(reasonRequired ? 'appraisal.modal.reason' : 'appraisal.modal.comment')}
            rules={reasonRequired ? [{ required: true, whitespace: true, message: t('appraisal.modal.reasonRequired') }] : []}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
