import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, App, Button, Flex } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { type BlockerFunction, useBlocker } from 'react-router';
import { useMe } from '@/lib/auth';
import { clearDraft, type DraftKey, fromStorable, readDraft, sameValues, type StoredDraft, toStorable, writeDraft } from '@/lib/drafts';
import { formatDateTime } from '@/lib/format';

/** Where the session-expiry handler sends the user: leaving for it is never held up. */
const SIGN_IN = '/signin';
/** How long typing rests before the draft is written (every pause, and at once on leaving). */
const WRITE_DELAY_MS = 400;

/**
 * Warns before the user leaves a page with unsaved changes: a confirm dialog for a move inside the
 * app (react-router's blocker), the browser's own question for a reload or a closed tab. `isDirty`
 * is asked when the move happens, so a save that just succeeded lets the page navigate on at once.
 */
export function useLeaveGuard(isDirty: () => boolean, active: boolean) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      nextLocation.pathname !== SIGN_IN && currentLocation.pathname !== nextLocation.pathname && isDirty(),
    [isDirty],
  );
  const blocker = useBlocker(shouldBlock);
  const current = useRef({ blocker, modal, t });
  current.current = { blocker, modal, t };

  // one dialog per blocked move (the modal API and the blocker change identity as it opens)
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const { modal, t } = current.current;
    const dialog = modal.confirm({
      title: t('unsaved.title'),
      content: t('unsaved.content'),
      okText: t('unsaved.leave'),
      cancelText: t('unsaved.stay'),
      onOk: () => current.current.blocker.proceed?.(),
      onCancel: () => current.current.blocker.reset?.(),
    });
    return () => dialog.destroy();
  }, [blocker.state]);

  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      event.preventDefault();
      // older browsers ask only when a value is set
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active, isDirty]);
}

/**
 * Asks before dropping unsaved changes (closing a form's drawer, cancelling a review); `drop` runs at
 * once when nothing is unsaved, and after the user confirms otherwise.
 */
export function useConfirmDiscard() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return useCallback(
    (dirty: boolean, drop: () => void) => {
      if (!dirty) {
        drop();
        return;
      }
      modal.confirm({
        title: t('unsaved.discardTitle'),
        content: t('unsaved.discardContent'),
        okText: t('unsaved.discard'),
        okButtonProps: { danger: true },
        cancelText: t('unsaved.stay'),
        onOk: drop,
      });
    },
    [modal, t],
  );
}

/** `next` laid over the form's `current` store: keys only `current` has are emptied, lists replaced whole. */
function overlay(next: unknown, current: unknown): unknown {
  if (!isPlain(next) || !isPlain(current)) return next;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(current)) result[key] = key in next ? overlay(next[key], current[key]) : undefined;
  for (const key of Object.keys(next)) if (!(key in current)) result[key] = next[key];
  return result;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

export interface FormDraftOptions<V> {
  form: FormInstance<V>;
  /** The form's name in the draft's key: `submission`, `self-assessment`, `plan` ... */
  name: string;
  /** The record edited (`new` for one not created yet). */
  id: string;
  /** The server version the form's values come from; null for a new record. */
  version: number | null;
  /** The values the server has: what "no changes" means. */
  initial: V;
  /** False while the form is read only or not shown: nothing is kept, offered or guarded. */
  enabled?: boolean;
  /** What else to keep beside the values (the import keeps the document it read). */
  extra?: unknown;
  /** Besides clearing the form, what discarding the draft does (the import drops its document). */
  onDiscard?: () => void;
}

type Notice = { kind: 'restored' | 'outdated'; draft: StoredDraft } | null;

/**
 * A form whose typing is never lost: every pause writes the values to a local draft (the account,
 * the form, the record and its version as the key), the form opens with the draft it finds and says
 * so with an offer to discard it, leaving with unsaved changes asks first, and a successful save
 * clears the draft. The page passes `start` as the form's initialValues and `onValuesChange` to it,
 * shows `notice`, and calls `saved()` after a successful save.
 */
