import { useState, type ReactNode } from 'react';
import { Alert, Button, Drawer, Flex, Grid, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyViolations, scrollToFirstError } from '@/lib/forms';
import { useScrollIntoView } from '@/components/SaveProblems';
import { ProblemError } from '@/lib/problem';
import { useErrorMessage } from '@/components/QueryState';

/**
 * A form's failed save: a 400's violations go onto the fields named in `fields`, what no field shows
 * (and any other problem) into `failure`, for the alert above the form.
 */
export function useFailure(form: FormInstance, fields: string[][]) {
  const problemText = useErrorMessage();
  const [failure, setFailure] = useState<string[] | null>(null);
  const onError = (error: unknown) => {
    if (error instanceof ProblemError && error.status === 400 && error.violations.length > 0) {
      const unshown = applyViolations(form, error, fields);
      setFailure(unshown.length > 0 ? unshown : null);
      scrollToFirstError(form);
    } else setFailure([problemText(error)]);
  };
  return { failure, setFailure, onError };
}

interface FailureAlertProps {
  failure: string[] | null;
  /** Several failures as a list rather than one paragraph. */
  list?: boolean;
  marginBottom?: number;
}

/** The alert above a form that says why its save failed; nothing while nothing has. */
export function FailureAlert({ failure, list = false, marginBottom = 16 }: FailureAlertProps) {
  const { t } = useTranslation('plans');
  const ref = useScrollIntoView<HTMLDivElement>(Boolean(failure), true);
  if (!failure) return null;
  const description =
    list && failure.length > 1 ? (
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {failure.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    ) : (
      failure.join(' ')
    );
  return (
    <div ref={ref}>
      <Alert type="error" showIcon role="alert" title={t('form.failed')} description={description} style={{ marginBottom }} />
    </div>
  );
}

interface FormDrawerProps {
  open: boolean;
  title: ReactNode;
  /** The drawer's width on a wide screen; a phone gets all of it. */
  width: number;
  saving: boolean;
  /** Submits the form. */
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** A drawer holding a form, with Cancel and Save at its foot; its content is destroyed when hidden. */
export function FormDrawer({ open, title, width, saving, onSave, onClose, children }: FormDrawerProps) {
  const { t: tc } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={screens.md ? width : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{tc('action.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={onSave}>
            {tc('action.save')}
          </Button>
        </Flex>
      }
    >
      {children}
    </Drawer>
  );
}

type FormModalProps = Omit<FormDrawerProps, 'width'>;

/** A dialog holding a short form, with Cancel and Save; its content is destroyed when hidden. */
export function FormModal({ open, title, saving, onSave, onClose, children }: FormModalProps) {
  const { t: tc } = useTranslation();
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={title}
      okText={tc('action.save')}
      cancelText={tc('action.cancel')}
      onOk={onSave}
      confirmLoading={saving}
      destroyOnHidden
    >
      {children}
    </Modal>
  );
}
