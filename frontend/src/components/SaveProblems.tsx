import { useEffect, useRef } from 'react';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/components/QueryState';

interface SaveProblemsProps {
  /** Someone saved first (412): the form offers to load their version. */
  stale: boolean;
  onReload: () => void;
  reloading?: boolean;
  /** The failure of the last save or action that is neither of the others, if any. */
  failure: unknown;
  /** The server's violations that no field of the form shows. */
  unshown: string[];
  labels: {
    staleTitle: string;
    stale: string;
    reload: string;
    /** Heads the unshown violations; without it they are the alert's title themselves. */
    invalidTitle?: string;
  };
}

/**
 * Brings a block into view when `shown` turns true: an error put beside the save button is seen even
 * when the button was pressed from a sticky bar far below it. With `unlessAField`, a field already
 * showing an error keeps the screen (the form scrolled there: that is where the fix is).
 */
export function useScrollIntoView<E extends HTMLElement>(shown: boolean, unlessAField = false) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (!shown) return;
    if (unlessAField && document.querySelector('.ant-form-item-has-error')) return;
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);
  return ref;
}

/**
 * What went wrong with saving an edit form, placed beside its save button: a stale version with a
 * reload button, the failure in the UI's words, and the violations that belong to no field; it
 * scrolls into view when it appears. Written once for the report form, the self-assessment and the
 * appraisal.
 */
export function SaveProblems({ stale, onReload, reloading, failure, unshown, labels }: SaveProblemsProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const ref = useScrollIntoView<HTMLDivElement>(stale || Boolean(failure) || unshown.length > 0, !stale && !failure);
  return (
    <div ref={ref} data-testid="save-problems">
      {stale ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={labels.staleTitle}
          description={labels.stale}
          action={
            <Button size="small" onClick={onReload} loading={reloading}>
              {labels.reload}
            </Button>
          }
        />
      ) : null}
      {failure ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={t('saveFailed.title')} description={errorMessage(failure)} />
      ) : null}
      {unshown.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={labels.invalidTitle ?? unshown.join(' · ')}
          description={labels.invalidTitle ? unshown.join(' ') : undefined}
        />
      ) : null}
    </div>
  );
}
