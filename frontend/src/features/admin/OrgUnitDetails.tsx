import { useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Flex, Table, Tag, Timeline, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ifMatch, unwrap } from '@/lib/api';
import { formatDate, formatNumber } from '@/lib/format';
import { QueryState, useErrorMessage } from '@/components/QueryState';
import { useOrgUnit } from '@/components/UnitName';
import { orgUnitKeys, type OrgUnit } from './keys';
import { ValidityText } from './shared';
import { dayAfter, hasEnded, todayIso } from './tree';
import { UnitTasks } from './UnitTasks';

interface OrgUnitDetailsProps {
  id: string;
  canWrite: boolean;
  onEdit: (unit: OrgUnit) => void;
  onDeleted: () => void;
}

/** The address of this page with another unit selected, keeping the filters. */
function useUnitHref() {
  const [params] = useSearchParams();
  return (id: string) => {
    const next = new URLSearchParams(params);
    next.set('unit', id);
    return `?${next.toString()}`;
  };
}

/** A selected unit: what it is, its headcounts, and the mergers it took part in. */
export function OrgUnitDetails({ id, canWrite, onEdit, onDeleted }: OrgUnitDetailsProps) {
  const unit = useOrgUnit(id);
  return (
    <QueryState query={unit} skeletonRows={6}>
      {(data) => <UnitDetailsBody unit={data} canWrite={canWrite} onEdit={onEdit} onDeleted={onDeleted} />}
    </QueryState>
  );
}

interface BodyProps {
  unit: OrgUnit;
  canWrite: boolean;
  onEdit: (unit: OrgUnit) => void;
  onDeleted: () => void;
}

function UnitDetailsBody({ unit, canWrite, onEdit, onDeleted }: BodyProps) {
  const { t, i18n } = useTranslation('admin');
  const client = useQueryClient();
  const { modal, message } = App.useApp();
  const errorMessage = useErrorMessage();
  const unitHref = useUnitHref();
  const parent = useOrgUnit(unit.parentId);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const today = todayIso();
  const ended = hasEnded(unit, today);

  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/org-units/{unitId}', {
          params: { path: { unitId: unit.id }, header: { 'If-Match': ifMatch(unit.version) } },
        }),
      ),
    onSuccess: () => {
      client.removeQueries({ queryKey: orgUnitKeys.detail(unit.id) });
      void client.invalidateQueries({ queryKey: orgUnitKeys.all });
      message.success(t('orgUnits.deleted', { name: unit.name }));
      onDeleted();
    },
    onError: (error) => setDeleteError(error),
  });

  const confirmDelete = () => {
    setDeleteError(null);
    modal.confirm({
      title: t('orgUnits.deleteConfirm', { name: unit.name }),
      content: t('orgUnits.deleteHint'),
      okText: t('action.delete', { ns: 'common' }),
      cancelText: t('action.cancel', { ns: 'common' }),
      onOk: () => remove.mutateAsync().catch(() => undefined),
    });
  };

  const headcounts = [...unit.headcounts].sort((a, b) => b.year - a.year);

  return (
    <Flex vertical gap={12}>
      <div>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {unit.name}
        </Typography.Title>
        <Flex gap={6} wrap style={{ marginTop: 6 }}>
          <Tag>{t(`orgUnitKind.${unit.kind}`, { ns: 'common' })}</Tag>
          {ended ? <Tag>{unit.successorId ? t('orgUnits.merged') : t('orgUnits.ended')}</Tag> : null}
        </Flex>
      </div>
      {canWrite ? (
        <Flex gap={8} wrap>
          <Button icon={<EditOutlined aria-hidden />} onClick={() => onEdit(unit)}>
            {t('orgUnits.edit')}
          </Button>
          <Button icon={<DeleteOutlined aria-hidden />} onClick={confirmDelete} loading={remove.isPending}>
            {t('orgUnits.delete')}
          </Button>
        </Flex>
      ) : null}
      {deleteError ? (
        <Alert type="error" showIcon role="alert" title={t('orgUnits.deleteRefused')} description={errorMessage(deleteError)} />
      ) : null}
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'code', label: t('orgUnits.code'), children: unit.code ?? t('orgUnits.none') },
          { key: 'kind', label: t('orgUnits.kind'), children: t(`orgUnitKind.${unit.kind}`, { ns: 'common' }) },
          {
            key: 'parent',
            label: t('orgUnits.parent'),
            children: unit.parentId ? <Link to={unitHref(unit.parentId)}>{parent.data?.name ?? '…'}</Link> : t('orgUnits.none'),
          },
          { key: 'validity', label: t('orgUnits.validity'), children: <ValidityText unit={unit} always /> },
        ]}
      />
      <section>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('orgUnits.headcounts')}
        </Typography.Title>
        {headcounts.length > 0 ? (
          <Table
            aria-label={t('orgUnits.headcountsLabel')}
            size="small"
            pagination={false}
            rowKey="year"
            dataSource={headcounts}
            columns={[
              { key: 'year', title: t('orgUnits.year'), dataIndex: 'year' },
              {
                key: 'officials',
                title: t('orgUnits.officials'),
                dataIndex: 'officials',
                align: 'right',
                className: 'num',
                render: (value: number) => formatNumber(value, i18n.language),
              },
            ]}
          />
        ) : (
          <Typography.Paragraph>{t('orgUnits.noHeadcounts')}</Typography.Paragraph>
        )}
      </section>
      <section>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('orgUnits.lineage')}
        </Typography.Title>
        <Lineage unit={unit} unitHref={unitHref} />
      </section>
      <UnitTasks unitId={unit.id} unitName={unit.name} />
    </Flex>
  );
}

