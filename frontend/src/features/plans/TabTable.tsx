import { Table } from 'antd';
import type { TableColumnType, TableProps } from 'antd';
import { TOP_ALIGNED, useWide } from './util';

/** A tab's table: small, keyed by id, unpaged, rows read from the top, scrolling sideways on a wide screen. */
export function TabTable<T extends { id: string }>(props: TableProps<T>) {
  const wide = useWide();
  return <Table<T> rowKey="id" size="small" pagination={false} scroll={wide ? { x: true } : undefined} styles={TOP_ALIGNED} {...props} />;
}

/** The ordinal (II.1) in bold, as the plan numbers its tasks and targets. */
export function ordinalColumn<T extends { ordinal: string }>(title: string): TableColumnType<T> {
  return { key: 'ordinal', title, dataIndex: 'ordinal', width: 70, render: (ordinal: string) => <strong>{ordinal}</strong> };
}
