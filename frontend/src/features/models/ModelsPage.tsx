import { useState } from 'react';
import { Button, Card, Col, Flex, Input, Row, Segmented, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { components } from '@/api/schema';
import { FilterBar, FilterSelect, YearFilter } from '@/components/FilterBar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { UnitName } from '@/components/UnitName';
import { api, unwrap } from '@/lib/api';
import { useMe } from '@/lib/auth';
import { formatDate, formatNumber } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { type ModelField, modelKeys } from './keys';
import messages from './locales';
import { FIELDS, type Model, ModelDrawer, RecognitionModal } from './ModelForms';

registerMessages('models', messages);

type GroupBy = 'field' | 'unit' | 'year';
type ModelCount = components['schemas']['ModelCount'];
const GROUPS: GroupBy[] = ['field', 'unit', 'year'];
const PAGE_SIZE = 20;

function yearParam(value: string | null): number | undefined {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1945 && year <= 2200 ? year : undefined;
}

/** The "Dân vận khéo" registry: counts by field, unit or year, the filtered list, registration and recognition. */
export default function ModelsPage() {
  const { t, i18n } = useTranslation('models');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const role = me.data?.role;
  const ownUnit = role === 'REPORTER' ? (me.data?.unitId ?? undefined) : undefined;
  const [params, setParams] = useSearchParams();
  const fieldParam = params.get('field');
  const field = FIELDS.includes(fieldParam as ModelField) ? (fieldParam as ModelField) : undefined;
  const unitId = params.get('unitId') || undefined;
  const year = yearParam(params.get('year'));
  const q = params.get('q') || undefined;
  const byParam = params.get('by');
  const by: GroupBy = GROUPS.includes(byParam as GroupBy) ? (byParam as GroupBy) : 'field';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [editing, setEditing] = useState<Model | null | undefined>(undefined);
  const [recognising, setRecognising] = useState<Model | null>(null);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };

  const query = { field, unitId, year, q, page: page - 1, size: PAGE_SIZE };
  const list = useQuery({
    queryKey: modelKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/models', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const counts = useQuery({
    queryKey: modelKeys.counts(by, year),
    queryFn: () => unwrap(api.GET('/api/v1/models/counts', { params: { query: { groupBy: by, year } } })),
    placeholderData: keepPreviousData,
  });
  const units = useQuery({
    queryKey: modelKeys.units(),
    queryFn: () => unwrap(api.GET('/api/v1/org-units', { params: { query: { size: 500 } } })),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
  });

  const thisYear = dayjs().year();
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);
  const countLabel = (row: ModelCount) =>
    by === 'field' ? tc(`modelField.${row.key}`, { defaultValue: row.label }) : row.label;
  const countFilter = (row: ModelCount) =>
    by === 'field' ? { field: row.key, page: undefined } : by === 'unit' ? { unitId: row.key, page: undefined } : { year: row.key, page: undefined };

  const columns: TableColumnsType<Model> = [
    {
      key: 'name',
      title: t('col.name'),
      render: (_, row) => (
        <div style={{ minWidth: 220, maxWidth: 420 }}>
          <Typography.Text strong>{row.name}</Typography.Text>
          {row.goals ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: row.goals }} style={{ marginBottom: 0 }}>
              {row.goals}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    { key: 'unit', title: t('col.unit'), render: (_, row) => <div style={{ minWidth: 140 }}><UnitName id={row.unitId} /></div> },
    { key: 'field', title: t('col.field'), render: (_, row) => tc(`modelField.${row.field}`) },
    {
      key: 'period',
      title: t('col.period'),
      render: (_, row) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {row.endDate ? t('periodRange', { from: formatDate(row.startDate), to: formatDate(row.endDate) }) : t('periodFrom', { from: formatDate(row.startDate) })}
        </span>
      ),
    },
    {
      key: 'registered',
      title: t('col.registered'),
      render: (_, row) => (
        <Flex vertical gap={2} align="start">
          <span style={{ whiteSpace: 'nowrap' }}>{formatDate(row.registrationDate)}</span>
          {row.timeliness ? <Tag>{tc(`timeliness.${row.timeliness}`)}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'recognition',
      title: t('col.recognition'),
      render: (_, row) =>
        row.recognition ? (
          <span>
            {t('recognitionLine', {
              level: tc(`recognitionLevel.${row.recognition.level}`),
              number: row.recognition.decisionNumber,
              date: formatDate(row.recognition.decisionDate),
            })}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('notRecognized')}</Typography.Text>
        ),
    },
  ];
  const canEdit = (row: Model) => role === 'REPORTER' && row.unitId === ownUnit;
  if (role === 'REPORTER' || role === 'COORDINATOR') {
    columns.push({
      key: 'actions',
      title: t('col.actions'),
      render: (_, row) => (
        <Flex gap={4}>
          {canEdit(row) ? (
            <Button size="small" onClick={() => setEditing(row)} aria-label={`${t('edit')}: ${row.name}`}>
              {t('edit')}
            </Button>
          ) : null}
          {role === 'COORDINATOR' ? (
            <Button size="small" onClick={() => setRecognising(row)} aria-label={`${t('recognize')}: ${row.name}`}>
              {t('recognize')}
            </Button>
          ) : null}
        </Flex>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={list.data ? t('count', { count: list.data.totalItems }) : t('subtitle')}
        extra={
          ownUnit ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing(null)}>
              {t('register')}
            </Button>
          ) : undefined
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card
            size="small"
            title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('counts.title')}</Typography.Title>}
          >
            <Segmented<GroupBy>
              aria-label={t('counts.by')}
              value={by}
              onChange={(value) => update({ by: value === 'field' ? undefined : value })}
              options={GROUPS.map((g) => ({ value: g, label: t(`counts.${g}`) }))}
              style={{ marginBottom: 12 }}
            />
            <QueryState query={counts} isEmpty={(data) => data.total === 0} emptyText={t('counts.empty')} skeletonRows={4}>
              {(data) => (
                <Table<ModelCount>
                  aria-label={t('counts.table', { by: t(`counts.${by}`) })}
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={data.items}
                  scroll={data.items.length > 12 ? { y: 420 } : undefined}
                  columns={[
                    {
                      key: 'key',
                      title: t(`counts.${by}`),
                      render: (_, row) => (
                        <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => update(countFilter(row))}>
                          {countLabel(row)}
                        </Button>
                      ),
                    },
                    { key: 'total', title: t('counts.total'), dataIndex: 'total', className: 'num', align: 'right', render: (n: number) => formatNumber(n, lang) },
                    { key: 'recognized', title: t('counts.recognized'), dataIndex: 'recognized', className: 'num', align: 'right', render: (n: number) => formatNumber(n, lang) },
                  ]}
                  summary={() => (
                    <Table.Summary.Row>
                      <Table.Summary.Cell index={0}>
                        <Typography.Text strong>{t('counts.sum')}</Typography.Text>
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={1} align="right" className="num">
                        <Typography.Text strong data-testid="counts-total">{formatNumber(data.total, lang)}</Typography.Text>
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={2} align="right" className="num">
                        <Typography.Text strong data-testid="counts-recognized">{formatNumber(data.recognized, lang)}</Typography.Text>
                      </Table.Summary.Cell>
                    </Table.Summary.Row>
                  )}
                />
              )}
            </QueryState>
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <FilterBar>
            <Input.Search
              aria-label={t('filters.q')}
              placeholder={t('filters.q')}
              allowClear
              defaultValue={q}
              onSearch={(value) => update({ q: value.trim() || undefined, page: undefined })}
              style={{ flex: '1 1 220px', maxWidth: 320 }}
            />
            <FilterSelect
              id="models-field"
              label={t('filters.field')}
              width={220}
              allowClear
              placeholder={t('filters.allFields')}
              value={field}
              onChange={(value?: string) => update({ field: value, page: undefined })}
              options={FIELDS.map((f) => ({ value: f, label: tc(`modelField.${f}`) }))}
            />
            <FilterSelect
              id="models-unit"
              label={t('filters.unit')}
              width={260}
              allowClear
              searchable
              placeholder={t('filters.allUnits')}
              loading={units.isPending}
              value={unitId}
              onChange={(value?: string) => update({ unitId: value, page: undefined })}
              options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            />
            <YearFilter
              id="models-year"
              label={t('filters.year')}
              years={years}
              allYears={t('filters.allYears')}
              value={year}
              onChange={(value) => update({ year: value ? String(value) : undefined, page: undefined })}
            />
          </FilterBar>
          <QueryState query={list} isEmpty={(data) => data.totalItems === 0} emptyText={t('empty')}>
            {(data) => (
              <Table<Model>
                aria-label={t('tableLabel')}
                rowKey="id"
                size="middle"
                scroll={{ x: true }}
                loading={list.isFetching && list.isPlaceholderData}
                dataSource={data.items}
                columns={columns}
                pagination={{
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: data.totalItems,
                  showSizeChanger: false,
                  hideOnSinglePage: true,
                  onChange: (next) => update({ page: next > 1 ? String(next) : undefined }),
                }}
              />
            )}
          </QueryState>
        </Col>
      </Row>
      {ownUnit ? <ModelDrawer open={editing !== undefined} model={editing ?? null} unitId={ownUnit} onClose={() => setEditing(undefined)} /> : null}
      {role === 'COORDINATOR' ? <RecognitionModal model={recognising} onClose={() => setRecognising(null)} /> : null}
    </>
  );
}
