import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Grid, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckCircleOutlined, EditOutlined, KeyOutlined, LockOutlined, PlusOutlined, SearchOutlined, StopOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAddressText } from '@/lib/useAddressText';
import { api, unwrap } from '@/lib/api';
import { useMe } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { UnitName } from '@/components/UnitName';
import { ACCOUNT_ROLES, accountKeys, type Account, type AccountRole } from './keys';
import { AccountFormModal, PasswordResetModal } from './AccountForms';
import { pageParam, useUrlParams } from './shared';
import messages from './locales';

registerMessages('admin', messages);

const PAGE_SIZES = [20, 50, 100];

function isRole(value: string | null): value is AccountRole {
  return value !== null && (ACCOUNT_ROLES as string[]).includes(value);
}

export default function AccountsPage() {
  const { t } = useTranslation('admin');
  const me = useMe();
  const [params, update] = useUrlParams();
  const q = params.get('q')?.trim() ?? '';
  const roleParam = params.get('role');
  const role = isRole(roleParam) ? roleParam : undefined;
  const page = pageParam(params);
  const sizeParam = Number(params.get('size'));
  const size = PAGE_SIZES.includes(sizeParam) ? sizeParam : PAGE_SIZES[0];
  const query = { q: q || undefined, role, page: page - 1, size };

  const [text, setText] = useAddressText(q);

  const accounts = useQuery({
    queryKey: accountKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/accounts', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const [editing, setEditing] = useState<{ account: Account | null } | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const now = dayjs();
  const screens = Grid.useBreakpoint();
  const wide = Boolean(screens.md);

  const status = (account: Account) => (
    <Flex gap={4} wrap>
      {account.enabled ? (
        <Tag icon={<CheckCircleOutlined aria-hidden />}>{t('accounts.active')}</Tag>
      ) : (
        <Tag icon={<StopOutlined aria-hidden />}>{t('accounts.disabled')}</Tag>
      )}
      {account.lockedUntil && dayjs(account.lockedUntil).isAfter(now) ? (
        <Tag icon={<LockOutlined aria-hidden />}>{t('accounts.lockedUntil', { at: formatDateTime(account.lockedUntil) })}</Tag>
      ) : null}
    </Flex>
  );
  const roleName = (role: Account['role']) => t(`role.${role}`, { ns: 'common' });
  const actions = (account: Account, vertical: boolean) => (
    <Flex gap={4} vertical={vertical} align="flex-start">
      <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={t('accounts.editOf', { username: account.username })} onClick={() => setEditing({ account })}>
        {t('accounts.edit')}
      </Button>
      <Button size="small" icon={<KeyOutlined aria-hidden />} aria-label={t('accounts.resetOf', { username: account.username })} onClick={() => setResetting(account)}>
        {t('accounts.resetPassword')}
      </Button>
    </Flex>
  );

  const reachName = (account: Account) =>
    account.reach.allUnits ? t('accounts.reachAll') : (account.reach.unitName ?? t('accounts.reachNone'));

  // A phone gets two columns: who the account is, and what can be done with it.
  const columns: ColumnsType<Account> = wide
    ? [
        {
          key: 'username',
          title: t('accounts.username'),
          dataIndex: 'username',
          render: (username: string) => (
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {username}
            </Typography.Text>
          ),
        },
        { key: 'displayName', title: t('accounts.displayName'), dataIndex: 'displayName' },
        {
          key: 'role',
          title: t('accounts.role'),
          dataIndex: 'role',
          render: (role: Account['role']) => <span style={{ whiteSpace: 'nowrap' }}>{roleName(role)}</span>,
        },
        { key: 'unit', title: t('accounts.unit'), dataIndex: 'unitId', render: (unitId: string | null) => <UnitName id={unitId} /> },
        { key: 'reach', title: t('accounts.reach'), render: (_, account) => reachName(account) },
        { key: 'status', title: t('accounts.status'), render: (_, account) => status(account) },
        { key: 'actions', title: t('accounts.actions'), render: (_, account) => actions(account, false) },
      ]
    : [
        {
          key: 'account',
          title: t('accounts.account'),
          render: (_, account) => (
            <Flex vertical gap={2}>
              <Typography.Text strong>{account.username}</Typography.Text>
              <Typography.Text>{account.displayName}</Typography.Text>
              <Typography.Text>
                {roleName(account.role)}
                {account.unitId ? ' · ' : ''}
                <UnitName id={account.unitId} />
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('accounts.reach')}: {reachName(account)}
              </Typography.Text>
              {status(account)}
            </Flex>
          ),
        },
        { key: 'actions', title: t('accounts.actions'), render: (_, account) => actions(account, true) },
      ];

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        subtitle={t('accounts.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ account: null })}>
            {t('accounts.create')}
          </Button>
        }
      />
      <Flex gap={12} wrap align="flex-end" style={{ marginBottom: 16 }}>
        <Flex vertical gap={4} style={{ flex: '1 1 260px', minWidth: 0 }}>
          <label htmlFor="acc-search">{t('accounts.search')}</label>
          <Input.Search
            id="acc-search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onSearch={(value) => update({ q: value.trim() || null, page: null })}
            allowClear
            enterButton={<Button icon={<SearchOutlined aria-hidden />} aria-label={t('action.search', { ns: 'common' })} />}
          />
        </Flex>
        <Flex vertical gap={4} style={{ flex: '0 1 220px', minWidth: 180 }}>
          <label htmlFor="acc-role">{t('accounts.role')}</label>
          <Select<AccountRole | ''>
            id="acc-role"
            value={role ?? ''}
            onChange={(value) => update({ role: value || null, page: null })}
            options={[
              { value: '', label: t('accounts.allRoles') },
              ...ACCOUNT_ROLES.map((value) => ({ value, label: t(`role.${value}`, { ns: 'common' }) })),
            ]}
          />
        </Flex>
      </Flex>
      <QueryState query={accounts} skeletonRows={8}>
        {(data) => (
          <Table<Account>
            aria-label={t('accounts.tableLabel')}
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data.items}
            loading={accounts.isFetching && accounts.isPlaceholderData}
            scroll={{ x: true }}
            locale={{ emptyText: t('accounts.empty') }}
            pagination={{
              current: page,
              pageSize: size,
              total: data.totalItems,
              pageSizeOptions: PAGE_SIZES,
              showSizeChanger: true,
              showTotal: (total) => t('table.total', { ns: 'common', count: total }),
              onChange: (nextPage, nextSize) =>
                update({ page: nextPage > 1 && nextSize === size ? String(nextPage) : null, size: nextSize !== PAGE_SIZES[0] ? String(nextSize) : null }),
            }}
          />
        )}
      </QueryState>
      {editing ? (
        <AccountFormModal account={editing.account} self={editing.account?.id === me.data?.id} onClose={() => setEditing(null)} />
      ) : null}
      {resetting ? <PasswordResetModal account={resetting} onClose={() => setResetting(null)} /> : null}
    </>
  );
}
