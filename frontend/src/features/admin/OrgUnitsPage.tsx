import { useEffect, useMemo, useRef, useState, type ComponentRef, type Key } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Col, DatePicker, Drawer, Flex, Grid, Input, Row, Select, Spin, Switch, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAddressText } from '@/lib/useAddressText';
import { useMe } from '@/lib/auth';
import { DATE_FORMAT, formatNumber } from '@/lib/format';
import { registerMessages } from '@/lib/i18n';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { ORG_UNIT_KINDS, orgUnitKeys, type OrgUnit, type OrgUnitKind, type OrgUnitQuery } from './keys';
import { OrgUnitDetails } from './OrgUnitDetails';
import { OrgUnitFormModal } from './OrgUnitForm';
import { loadAllUnits, useUrlParams, ValidityText } from './shared';
import { ancestorIds, buildTree, hasEnded, parentKeys, todayIso, type UnitNode } from './tree';
import messages from './locales';

registerMessages('admin', messages);

function isKind(value: string | null): value is OrgUnitKind {
  return value !== null && (ORG_UNIT_KINDS as string[]).includes(value);
}

function isIsoDay(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value).isValid();
}

/** One line of the tree: name, code, kind, active period, and whether it has ended (in words). */
function UnitTitle({ unit, today }: { unit: OrgUnit; today: string }) {
  const { t } = useTranslation('admin');
  const ended = hasEnded(unit, today);
  return (
    <Flex gap={6} wrap align="center" style={{ paddingBlock: 2 }}>
      <Typography.Text strong={!ended}>{unit.name}</Typography.Text>
      {unit.code ? <Typography.Text code>{unit.code}</Typography.Text> : null}
      <Tag style={{ marginInlineEnd: 0 }}>{t(`orgUnitKind.${unit.kind}`, { ns: 'common' })}</Tag>
      <ValidityText unit={unit} />
      {ended ? <Tag color="default">{unit.successorId ? t('orgUnits.merged') : t('orgUnits.ended')}</Tag> : null}
    </Flex>
  );
}

function toDataNodes(nodes: UnitNode[], today: string): DataNode[] {
  return nodes.map((node) => ({
    key: node.key,
    title: <UnitTitle unit={node.unit} today={today} />,
    isLeaf: node.children.length === 0,
    children: node.children.length > 0 ? toDataNodes(node.children, today) : undefined,
  }));
}

