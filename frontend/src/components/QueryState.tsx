import type { ReactNode } from 'react';
import { Alert, Button, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '@/lib/problem';

/**
 * The message to show for a failed request, in the UI's language. A problem the common vocabulary
 * knows reads in its words (with the server's detail); any other one (such as `plan-identity-frozen`)
 * reads with the server's own title and detail, which it words in the UI's language.
 */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ProblemError) {
      const kind = error.kind;
      const known = kind ? t(`problem.${kind}`, { defaultValue: '' }) : '';
      const title = error.problem?.title;
      const detail = error.problem?.detail;
      if (known) return detail && kind !== 'stale-version' ? `${known}: ${detail}` : known;
      if (title && detail && detail !== title) return `${title}. ${detail}`;
      return title || detail || t('problem.generic');
    }
    if (error instanceof TypeError) return t('problem.network');
    return t('problem.generic');
  };
}

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert
      type="error"
      showIcon
      title={t('state.error')}
      description={message(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('action.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

interface QueryStateProps<T> {
  query: { data: T | undefined; isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  /** When true the data is shown as "nothing here" instead of `children`. */
  isEmpty?: (data: T) => boolean;
  emptyText?: ReactNode;
  skeletonRows?: number;
  children: (data: T) => ReactNode;
}

/** Loading, error and empty states of one query, written once for every page. */
export function QueryState<T>({ query, isEmpty, emptyText, skeletonRows = 4, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) {
    return <Skeleton active paragraph={{ rows: skeletonRows }} aria-busy="true" aria-label={t('state.loading')} />;
  }
  if (query.isError || query.data === undefined) {
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (isEmpty?.(query.data)) {
    return <Empty description={emptyText ?? t('state.empty')} />;
  }
  return <>{children(query.data)}</>;
}
