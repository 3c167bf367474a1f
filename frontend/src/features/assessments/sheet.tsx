import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { FormRule } from 'antd';
import { SaveProblems } from '@/components/SaveProblems';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { Node } from './scoring';

/** A criterion's code, title and maximum for the unit's kind; "not applicable" said in words. */
export function CriterionTitle({ node, points }: { node: Node; points?: number }) {
  const { t, i18n } = useTranslation('assessments');
  const lang = i18n.language;
  const { criterion } = node;
  const heading = (
    <Typography.Text strong={!node.leaf} type={node.applicable ? undefined : 'secondary'}>
      {criterion.code}. {criterion.title}
    </Typography.Text>
  );
  return (
    <Flex justify="space-between" align="baseline" gap={8} wrap>
      <div style={{ flex: '1 1 280px', minWidth: 0 }}>{heading}</div>
      {!node.applicable ? (
        <Tooltip title={t('sheet.notApplicableHint')}>
          <Tag data-testid={`na-${criterion.code}`}>{t('sheet.notApplicable')}</Tag>
        </Tooltip>
      ) : node.leaf ? (
        <Typography.Text type="secondary" className="num">
          {t('sheet.maxOf', { max: formatNumber(node.max, lang) })}
        </Typography.Text>
      ) : (
        <Typography.Text strong className="num" data-testid={`group-${criterion.code}`}>
          {t('sheet.groupTotal', { points: formatNumber(points ?? 0, lang), max: formatNumber(node.max, lang) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Indentation and a rule above each top-level group. */
export function rowStyle(node: Node): React.CSSProperties {
  return {
    paddingInlineStart: node.depth * 16,
    paddingBlock: 10,
    borderTop: node.depth === 0 ? '2px solid #f0f0f0' : '1px solid #f5f5f5',
    background: node.leaf ? undefined : '#fafafa',
  };
}

/**
 * Points from 0 to `max`, checked and said at the field: a score above the maximum is an error the
 * user sees ("Điểm tối đa là 6"), never silently cut down to it (the inputs set no `max`).
 */
export function usePointsRule(): (max: number) => FormRule {
  const { t, i18n } = useTranslation('assessments');
  return (max) => ({
    validator(_, value: number | null | undefined) {
      if (value === null || value === undefined) return Promise.resolve();
      if (value < 0) return Promise.reject(new Error(t('sheet.pointsNegative')));
      if (value > max) return Promise.reject(new Error(t('sheet.pointsMax', { max: formatNumber(max, i18n.language) })));
      return Promise.resolve();
    },
  });
}

interface SheetSaveProblemsProps {
  stale: boolean;
  onReload: () => void;
  failure: unknown;
  unshown: string[];
}

/** Why a score sheet or an appraisal was not saved, beside its save button, in the sheets' words. */
export function SheetSaveProblems(props: SheetSaveProblemsProps) {
  const { t } = useTranslation('assessments');
  return <SaveProblems {...props} labels={{ staleTitle: t('sheet.staleTitle'), stale: t('sheet.stale'), reload: t('sheet.reload') }} />;
}
