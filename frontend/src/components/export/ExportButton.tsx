import { useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/components/QueryState';
import { registerMessages } from '@/lib/i18n';
import { ProblemError } from '@/lib/problem';
import { fileNameOf } from './fileName';
import messages from './locales';

registerMessages('export', messages);

/** What the generated client answers for an export called with `parseAs: 'blob'`. */
export interface ExportAnswer {
  data?: Blob;
  error?: unknown;
  response: Response;
}

interface ExportButtonProps {
  /**
   * Calls the table's `/export` operation through the generated client with the table's filters,
   * e.g. `() => api.GET('/api/v1/plans/{planId}/completeness/export', { params, parseAs: 'blob' })`.
   */
  request: () => Promise<ExportAnswer>;
  /** The name to save under when the server names none. */
  fallbackName: string;
  /** The button's text; "Xuất Excel" by default. */
  label?: string;
}

/**
 * Downloads a table as the Excel file the server writes, under the name the server gives, through
 * the signed-in API client (so the session and the language go with it). Disabled while the file is
 * being made; a failure is said beside the button in the user's language.
 */
export function ExportButton({ request, fallbackName, label }: ExportButtonProps) {
  const { t } = useTranslation('export');
  const message = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { data, error, response } = await request();
      if (!response.ok || error !== undefined || !data) {
        throw ProblemError.from(response, error);
      }
      save(data, fileNameOf(response.headers.get('Content-Disposition'), fallbackName));
    } catch (failed) {
      setFailure(t('failed', { reason: message(failed) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={4} align="flex-end">
      <Button icon={<DownloadOutlined />} onClick={() => void download()} loading={busy} disabled={busy}>
        {busy ? t('downloading') : (label ?? t('button'))}
      </Button>
      {failure ? (
        <Typography.Text type="danger" role="alert">
          {failure}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** Hands the file to the browser as a download. */
function save(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // the browser has taken the file once the click is handled
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
