import type { ReactNode } from 'react';
import { Button, Flex, Popconfirm } from 'antd';
import type { TableColumnType } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

interface DeleteButtonProps {
  /** The question asked before deleting. */
  confirm: string;
  /** The button's accessible name. */
  label: string;
  /** The delete; its mutation's own onError tells of a failure. */
  onDelete: () => Promise<unknown>;
}

/** A danger icon button that asks before it deletes (and stays busy until the delete settles). */
export function DeleteButton({ confirm, label, onDelete }: DeleteButtonProps) {
  const { t: tc } = useTranslation();
  return (
    <Popconfirm
      title={confirm}
      okText={tc('action.delete')}
      okButtonProps={{ danger: true }}
      cancelText={tc('action.cancel')}
      onConfirm={() => onDelete().catch(() => undefined)}
    >
      <Button type="text" danger icon={<DeleteOutlined />} aria-label={label} />
    </Popconfirm>
  );
}

interface RowActionsProps {
  /** The edit button's accessible name. */
  editLabel: string;
  onEdit: () => void;
  /** The question asked before deleting. */
  deleteConfirm: string;
  /** The delete button's accessible name. */
  deleteLabel: string;
  onDelete: () => Promise<unknown>;
}

/** A row's edit and delete icon buttons. */
export function RowActions({ editLabel, onEdit, deleteConfirm, deleteLabel, onDelete }: RowActionsProps) {
  return (
    <Flex gap={4}>
      <Button type="text" icon={<EditOutlined />} aria-label={editLabel} onClick={onEdit} />
      <DeleteButton confirm={deleteConfirm} label={deleteLabel} onDelete={onDelete} />
    </Flex>
  );
}

/** The column holding each row's actions (for those who may write). */
export function actionsColumn<T>(title: string, render: (row: T) => ReactNode, width = 96): TableColumnType<T> {
  return { key: 'actions', title, width, render: (_: unknown, row: T) => render(row) };
}
