import type { ReactNode } from 'react';
import { Button, Flex, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';

interface SectionHeaderProps {
  title: ReactNode;
  addLabel: string;
  /** Opens the form for a new item; no add button without it (for those who only read). */
  onAdd?: () => void;
  /** Controls that stand with the add button (a year picker); null keeps their place. */
  extra?: ReactNode;
}

/** A tab's heading (h2) with its primary add button on the right. */
export function SectionHeader({ title, addLabel, onAdd, extra }: SectionHeaderProps) {
  const add = onAdd ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
      {addLabel}
    </Button>
  ) : null;
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
      <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
        {title}
      </Typography.Title>
      {extra !== undefined ? (
        <Flex gap={8} wrap align="center">
          {extra}
          {add}
        </Flex>
      ) : (
        add
      )}
    </Flex>
  );
}
