import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Modal, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { QueryState, useErrorMessage } from '@/components/QueryState';
import { StatusTag } from '@/components/StatusTag';
import { api, unwrap } from '@/lib/api';
import { useMe } from '@/lib/auth';
import { formatNumber, formatPercent } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { ProblemError } from '@/lib/problem';
import { assessmentKeys } from './keys';
import messages from './locales';
import { useRubrics } from './queries';
import { type Assessment, bandLabel } from './scoring';

registerMessages('assessments', messages);

export function yearParam(value: string | null): number | undefined {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1945 && year <= 2200 ? year : undefined;
}

export function yearOptions(): number[] {
  const thisYear = dayjs().year();
  return Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
}

/** The reporter's self-assessments: one per year and rubric, and the way to start the next one. */
export default function MyAssessmentsPage() {
  const { t, i18n } = useTranslation('assessments');
  const lang = i18n.language;
  const me = useMe();
  const unitId = me.data?.unitId ?? undefined;
  const [params, setParams] = useSearchParams();
  const year = yearParam(params.get('year'));
  const [starting, setStarting] = useState(false);

  const list = useQuery({
    queryKey: assessmentKeys.list({ unitId, year }),
    queryFn: () => unwrap(api.GET('/api/v1/assessments', { params: { query: { unitId, year, size: 200 } } })),
    enabled: Boolean(unitId),
    placeholderData: keepPreviousData,
  });

  if (me.data && !unitId) {
    return (
      <>
        <PageHeader title={t('mine.title')} />
        <Alert type="warning" showIcon title={t('mine.noUnit')} />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('mine.title')}
        subtitle={t('mine.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setStarting(true)}>
            {t('mine.start')}
          </Button>
        }
      />
      <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <label htmlFor="my-assessments-year">{t('mine.year')}</label>
        <Select
          id="my-assessments-year"
          style={{ width: 180 }}
          allowClear
          placeholder={t('mine.allYears')}
          value={year}
          onChange={(value?: number) => setParams(value ? { year: String(value) } : {})}
          options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
        />
      </Flex>
      <QueryState query={list} isEmpty={(data) => data.totalItems === 0} emptyText={t('mine.empty')}>
        {(data) => (
          <Table<Assessment>
            aria-label={t('mine.tableLabel')}
            rowKey="id"
            size="middle"
            scroll={{ x: true }}
            dataSource={data.items}
            pagination={false}
            columns={[
              { key: 'year', title: t('col.year'), dataIndex: 'year' },
              { key: 'status', title: t('col.status'), render: (_, row) => <StatusTag vocabulary="assessmentStatus" value={row.status} /> },
              {
                key: 'self',
                title: t('col.self'),
                className: 'num',
                render: (_, row) =>
                  row.selfScore.scored
                    ? `${formatNumber(row.selfScore.total, lang)}/${formatNumber(row.selfScore.applicableMaximum, lang)}`
                    : t('totals.notScored'),
              },
              {
                key: 'rating',
                title: t('col.rating'),
                render: (_, row) =>
                  row.status === 'FINAL' && !row.eligible
                    ? t('col.notEligible')
                    : row.rating
                    ? `${(lang.startsWith('en') ? row.rating.levelLabelEn : row.rating.levelLabelVi) ?? ''} (${formatPercent(row.rating.percent, lang)})`
                    : row.status === 'DRAFT'
                      ? row.selfScore.scored
                        ? bandLabel(row.selfScore.band, lang)
                        : t('totals.notScored')
                      : '',
              },
              {
                key: 'actions',
                title: t('col.actions'),
                render: (_, row) => (
                  <Link to={`/my-unit/assessments/${row.id}`}>{row.status === 'DRAFT' ? t('mine.continue') : t('mine.open')}</Link>
                ),
              },
            ]}
          />
        )}
      </QueryState>
      {unitId && starting ? <StartModal open={starting} unitId={unitId} defaultYear={year} onClose={() => setStarting(false)} /> : null}
    </>
  );
}

interface StartValues {
  year: number;
  rubricId: string;
  periodId: string;
}

function StartModal({ open, unitId, defaultYear, onClose }: { open: boolean; unitId: string; defaultYear?: number; onClose: () => void }) {
  const { t } = useTranslation('assessments');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<StartValues>();
  const [error, setError] = useState<unknown>(null);
  const year = (Form.useWatch('year', form) as number | undefined) ?? defaultYear ?? dayjs().year();
  const rubrics = useRubrics();
  const valid = (rubrics.data ?? []).filter((r) => r.validFromYear <= year && (r.validToYear == null || r.validToYear >= year));
  const periods = useQuery({
    queryKey: assessmentKeys.periods(unitId, year),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/org-units/{unitId}/calendar', {
          params: { path: { unitId }, query: { from: `${year}-01-01`, to: `${year}-12-31`, size: 500 } },
        }),
      ),
    enabled: open,
    // a sheet takes over the unit's report to the period while it is a draft or returned
    select: (data) =>
      data.items.filter(
        (entry) => entry.obligationKind === 'SELF_ASSESSMENT' && (!entry.submissionId || entry.status === 'DRAFT' || entry.status === 'RETURNED'),
      ),
  });

  const start = useMutation({
    mutationFn: (values: StartValues) =>
      unwrap(api.POST('/api/v1/assessments', { body: { unitId, rubricId: values.rubricId, year: values.year, periodId: values.periodId } })),
    onSuccess: (created) => {
      client.setQueryData(assessmentKeys.detail(created.id), created);
      void client.invalidateQueries({ queryKey: assessmentKeys.lists() });
      void client.invalidateQueries({ queryKey: ['my-unit'] });
      message.success(t('mine.created'));
      onClose();
      navigate(`/my-unit/assessments/${created.id}`);
    },
    onError: (failure) => {
      if (failure instanceof ProblemError && failure.status === 409 && failure.kind === 'assessment-exists') {
        setError(t('mine.exists'));
      } else {
        setError(errorMessage(failure));
      }
    },
  });

  return (
    <Modal
      open={open}
      title={t('mine.startTitle')}
      okText={t('mine.start')}
      cancelText={tc('action.cancel')}
      okButtonProps={{ loading: start.isPending }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon role="alert" title={String(error)} style={{ marginBottom: 16 }} /> : null}
      <Form<StartValues>
        form={form}
        layout="vertical"
        initialValues={{ year: defaultYear ?? dayjs().year() }}
        onFinish={(values) => {
          setError(null);
          start.mutate(values);
        }}
        onValuesChange={(changed) => {
          if ('year' in changed) form.setFieldsValue({ rubricId: undefined, periodId: undefined });
        }}
      >
        <Form.Item name="year" label={t('mine.year')} rules={[{ required: true }]}>
          <Select options={yearOptions().map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
        <Form.Item
          name="rubricId"
          label={t('mine.rubric')}
          rules={[{ required: true, message: t('mine.rubricRequired') }]}
          extra={rubrics.data && valid.length === 0 ? t('mine.noRubric', { year }) : undefined}
        >
          <Select
            loading={rubrics.isPending}
            options={valid.map((r) => ({ value: r.id, label: `${r.name} (${r.decisionNumber}, v${r.versionNumber})` }))}
          />
        </Form.Item>
        <Form.Item
          name="periodId"
          label={t('mine.period')}
          extra={periods.data && periods.data.length === 0 ? t('mine.noPeriodInYear', { year }) : t('mine.periodHint')}
          rules={[{ required: true, message: t('mine.periodRequired') }]}
        >
          <Select
            loading={periods.isPending}
            placeholder={t('mine.noPeriod')}
            options={(periods.data ?? []).map((entry) => ({
              value: entry.periodId,
              label: `${entry.planReference ?? entry.planTitle} – ${entry.obligationTitle}`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
