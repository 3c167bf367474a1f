import { Alert, Button } from 'antd';
import { ErrorAlert } from '@/components/QueryState';

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
 * What went wrong with saving an edit form, above the form: a stale version with a reload button,
 * the failure in the UI's words, and the violations that belong to no field. Written once for the
 * report form, the self-assessment and the appraisal.
 */
export function SaveProblems({ stale, onReload, reloading, failure, unshown, labels }: SaveProblemsProps) {
  return (
    <>
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
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={failure} />
        </div>
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
    </>
  );
}
