import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/components/QueryState';
import { applyViolations } from '@/lib/forms';
import { ProblemError } from '@/lib/problem';

/** What the dialog says for one step, already translated by the caller. */
export interface TransitionText {
  title: string;
  intro: string;
  ok: string;
  /** The reason field's label. */
  label: string;
  /** Shown under the reason field. */
  hint?: string;
  /** The message once the step succeeded. */
  done: string;
  /** Shown on the reason field when it is required and left empty. */
  reasonRequired: string;
}

interface TransitionModalProps<T> {
  open: boolean;
  text: TransitionText;
  /** A return or a reopen needs the reason the unit must act on; an accept takes an optional remark. */
  reasonRequired: boolean;
  /** Sends the step with the trimmed reason (undefined when left empty). */
  submit: (reason: string | undefined) => Promise<T>;
  /** After the server took the step: update the caches the answer changes. */
  onDone: (result: T) => void;
  onClose: () => void;
}

/**
 * A review step that takes a reason: a coordinator accepts (optional remark), returns or reopens
 * (reason required) a report or a task update. A 400 naming `reason` lands on the field; any other
 * refusal (409: someone acted first, 412: changed meanwhile) shows the server's words in the dialog.
 */
export function TransitionModal<T>({ open, text, reasonRequired, submit, onDone, onClose }: TransitionModalProps<T>) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    setError(null);
    form.resetFields();
    onClose();
  };

  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: (result) => {
      onDone(result);
      message.success(text.done);
      close();
    },
    onError: (failure) => {
      const unshown = applyViolations(form, failure, [['reason']]);
      const shownOnField = failure instanceof ProblemError && failure.status === 400 && failure.violations.length > 0 && unshown.length === 0;
      setError(shownOnField ? null : failure);
    },
  });

  return (
    <Modal
      open={open}
      title={text.title}
      okText={text.ok}
      cancelText={t('action.cancel')}
      okButtonProps={{ loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph>{text.intro}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon role="alert" title={errorMessage(error)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" requiredMark={reasonRequired} onFinish={({ reason }) => mutation.mutate(reason?.trim() || undefined)}>
        <Form.Item
          name="reason"
          label={text.label}
          extra={text.hint}
          rules={reasonRequired ? [{ required: true, whitespace: true, message: text.reasonRequired }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