interface LineageEvent {
  key: string;
  date: string | null;
  content: ReactNode;
  color: string;
}

/** The 2025 mergers around a unit: the units merged into it, then where it went, in order of date. */
function Lineage({ unit, unitHref }: { unit: OrgUnit; unitHref: (id: string) => string }) {
  const { t } = useTranslation('admin');
  const successor = useOrgUnit(unit.successorId);
  const predecessors = useQuery({
    queryKey: orgUnitKeys.predecessors(unit.id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/org-units', { params: { query: { successorId: unit.id, size: 500, sort: 'name' } } })),
  });

  return (
    <QueryState query={predecessors} skeletonRows={2}>
      {(page) => {
        const events: LineageEvent[] = page.items.map((predecessor) => {
          const date = predecessor.validTo ? dayAfter(predecessor.validTo) : null;
          return {
            key: `from-${predecessor.id}`,
            date,
            color: 'blue',
            content: (
              <Trans
                t={t}
                i18nKey={date ? 'orgUnits.mergedFrom' : 'orgUnits.mergedFromUndated'}
                values={{ name: predecessor.name, date: formatDate(date) }}
                components={{ unit: <Link to={unitHref(predecessor.id)} style={{ textDecoration: 'underline' }} /> }}
              />
            ),
          };
        });
        if (unit.validFrom) {
          events.push({ key: 'start', date: unit.validFrom, color: 'green', content: t('orgUnits.startedOn', { date: formatDate(unit.validFrom) }) });
        }
        if (unit.successorId) {
          const date = unit.validTo ? dayAfter(unit.validTo) : null;
          events.push({
            key: 'into',
            date,
            color: 'gray',
            content: (
              <Trans
                t={t}
                i18nKey={date ? 'orgUnits.mergedInto' : 'orgUnits.mergedIntoUndated'}
                values={{ name: successor.data?.name ?? '…', date: formatDate(date) }}
                components={{ unit: <Link to={unitHref(unit.successorId)} style={{ textDecoration: 'underline' }} /> }}
              />
            ),
          });
        } else if (unit.validTo) {
          events.push({ key: 'end', date: dayAfter(unit.validTo), color: 'gray', content: t('orgUnits.endedOn', { date: formatDate(unit.validTo) }) });
        }
        if (events.length === 0) return <Typography.Paragraph>{t('orgUnits.noLineage')}</Typography.Paragraph>;
        const ordered = events
          .map((event, index) => ({ event, index }))
          .sort((a, b) => (a.event.date ?? '9999').localeCompare(b.event.date ?? '9999') || a.index - b.index)
          .map(({ event }) => event);
        return (
          <Timeline
            items={ordered.map((event) => ({
              key: event.key,
              color: event.color,
              content: <span data-testid="lineage-event">{event.content}</span>,
            }))}
          />
        );
      }}
    </QueryState>
  );
}
