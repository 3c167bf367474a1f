import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Breadcrumb, Button, Grid, Popconfirm, Tabs } from 'antd';
import { BarChartOutlined, CheckCircleOutlined, DeleteOutlined, EditOutlined, LockOutlined, ScheduleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, ifMatch, unwrap } from '@/lib/api';
import { registerMessages } from '@/lib/i18n';
import { PageHeader } from '@/components/PageHeader';
import { QueryState, useErrorMessage } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { UnitName } from '@/components/UnitName';
import { planKeys } from './keys';
import messages from './locales';
import { ObligationsTab } from './ObligationsTab';
import { LinkButton } from './LinkButton';
import { PlanFormDrawer } from './PlanFormDrawer';
import { useStoredDraft } from '@/components/FormDraft';
import { PlanOverview } from './PlanOverview';
import { ProgressTab } from './ProgressTab';
import { usePlan } from './queries';
import { TargetsTab } from './TargetsTab';
import { TasksTab } from './TasksTab';
import { useCanWrite, type Plan } from './util';

registerMessages('plans', messages);

export const PLAN_TABS = ['overview', 'tasks', 'progress', 'targets', 'obligations'] as const;
export type PlanTab = (typeof PLAN_TABS)[number];

export default function PlanPage() {
  const { t } = useTranslation('plans');
  const { planId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: PlanTab = PLAN_TABS.includes(requested as PlanTab) ? (requested as PlanTab) : 'overview';
  const plan = usePlan(planId);
  const screens = Grid.useBreakpoint();
  const phone = !(screens.sm ?? true);

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[{ title: <Link to="/plans">{t('plan.breadcrumb')}</Link> }, { title: plan.data ? (plan.data.reference ?? t('plan.draft')) : '…' }]}
          />
        }
        title={<span style={{ overflowWrap: 'anywhere' }}>{plan.data?.title ?? t('plan.heading')}</span>}
        subtitle={plan.data ? <PlanSubtitle plan={plan.data} /> : undefined}
        extra={plan.data ? <PlanActions plan={plan.data} /> : undefined}
      />
      <QueryState query={plan} skeletonRows={8}>
        {(data) => (
          <>
            {data.status === 'CLOSED' ? <Alert type="info" showIcon title={t('plan.readOnly')} style={{ marginBottom: 16 }} /> : null}
            <Tabs
              activeKey={tab}
              // each tab is its own address (a fresh view: the tab's own selections are dropped)
              onChange={(key) => setParams(key === 'overview' ? {} : { tab: key })}
              aria-label={t('plan.tabs.label')}
              // short names on a phone, so the tabs fit with as little overflow as can be
              tabBarGutter={phone ? 20 : undefined}
              items={[
                { key: 'overview', label: t(`plan.tabs.${phone ? 'short.' : ''}overview`), children: <PlanOverview plan={data} /> },
                { key: 'tasks', label: t(`plan.tabs.${phone ? 'short.' : ''}tasks`), children: <TasksTab plan={data} /> },
                { key: 'progress', label: t(`plan.tabs.${phone ? 'short.' : ''}progress`), children: <ProgressTab plan={data} /> },
                { key: 'targets', label: t(`plan.tabs.${phone ? 'short.' : ''}targets`), children: <TargetsTab plan={data} /> },
                { key: 'obligations', label: t(`plan.tabs.${phone ? 'short.' : ''}obligations`), children: <ObligationsTab plan={data} /> },
              ]}
            />
          </>
        )}
      </QueryState>
    </>
  );
}

function PlanSubtitle({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plans');
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginTop: 4 }}>
      <span>{plan.reference ? t('plan.planNo', { reference: plan.reference }) : t('plan.draft')}</span>
      <span aria-hidden="true">·</span>
      <UnitName id={plan.issuerId} />
      <StatusTag vocabulary="planStatus" value={plan.status} />
    </span>
  );
}

/** Edit, issue, close and delete for a coordinator; the two report pages for everyone. */
function PlanActions({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const problemText = useErrorMessage();
  const client = useQueryClient();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  // typing left in the plan's form (a reload, an expired session) opens it again
  const kept = useStoredDraft('plan', plan.id);
  const [editing, setEditing] = useState(() => canWrite && kept !== null);
  const [failure, setFailure] = useState<string | null>(null);
  const path = { params: { path: { planId: plan.id } } };

  const onChanged = (saved: Plan, text: string) => {
    client.setQueryData(planKeys.detail(saved.id), saved);
    void client.invalidateQueries({ queryKey: planKeys.lists() });
    setFailure(null);
    message.success(text);
  };
  const onFailed = (error: unknown) => setFailure(problemText(error));

  const issue = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/plans/{planId}/issue', path)),
    onSuccess: (saved) => onChanged(saved, t('plan.issued')),
    onError: onFailed,
  });
  const close = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/plans/{planId}/close', path)),
    onSuccess: (saved) => onChanged(saved, t('plan.closed')),
    onError: onFailed,
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/plans/{planId}', { params: { path: { planId: plan.id }, header: { 'If-Match': ifMatch(plan.version) } } })),
    onSuccess: () => {
      client.removeQueries({ queryKey: planKeys.detail(plan.id) });
      void client.invalidateQueries({ queryKey: planKeys.lists() });
      message.success(t('plan.deleted'));
      navigate('/plans', { replace: true });
    },
    onError: onFailed,
  });

  return (
    <>
      {canWrite && plan.status !== 'CLOSED' ? (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
          {t('plan.edit')}
        </Button>
      ) : null}
      {canWrite && plan.status === 'DRAFT' ? (
        <Popconfirm title={t('plan.issueConfirm')} okText={t('plan.issue')} cancelText={tc('action.cancel')} onConfirm={() => issue.mutateAsync().catch(() => undefined)}>
          <Button type="primary" icon={<CheckCircleOutlined />} loading={issue.isPending}>
            {t('plan.issue')}
          </Button>
        </Popconfirm>
      ) : null}
      {canWrite && plan.status === 'ISSUED' ? (
        <Popconfirm title={t('plan.closeConfirm')} okText={t('plan.close')} cancelText={tc('action.cancel')} onConfirm={() => close.mutateAsync().catch(() => undefined)}>
          <Button icon={<LockOutlined />} loading={close.isPending}>
            {t('plan.close')}
          </Button>
        </Popconfirm>
      ) : null}
      {canWrite && plan.status === 'DRAFT' ? (
        <Popconfirm
          title={t('plan.deleteConfirm')}
          okText={tc('action.delete')}
          okButtonProps={{ danger: true }}
          cancelText={tc('action.cancel')}
          onConfirm={() => remove.mutateAsync().catch(() => undefined)}
        >
          <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
            {t('plan.delete')}
          </Button>
        </Popconfirm>
      ) : null}
      <LinkButton to={`/plans/${plan.id}/completeness`} icon={<ScheduleOutlined />}>
        {t('plan.completeness')}
      </LinkButton>
      <LinkButton to={`/plans/${plan.id}/attainment`} icon={<BarChartOutlined />}>
        {t('plan.attainment')}
      </LinkButton>
      {failure ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('plan.actionFailed')}
          description={failure}
          closable={{ onClose: () => setFailure(null), 'aria-label': tc('action.close') }}
          style={{ flexBasis: '100%' }}
        />
      ) : null}
      <PlanFormDrawer
        open={editing}
        plan={plan}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
        }}
      />
    </>
  );
}
