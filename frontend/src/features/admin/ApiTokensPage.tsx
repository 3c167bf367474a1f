import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Flex, Form, Grid, Input, Modal, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckCircleOutlined, ClockCircleOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api';
import { applyViolations } from '@/lib/forms';
import { DATE_TIME_FORMAT, formatDateTime } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { ProblemError } from '@/lib/problem';
import { PageHeader } from '@/components/PageHeader';
import { QueryState, useErrorMessage } from '@/components/QueryState';
import { apiTokenKeys, type ApiToken, type ApiTokenSecret } from './keys';
import { AccountSelect, pageParam, useAccount, useUrlParams } from './shared';
import messages from './locales';

registerMessages('admin', messages);

const PAGE_SIZE = 20;

/** The account a token acts for: its username, and its display name once known. */
function AccountCell({ id }: { id: string }) {
  const account = useAccount(id);
  if (!account.data) return <Typography.Text>{account.isError ? id : '…'}</Typography.Text>;
  return (
    <Flex vertical>
      <Typography.Text strong>{account.data.username}</Typography.Text>
      <Typography.Text>{account.data.displayName}</Typography.Text>
    </Flex>
  );
}

function TokenStatus({ token }: { token: ApiToken }) {
  const { t } = useTranslation('admin');
  if (token.revokedAt) return <Tag icon={<StopOutlined aria-hidden />}>{t('tokens.revokedAt', { at: formatDateTime(token.revokedAt) })}</Tag>;
  if (dayjs(token.expiresAt).isBefore(dayjs())) return <Tag icon={<ClockCircleOutlined aria-hidden />}>{t('tokens.expired')}</Tag>;
  return <Tag icon={<CheckCircleOutlined aria-hidden />}>{t('tokens.active')}</Tag>;
}

export default function ApiTokensPage() {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const { modal, message } = App.useApp();
  const errorMessage = useErrorMessage();
  const screens = Grid.useBreakpoint();
  const wide = Boolean(screens.md);
  const [params, update] = useUrlParams();
  const page = pageParam(params);
  const accountId = params.get('account') ?? undefined;
  const query = { accountId, page: page - 1, size: PAGE_SIZE };

  const tokens = useQuery({
    queryKey: apiTokenKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/api-tokens', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<ApiTokenSecret | null>(null);

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => unwrap(api.DELETE('/api/v1/api-tokens/{tokenId}', { params: { path: { tokenId: token.id } } })),
    onSuccess: (_, token) => {
      void client.invalidateQueries({ queryKey: apiTokenKeys.all });
      message.success(t('tokens.revoked', { name: token.name }));
    },
    onError: (error) => message.error(errorMessage(error)),
  });

  const confirmRevoke = (token: ApiToken) =>
    modal.confirm({
      title: t('tokens.revokeConfirm', { name: token.name }),
      content: t('tokens.revokeHint'),
      okText: t('tokens.revoke'),
      cancelText: t('action.cancel', { ns: 'common' }),
      onOk: () => revoke.mutateAsync(token).catch(() => undefined),
    });

  const revokeButton = (token: ApiToken) =>
    token.revokedAt ? null : (
      <Button size="small" icon={<StopOutlined aria-hidden />} aria-label={t('tokens.revokeOf', { name: token.name })} onClick={() => confirmRevoke(token)}>
        {t('tokens.revoke')}
      </Button>
    );

  // A phone gets the token in one column (name, account, dates, state) and the action beside it.
  const columns: ColumnsType<ApiToken> = wide
    ? [
        { key: 'name', title: t('tokens.name'), dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
        { key: 'account', title: t('tokens.account'), dataIndex: 'accountId', render: (id: string) => <AccountCell id={id} /> },
        { key: 'prefix', title: t('tokens.prefix'), dataIndex: 'prefix', render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text> },
        { key: 'createdAt', title: t('tokens.createdAt'), dataIndex: 'createdAt', className: 'num', render: (at: string) => formatDateTime(at) },
        { key: 'expiresAt', title: t('tokens.expiresAt'), dataIndex: 'expiresAt', className: 'num', render: (at: string) => formatDateTime(at) },
        { key: 'status', title: t('tokens.status'), render: (_, token) => <TokenStatus token={token} /> },
        { key: 'actions', title: t('tokens.actions'), render: (_, token) => revokeButton(token) },
      ]
    : [
        {
          key: 'token',
          title: t('tokens.token'),
          render: (_, token) => (
            <Flex vertical gap={4}>
              <Typography.Text strong>{token.name}</Typography.Text>
              <AccountCell id={token.accountId} />
              <Typography.Text>
                <Typography.Text code>{token.prefix}…</Typography.Text> {t('tokens.createdAt')}: {formatDateTime(token.createdAt)}
              </Typography.Text>
              <Typography.Text>
                {t('tokens.expiresAt')}: {formatDateTime(token.expiresAt)}
              </Typography.Text>
              <div>
                <TokenStatus token={token} />
              </div>
            </Flex>
          ),
        },
        { key: 'actions', title: t('tokens.actions'), render: (_, token) => revokeButton(token) },
      ];

  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        subtitle={t('tokens.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('tokens.create')}
          </Button>
        }
      />
      <Flex vertical gap={4} style={{ marginBottom: 16, maxWidth: 420 }}>
        <label htmlFor="tok-account">{t('tokens.filterAccount')}</label>
        <AccountSelect id="tok-account" value={accountId ?? null} onChange={(value) => update({ account: value, page: null })} />
      </Flex>
      <QueryState query={tokens} skeletonRows={6} isEmpty={(data) => data.totalItems === 0} emptyText={t('tokens.empty')}>
        {(data) => (
          <Table<ApiToken>
            aria-label={t('tokens.tableLabel')}
            rowKey="id"
            columns={columns}
            dataSource={data.items}
            loading={tokens.isFetching && tokens.isPlaceholderData}
            scroll={{ x: true }}
            locale={{ emptyText: t('tokens.empty') }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data.totalItems,
              hideOnSinglePage: true,
              showSizeChanger: false,
              showTotal: (total) => t('table.total', { ns: 'common', count: total }),
              onChange: (next) => update({ page: next > 1 ? String(next) : null }),
            }}
          />
        )}
      </QueryState>
      {creating ? (
        <TokenCreateModal
          defaultAccountId={accountId}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setSecret(created);
          }}
        />
      ) : null}
      {secret ? <SecretModal secret={secret} onClose={() => setSecret(null)} /> : null}
    </>
  );
}

