import { Button, Popconfirm, Table, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '@/lib/format';
import { SUBMISSION_NS } from './i18n';
import { attachmentHref } from './queries';
import type { Attachment } from './refs';

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

/** The short name of a recognised media type: PDF, Word (DOCX), ... */
export function mediaTypeName(mediaType: string): string {
  return TYPE_NAMES[mediaType] ?? mediaType;
}

interface AttachmentListProps {
  submissionId: string;
  attachments: Attachment[];
  /** When given, each file gets a delete button (the submission is still editable). */
  onDelete?: (attachment: Attachment) => Promise<unknown>;
  deletingId?: string | null;
  /** Where a file downloads from, for files that are not a submission's (a task assignment's evidence). */
  hrefOf?: (fileId: string) => string;
}

/** The evidence files of a submission (or, with `hrefOf`, of a task assignment) with their download links. */
export function AttachmentList({ submissionId, attachments, onDelete, deletingId, hrefOf }: AttachmentListProps) {
  const { t, i18n } = useTranslation(SUBMISSION_NS);
  const href = (fileId: string) => (hrefOf ? hrefOf(fileId) : attachmentHref(submissionId, fileId));
  const { t: tc } = useTranslation();
  if (attachments.length === 0) {
    return <Typography.Paragraph type="secondary">{t('attachments.empty')}</Typography.Paragraph>;
  }
  return (
    <Table<Attachment>
      aria-label={t('attachments.tableLabel')}
      size="small"
      rowKey="id"
      pagination={false}
      scroll={{ x: true }}
      dataSource={attachments}
      columns={[
        {
          key: 'name',
          title: t('attachments.name'),
          render: (_, file) => (
            <a href={href(file.id)} download={file.fileName}>
              {file.fileName}
            </a>
          ),
        },
        { key: 'type', title: t('attachments.type'), render: (_, file) => mediaTypeName(file.mediaType) },
        {
          key: 'size',
          title: t('attachments.size'),
          className: 'num',
          render: (_, file) => formatBytes(file.sizeBytes, i18n.language),
        },
        {
          key: 'createdAt',
          title: t('attachments.uploadedAt'),
          render: (_, file) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(file.createdAt)}</span>,
        },
        {
          key: 'actions',
          title: t('attachments.actions'),
          render: (_, file) => (
            <span style={{ display: 'inline-flex', gap: 4 }}>
              <Button
                type="text"
                size="small"
                icon={<DownloadOutlined />}
                href={href(file.id)}
                download={file.fileName}
                aria-label={t('attachments.downloadNamed', { name: file.fileName })}
              />
              {onDelete ? (
                <Popconfirm
                  title={t('attachments.confirmDelete', { name: file.fileName })}
                  okText={tc('action.delete')}
                  cancelText={tc('action.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => onDelete(file)}
                >
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    loading={deletingId === file.id}
                    aria-label={t('attachments.deleteNamed', { name: file.fileName })}
                  />
                </Popconfirm>
              ) : null}
            </span>
          ),
        },
      ]}
    />
  );
}
