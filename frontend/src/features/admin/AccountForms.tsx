import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/lib/api';
import { applyViolations } from '@/lib/forms';
import { ProblemError } from '@/lib/problem';
import { useErrorMessage } from '@/components/QueryState';
import { ACCOUNT_ROLES, accountKeys, type Account, type AccountCreate, type AccountRole, type AccountUpdate } from './keys';
import { UnitSelect } from './shared';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

interface AccountValues {
  username?: string;
  password?: string;
  displayName: string;
  role: AccountRole;
  unitId?: string | null;
  reachUnitId?: string | null;
  enabled: boolean;
}

/** Only a coordinator's or a leader's reach can be named; the others' follows from their role. */
const hasReachUnit = (role: AccountRole | undefined) => role === 'COORDINATOR' || role === 'LEADER';

/** What the form shows above its fields when a failure is not about one field. */
function useFormProblem(form: FormInstance, fields: string[][]) {
  const errorMessage = useErrorMessage();
  const [problem, setProblem] = useState<string[] | null>(null);
  const onError = (error: unknown) => {
    const unshown = applyViolations(form, error, fields);
    if (error instanceof ProblemError && error.violations.length > 0) setProblem(unshown.length > 0 ? unshown : null);
    else setProblem([errorMessage(error)]);
  };
  const alert = problem ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problem.join(' ')} /> : null;
  return { alert, onError, clear: () => setProblem(null) };
}

interface AccountFormModalProps {
  /** The account to edit, or null to create one. */
  account: Account | null;
  /** The signed-in admin's own account: its role and enabled flag stay as they are. */
  self?: boolean;
  onClose: () => void;
}

export function AccountFormModal({ account, self = false, onClose }: AccountFormModalProps) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<AccountValues>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const role = Form.useWatch('role', form);
  const creating = account === null;
  const fields = creating
    ? [['username'], ['password'], ['displayName'], ['role'], ['unitId'], ['reachUnitId'], ['enabled']]
    : [['displayName'], ['role'], ['unitId'], ['reachUnitId'], ['enabled']];
  const problem = useFormProblem(form, fields);

  const save = useMutation({
    mutationFn: (values: AccountValues) => {
      if (account) {
        const body: AccountUpdate = {
          displayName: values.displayName.trim(),
          role: values.role,
          unitId: values.unitId ?? null,
          reachUnitId: hasReachUnit(values.role) ? (values.reachUnitId ?? null) : null,
          enabled: values.enabled,
        };
        return unwrap(
          api.PUT('/api/v1/accounts/{accountId}', {
            params: { path: { accountId: account.id }, header: { 'If-Match': ifMatch(account.version) } },
            body,
          }),
        );
      }
      const body: AccountCreate = {
        username: (values.username ?? '').trim(),
        password: values.password ?? '',
        displayName: values.displayName.trim(),
        role: values.role,
        unitId: values.unitId ?? null,
        reachUnitId: hasReachUnit(values.role) ? (values.reachUnitId ?? null) : null,
        enabled: values.enabled,
      };
      return unwrap(api.POST('/api/v1/accounts', { body }));
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: accountKeys.all });
      client.setQueryData(accountKeys.detail(saved.id), saved);
      message.success(t(creating ? 'accounts.created' : 'accounts.saved', { username: saved.username }));
      onClose();
    },
    onError: problem.onError,
  });

  const required = (field: string) => ({ required: true, whitespace: true, message: t('required', { field: field.toLowerCase() }) });

  return (
    <Modal
      open
      title={creating ? t('accounts.create') : t('accounts.editOf', { username: account.username })}
      okText={t('action.save', { ns: 'common' })}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      mask={{ closable: false }}
    >
      {problem.alert}
      {self ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('accounts.selfHint')} /> : null}
      <Form<AccountValues>
        form={form}
        layout="vertical"
        initialValues={
          account
            ? { displayName: account.displayName, role: account.role === 'API_CLIENT' ? undefined : account.role, unitId: account.unitId, reachUnitId: account.reachUnitId ?? null, enabled: account.enabled }
            : { enabled: true }
        }
        onFinish={(values) => {
          problem.clear();
          save.mutate(values);
        }}
      >
        {creating ? (
          <>
            <Form.Item
              label={t('accounts.username')}
              name="username"
              extra={t('accounts.usernameHint')}
              rules={[required(t('accounts.username')), { pattern: USERNAME, message: t('accounts.usernamePattern') }]}
            >
              <Input autoComplete="off" maxLength={64} />
            </Form.Item>
            <Form.Item
              label={t('accounts.password')}
              name="password"
              rules={[required(t('accounts.password')), { min: 8, max: 128, message: t('accounts.passwordLength') }]}
            >
              <Input.Password autoComplete="new-password" maxLength={128} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item label={t('accounts.displayName')} name="displayName" rules={[required(t('accounts.displayName')), { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('accounts.role')}
          name="role"
          rules={[{ required: true, message: t('requiredChoice', { field: t('accounts.role').toLowerCase() }) }]}
        >
          <Select<AccountRole>
            disabled={self}
            options={ACCOUNT_ROLES.map((value) => ({ value, label: t(`role.${value}`, { ns: 'common' }) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('accounts.unit')}
          name="unitId"
          extra={t('accounts.unitHint')}
          dependencies={['role']}
          required={role === 'REPORTER'}
          rules={[({ getFieldValue }) => ({ required: getFieldValue('role') === 'REPORTER', message: t('accounts.unitRequired') })]}
        >
          <UnitSelect />
        </Form.Item>
        {hasReachUnit(role) ? (
          <Form.Item label={t('accounts.reachUnit')} name="reachUnitId" extra={t('accounts.reachUnitHint')}>
            <UnitSelect />
          </Form.Item>
        ) : null}
        <Form.Item label={t('accounts.enabled')} name="enabled" valuePropName="checked">
          <Switch disabled={self} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface PasswordValues {
  password: string;
  confirm: string;
}

export function PasswordResetModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<PasswordValues>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const problem = useFormProblem(form, [['password']]);

  const reset = useMutation({
    mutationFn: (password: string) =>
      unwrap(api.PUT('/api/v1/accounts/{accountId}/password', { params: { path: { accountId: account.id } }, body: { password } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: accountKeys.all });
      message.success(t('accounts.passwordReset', { username: account.username }));
      onClose();
    },
    onError: problem.onError,
  });

  return (
    <Modal
      open
      title={t('accounts.resetOf', { username: account.username })}
      okText={t('accounts.resetPassword')}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reset.isPending}
      mask={{ closable: false }}
    >
      {problem.alert}
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('accounts.resetHint')} />
      <Form<PasswordValues>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          problem.clear();
          reset.mutate(values.password);
        }}
      >
        <Form.Item
          label={t('accounts.newPassword')}
          name="password"
          rules={[
            { required: true, message: t('required', { field: t('accounts.newPassword').toLowerCase() }) },
            { min: 8, max: 128, message: t('accounts.passwordLength') },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          label={t('accounts.confirmPassword')}
          name="confirm"
          dependencies={['password']}
          rules={[
            { required: true, message: t('required', { field: t('accounts.confirmPassword').toLowerCase() }) },
            ({ getFieldValue }) => ({
              validator: (_, value: string) =>
                !value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('accounts.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