interface TokenValues {
  accountId: string;
  name: string;
  expiresAt: Dayjs;
}

function TokenCreateModal({
  defaultAccountId,
  onClose,
  onCreated,
}: {
  defaultAccountId?: string;
  onClose: () => void;
  onCreated: (token: ApiTokenSecret) => void;
}) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<TokenValues>();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [problem, setProblem] = useState<string[] | null>(null);
  const now = dayjs();
  const latest = now.add(2, 'year');

  const create = useMutation({
    mutationFn: (values: TokenValues) =>
      unwrap(
        api.POST('/api/v1/api-tokens', {
          body: { accountId: values.accountId, name: values.name.trim(), expiresAt: values.expiresAt.toISOString() },
        }),
      ),
    onSuccess: (created) => {
      void client.invalidateQueries({ queryKey: apiTokenKeys.all });
      onCreated(created);
    },
    onError: (error) => {
      const unshown = applyViolations(form, error, [['accountId'], ['name'], ['expiresAt']]);
      if (error instanceof ProblemError && error.violations.length > 0) setProblem(unshown.length > 0 ? unshown : null);
      else setProblem([errorMessage(error)]);
    },
  });

  return (
    <Modal
      open
      title={t('tokens.create')}
      okText={t('tokens.create')}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      mask={{ closable: false }}
    >
      {problem ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problem.join(' ')} /> : null}
      <Form<TokenValues>
        form={form}
        layout="vertical"
        initialValues={{ accountId: defaultAccountId, expiresAt: now.add(1, 'year').startOf('minute') }}
        onFinish={(values) => {
          setProblem(null);
          create.mutate(values);
        }}
      >
        <Form.Item
          label={t('tokens.account')}
          name="accountId"
          rules={[{ required: true, message: t('requiredChoice', { field: t('tokens.account').toLowerCase() }) }]}
        >
          <AccountSelect />
        </Form.Item>
        <Form.Item
          label={t('tokens.name')}
          name="name"
          extra={t('tokens.nameHint')}
          rules={[{ required: true, whitespace: true, message: t('required', { field: t('tokens.name').toLowerCase() }) }, { max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('tokens.expiresAt')}
          name="expiresAt"
          extra={t('tokens.expiresHint')}
          rules={[{ required: true, message: t('requiredChoice', { field: t('tokens.expiresAt').toLowerCase() }) }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format={DATE_TIME_FORMAT}
            style={{ width: '100%' }}
            disabledDate={(day) => day.isBefore(now, 'day') || day.isAfter(latest, 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The new token's secret, shown this once: copy it now or lose it. */
function SecretModal({ secret, onClose }: { secret: ApiTokenSecret; onClose: () => void }) {
  const { t } = useTranslation('admin');
  return (
    <Modal
      open
      title={t('tokens.secretTitle', { name: secret.name })}
      onCancel={onClose}
      keyboard={false}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('tokens.secretDone')}
        </Button>
      }
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('tokens.secretWarning')} description={t('tokens.secretDetail')} />
      <Typography.Paragraph strong style={{ marginBottom: 4 }} id="token-secret-label">
        {t('tokens.secretLabel')}
      </Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: secret.token }} aria-labelledby="token-secret-label">
        <Typography.Text code style={{ wordBreak: 'break-all' }} data-testid="token-secret">
          {secret.token}
        </Typography.Text>
      </Typography.Paragraph>
    </Modal>
  );
}