export default function OrgUnitsPage() {
  const { t, i18n } = useTranslation('admin');
  const me = useMe();
  const isAdmin = me.data?.role === 'ADMIN';
  const screens = Grid.useBreakpoint();
  const wide = Boolean(screens.lg);
  const [params, update] = useUrlParams();
  const today = todayIso();

  const q = params.get('q')?.trim() ?? '';
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : undefined;
  const showAll = params.get('all') === '1';
  const validOnParam = params.get('validOn');
  const validOn = showAll ? undefined : isIsoDay(validOnParam) ? validOnParam : today;
  const selectedId = params.get('unit');
  const filters: Pick<OrgUnitQuery, 'q' | 'kind' | 'validOn'> = { q: q || undefined, kind, validOn };

  const [text, setText] = useAddressText(q);

  const units = useQuery({
    queryKey: orgUnitKeys.tree(filters),
    queryFn: () => loadAllUnits(filters),
    placeholderData: keepPreviousData,
  });

  const { roots, byId } = useMemo(() => {
    const list = units.data ?? [];
    return { roots: buildTree(list), byId: new Map(list.map((unit) => [unit.id, unit])) };
  }, [units.data]);
  const treeData = useMemo(() => toDataNodes(roots, today), [roots, today]);

  // Opened nodes: the roots (or everything for a search or a kind), plus the way down to the selected unit.
  const filtered = Boolean(q || kind);
  const defaultExpanded = useMemo(
    () => (filtered ? parentKeys(roots) : roots.filter((root) => root.children.length > 0).map((root) => root.key)),
    [roots, filtered],
  );
  const [expanded, setExpanded] = useState<{ for: unknown; keys: Key[] }>({ for: null, keys: [] });
  const expandedKeys = expanded.for === roots ? expanded.keys : defaultExpanded;
  const [revealed, setRevealed] = useState<{ unit: string | null; roots: unknown }>({ unit: null, roots: null });
  if (selectedId && byId.has(selectedId) && (revealed.unit !== selectedId || revealed.roots !== roots)) {
    setRevealed({ unit: selectedId, roots });
    const missing = ancestorIds(selectedId, byId).filter((id) => !expandedKeys.includes(id));
    if (missing.length > 0) setExpanded({ for: roots, keys: [...expandedKeys, ...missing] });
  }

  const treeRef = useRef<ComponentRef<typeof Tree>>(null);
  // Brings the selected unit into view when it is chosen elsewhere (a link, the address), not on every expand.
  useEffect(() => {
    if (selectedId && byId.has(selectedId)) treeRef.current?.scrollTo({ key: selectedId, align: 'auto' });
  }, [selectedId, byId]);

  const [editing, setEditing] = useState<{ unit: OrgUnit | null } | null>(null);

  const select = (id: string | null) => update({ unit: id });

  const filtersBar = (
    <Flex gap={12} wrap align="flex-end" style={{ marginBottom: 16 }}>
      <Flex vertical gap={4} style={{ flex: '1 1 260px', minWidth: 0 }}>
        <label htmlFor="ou-search">{t('orgUnits.search')}</label>
        <Input.Search
          id="ou-search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => update({ q: value.trim() || null })}
          allowClear
          enterButton={<Button icon={<SearchOutlined aria-hidden />} aria-label={t('action.search', { ns: 'common' })} />}
        />
      </Flex>
      <Flex vertical gap={4} style={{ flex: '1 1 170px', minWidth: 150, maxWidth: 260 }}>
        <label htmlFor="ou-kind">{t('orgUnits.kind')}</label>
        <Select<OrgUnitKind | ''>
          id="ou-kind"
          value={kind ?? ''}
          onChange={(value) => update({ kind: value || null })}
          options={[
            { value: '', label: t('orgUnits.allKinds') },
            ...ORG_UNIT_KINDS.map((value) => ({ value, label: t(`orgUnitKind.${value}`, { ns: 'common' }) })),
          ]}
        />
      </Flex>
      <Flex vertical gap={4} style={{ flex: '1 1 150px', minWidth: 140, maxWidth: 200 }}>
        <label htmlFor="ou-valid-on">{t('orgUnits.validOn')}</label>
        <DatePicker
          id="ou-valid-on"
          format={DATE_FORMAT}
          allowClear={false}
          disabled={showAll}
          value={validOn ? dayjs(validOn) : null}
          onChange={(value) => update({ validOn: value ? value.format('YYYY-MM-DD') : null })}
        />
      </Flex>
      <Flex gap={8} align="center" style={{ minHeight: 32 }}>
        <Switch id="ou-all" checked={showAll} onChange={(checked) => update({ all: checked ? '1' : null })} />
        <label htmlFor="ou-all">{t('orgUnits.showAll')}</label>
      </Flex>
    </Flex>
  );

  const details = selectedId ? (
    <OrgUnitDetails
      key={selectedId}
      id={selectedId}
      canWrite={isAdmin}
      onEdit={(unit) => setEditing({ unit })}
      onDeleted={() => select(null)}
    />
  ) : null;

  return (
    <>
      <PageHeader
        title={t('orgUnits.title')}
        subtitle={t('orgUnits.subtitle')}
        extra={
          isAdmin ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ unit: null })}>
              {t('orgUnits.create')}
            </Button>
          ) : undefined
        }
      />
      {filtersBar}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" variant="outlined">
            <QueryState query={units} isEmpty={(list) => list.length === 0} emptyText={t('orgUnits.empty')} skeletonRows={8}>
              {(list) => (
                <>
                  <Typography.Paragraph style={{ marginBottom: 8 }} aria-live="polite">
                    {t('orgUnits.count', { n: formatNumber(list.length, i18n.language) })}
                  </Typography.Paragraph>
                  <Spin spinning={units.isFetching && units.isPlaceholderData} description={t('state.loading', { ns: 'common' })}>
                    <Tree
                      ref={treeRef}
                      aria-label={t('orgUnits.treeLabel')}
                      treeData={treeData}
                      virtual
                      height={wide ? 620 : 460}
                      blockNode
                      showLine
                      expandedKeys={expandedKeys}
                      onExpand={(keys) => setExpanded({ for: roots, keys })}
                      selectedKeys={selectedId ? [selectedId] : []}
                      onSelect={(_, info) => select(String(info.node.key))}
                    />
                  </Spin>
                </>
              )}
            </QueryState>
          </Card>
        </Col>
        {wide ? (
          <Col lg={10}>
            <Card size="small" variant="outlined" style={{ position: 'sticky', top: 16 }}>
              {details ?? <Typography.Paragraph style={{ margin: 0 }}>{t('orgUnits.selectHint')}</Typography.Paragraph>}
            </Card>
          </Col>
        ) : null}
      </Row>
      {!wide ? (
        <Drawer
          open={Boolean(selectedId)}
          onClose={() => select(null)}
          title={t('orgUnits.details')}
          size="large"
          placement="right"
          closable={{ 'aria-label': t('orgUnits.closeDetails') }}
          styles={{ wrapper: { maxWidth: '100vw' } }}
        >
          {details}
        </Drawer>
      ) : null}
      {editing ? (
        <OrgUnitFormModal
          unit={editing.unit}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            select(saved.id);
          }}
        />
      ) : null}
    </>
  );
}