export function useFormDraft<V>({ form, name, id, version, initial, enabled = true, extra, onDiscard }: FormDraftOptions<V>) {
  const me = useMe();
  const account = me.data?.username;
  const key = useMemo<DraftKey | null>(() => (account ? { account, form: name, id } : null), [account, name, id]);
  // the key stays the one of the account that typed, even after an expired session forgot it
  const keyRef = useRef(key);
  if (key) keyRef.current = key;

  const baseline = useRef<unknown>(initial);
  const live = useRef({ enabled, version, extra });
  live.current = { enabled, version, extra };
  const dirtyRef = useRef(false);
  const [dirty, setDirty] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [notice, setNotice] = useState<Notice>(null);

  // what the form opens with: the draft typed on this very version, else the server's values
  const opening = useMemo(() => {
    baseline.current = initial;
    const stored = enabled && key ? readDraft(key) : null;
    if (!stored) return { start: initial, notice: null as Notice };
    if (stored.version === version) {
      return { start: fromStorable(stored.values) as V, notice: { kind: 'restored', draft: stored } as Notice };
    }
    return { start: initial, notice: { kind: 'outdated', draft: stored } as Notice };
    // read once per record and per opening, not again when a save moves the version
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key?.account, key?.form, key?.id, enabled]);

  const mark = (value: boolean) => {
    dirtyRef.current = value;
    setDirty(value);
  };

  useEffect(() => {
    setNotice(opening.notice);
    mark(opening.notice?.kind === 'restored' && !sameValues(opening.start, baseline.current));
  }, [opening]);

  /** Writes the draft now: kept while the values differ from the server's, cleared when they do not. */
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const draftKey = keyRef.current;
    if (!live.current.enabled || !draftKey) return;
    const values = form.getFieldsValue(true);
    const changed = !sameValues(values, baseline.current);
    if (changed) {
      writeDraft(draftKey, { version: live.current.version, savedAt: new Date().toISOString(), values: toStorable(values), extra: live.current.extra });
    } else {
      clearDraft(draftKey);
    }
    if (changed !== dirtyRef.current) mark(changed);
  }, [form]);

  const onValuesChange = useCallback(() => {
    // typing on the current version replaces a draft of an older one that was not taken up
    setNotice((shown) => (shown?.kind === 'outdated' ? null : shown));
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, WRITE_DELAY_MS);
  }, [flush]);

  // leaving (a move, a reload, an expired session's sign-in page) writes what is pending
  useEffect(() => {
    const onPageHide = () => {
      if (timer.current !== undefined) flush();
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      if (timer.current !== undefined) flush();
    };
  }, [flush]);

  // asked at the moment of leaving: typing that has not rested yet counts too
  const isDirty = useCallback(() => {
    if (timer.current !== undefined) flush();
    return dirtyRef.current && live.current.enabled;
  }, [flush]);
  useLeaveGuard(isDirty, enabled);

  /** The save succeeded: the values sent are now the server's, and the draft goes. */
  const saved = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    baseline.current = form.getFieldsValue(true);
    if (keyRef.current) clearDraft(keyRef.current);
    setNotice(null);
    mark(false);
  }, [form]);

  const discard = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (keyRef.current) clearDraft(keyRef.current);
    form.setFieldsValue(overlay(baseline.current, form.getFieldsValue(true)) as never);
    setNotice(null);
    mark(false);
    onDiscard?.();
  }, [form, onDiscard]);

  const restore = useCallback(() => {
    if (notice?.kind !== 'outdated') return;
    form.setFieldsValue(overlay(fromStorable(notice.draft.values), form.getFieldsValue(true)) as never);
    setNotice({ kind: 'restored', draft: notice.draft });
    flush();
  }, [form, notice, flush]);

  const shown = useMemo<ReactNode>(
    () => (enabled && notice ? <DraftNotice kind={notice.kind} savedAt={notice.draft.savedAt} onDiscard={discard} onRestore={restore} /> : null),
    [enabled, notice, discard, restore],
  );

  return { start: opening.start, dirty, notice: shown, onValuesChange, touch: onValuesChange, flush, saved, discard };
}

/**
 * The draft kept for a form and record, read once: a page opens a drawer's form by itself when the
 * user left typing in it, and the import shows again the document it had read.
 */
export function useStoredDraft(name: string, id: string): StoredDraft | null {
  const account = useMe().data?.username;
  return useMemo(() => (account ? readDraft({ account, form: name, id }) : null), [account, name, id]);
}

interface DraftNoticeProps {
  kind: 'restored' | 'outdated';
  savedAt: string;
  onDiscard: () => void;
  onRestore: () => void;
}

/** Says a local draft was put back (or is waiting, when the record changed since) and offers to drop it. */
export function DraftNotice({ kind, savedAt, onDiscard, onRestore }: DraftNoticeProps) {
  const { t } = useTranslation();
  const at = formatDateTime(savedAt);
  return (
    <Alert
      type={kind === 'restored' ? 'info' : 'warning'}
      showIcon
      role="status"
      data-testid="draft-notice"
      style={{ marginBottom: 16 }}
      title={kind === 'restored' ? t('draft.restoredTitle') : t('draft.outdatedTitle')}
      description={kind === 'restored' ? t('draft.restored', { at }) : t('draft.outdated', { at })}
      action={
        <Flex vertical gap={4}>
          {kind === 'outdated' ? (
            <Button size="small" type="primary" onClick={onRestore}>
              {t('draft.restore')}
            </Button>
          ) : null}
          <Button size="small" onClick={onDiscard}>
            {t('draft.discard')}
          </Button>
        </Flex>
      }
    />
  );
}
