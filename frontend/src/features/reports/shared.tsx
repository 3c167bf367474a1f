import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Segmented } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '@/lib/api';
import { PageHeader } from '@/components/PageHeader';
import { reportKeys } from './keys';

export const PAGE_SIZES = [20, 50, 100, 200, 500];
/** Above this many rows on a page the tables render only the rows in view. */
export const VIRTUAL_FROM = 100;

/** A row of a report's unit list: the unit, its kind and, once it has one, its submission. */
interface UnitRow {
  unitName: string;
  unitKind: string;
  submissionId?: string | null;
  /** A RATING target's row: the final assessment that counts. */
  assessmentId?: string | null;
}

interface UnitColumnLabels {
  unit: string;
  kind: string;
  /** The link's title naming the unit whose submission it opens. */
  openSubmission: (unit: string) => string;
  /** The same for a RATING target's row, which opens the unit's assessment. */
  openAssessment?: (unit: string) => string;
}

/**
 * The first columns of every unit list in the reports: the unit's name, a link to its submission
 * when it has one, and (not on a phone) its kind.
 */
export function unitColumns<T extends UnitRow>(
  labels: UnitColumnLabels,
  kindLabel: (kind: string) => string,
  phone: boolean,
): TableColumnsType<T> {
  const name: TableColumnsType<T>[number] = {
    key: 'unit',
    title: labels.unit,
    dataIndex: 'unitName',
    width: phone ? 170 : 330,
    render: (unitName: string, row) =>
      row.assessmentId ? (
        <Link to={`/assessments/${row.assessmentId}`} title={(labels.openAssessment ?? labels.openSubmission)(unitName)}>
          {unitName}
        </Link>
      ) : row.submissionId ? (
        <Link to={`/submissions/${row.submissionId}`} title={labels.openSubmission(unitName)}>
          {unitName}
        </Link>
      ) : (
        unitName
      ),
  };
  if (phone) return [name];
  return [name, { key: 'kind', title: labels.kind, dataIndex: 'unitKind', width: 175, render: kindLabel }];
}

export function usePlan(planId: string) {
  return useQuery({
    queryKey: reportKeys.plan(planId),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}', { params: { path: { planId } } })),
    enabled: Boolean(planId),
  });
}

/**
 * The search parameters of the page as state: `set({ period: 'p1', page: null })` keeps the others,
 * removes those set to null or '' and adds a history entry, so a link reproduces the view.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (changes: Record<string, string | number | null | undefined>) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes)) {
          if (value === null || value === undefined || value === '') next.delete(name);
          else next.set(name, String(value));
        }
        return next;
      });
    },
    [setParams],
  );
  return [params, set] as const;
}

/** The search string of the current address with `changes` applied, for links that select something. */
export function withParams(params: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) next.delete(name);
    else next.set(name, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

/** The 1-based page of the address (`page=2`), 1 when absent or wrong. */
export function pageOf(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function sizeOf(params: URLSearchParams, fallback: number): number {
  const size = Number(params.get('size'));
  return PAGE_SIZES.includes(size) ? size : fallback;
}

interface ReportHeaderProps {
  planId: string;
  current: 'completeness' | 'attainment';
  title: string;
}

/** The heading of both reports: the plan they belong to, a way back to it and a switch between them. */
export function ReportHeader({ planId, current, title }: ReportHeaderProps) {
  const { t } = useTranslation('reports');
  const navigate = useNavigate();
  const plan = usePlan(planId);
  const reference = plan.data?.reference;
  return (
    <PageHeader
      breadcrumb={
        <Link to={`/plans/${planId}`} style={{ display: 'inline-block', marginBottom: 8 }}>
          <ArrowLeftOutlined aria-hidden /> {reference ? t('backToPlan', { reference }) : t('backToPlanUntitled')}
        </Link>
      }
      title={title}
      subtitle={plan.data ? (reference ? t('planLine', { reference, title: plan.data.title }) : plan.data.title) : undefined}
      extra={
        <Segmented<'completeness' | 'attainment'>
          aria-label={t('switch.label')}
          value={current}
          onChange={(value) => navigate(`/plans/${planId}/${value}`)}
          options={[
            { value: 'completeness', label: t('switch.completeness') },
            { value: 'attainment', label: t('switch.attainment') },
          ]}
        />
      }
    />
  );
}

/**
 * A unit list paged by the server, its page and size kept in the address (the first page and the
 * default size left out, so the plain link stays plain): the current page and size for the query, and
 * the table's pagination for the total the server counted.
 */
export function useUrlPaging(defaultSize: number) {
  const { t } = useTranslation();
  const [params, set] = useUrlState();
  const page = pageOf(params);
  const size = sizeOf(params, defaultSize);
  const tablePaging = (total: number) => ({
    pagination: {
      current: page,
      pageSize: size,
      total,
      showSizeChanger: true,
      pageSizeOptions: PAGE_SIZES,
      hideOnSinglePage: total <= PAGE_SIZES[0],
      showTotal: (all: number, range: [number, number]) => t('table.range', { from: range[0], to: range[1], total: all }),
    } satisfies TablePaginationConfig,
    onChange: (pagination: TablePaginationConfig) => {
      const nextSize = pagination.pageSize ?? size;
      const nextPage = nextSize !== size ? 1 : (pagination.current ?? 1);
      set({ page: nextPage === 1 ? null : nextPage, size: nextSize === defaultSize ? null : nextSize });
    },
  });
  return { page, size, tablePaging };
}
