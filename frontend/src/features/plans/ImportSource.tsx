import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SourceSpan } from './importDraft';

interface SourceChoice {
  /** A field was focused or clicked: its source stays highlighted. */
  select: (span: SourceSpan | null) => void;
  /** The pointer is over a field (null when it left): its source is highlighted meanwhile. */
  hover: (span: SourceSpan | null) => void;
}

export const SourceContextValue = createContext<SourceChoice>({ select: () => {}, hover: () => {} });
export const SourceProvider = SourceContextValue.Provider;

interface SourcedProps {
  /** Where the value was read; undefined when it was not read from the text (typed by the user). */
  span: SourceSpan | null | undefined;
  /** For a list of plain texts: the source of the field the event came from. */
  resolve?: (target: EventTarget) => SourceSpan | null;
  children: ReactNode;
}

/** A part of the draft form whose source is highlighted in the text when it is focused, clicked or pointed at. */
export function Sourced({ span, resolve, children }: SourcedProps) {
  const { select, hover } = useContext(SourceContextValue);
  const find = (target: EventTarget) => (resolve ? resolve(target) : (span ?? null));
  return (
    <div
      onFocusCapture={(event) => select(find(event.target))}
      onClickCapture={(event) => select(find(event.target))}
      onMouseEnter={resolve ? undefined : () => hover(span ?? null)}
      onMouseLeave={resolve ? undefined : () => hover(null)}
    >
      {children}
    </div>
  );
}

interface ImportSourceProps {
  text: string;
  /** The passage to highlight and scroll to. */
  span: SourceSpan | null;
  /** Whether a field is selected at all (to say when it has no source). */
  selected: boolean;
  height: string;
}

/** The text the server read, with the passage of the chosen field marked and scrolled into view. */
export function ImportSource({ text, span, selected, height }: ImportSourceProps) {
  const { t } = useTranslation('plans');
  const box = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);
  const valid = span && span.start >= 0 && span.end <= text.length && span.start <= span.end ? span : null;

  useEffect(() => {
    const container = box.current;
    const passage = mark.current;
    if (!container || !passage) return;
    // the text scrolls in its own box, the page stays where the user is
    container.scrollTop = Math.max(0, passage.offsetTop - container.clientHeight / 3);
  }, [valid?.start, valid?.end]);

  return (
    <div>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('import.source')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} aria-live="polite">
        {selected && !valid ? t('import.noSource') : t('import.sourceHelp')}
      </Typography.Paragraph>
      <div
        ref={box}
        // a scrolling region is reachable from the keyboard
        tabIndex={0}
        role="region"
        aria-label={t('import.source')}
        className="import-source"
        style={{
          position: 'relative',
          height,
          overflow: 'auto',
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          fontSize: 13,
          lineHeight: 1.6,
          padding: 12,
          border: '1px solid #d9d9d9',
          borderRadius: 8,
          background: '#fff',
        }}
      >
        {valid ? (
          <>
            {text.slice(0, valid.start)}
            <mark ref={mark} style={{ background: '#ffe58f', padding: '1px 0', outline: '2px solid #faad14' }}>
              {text.slice(valid.start, valid.end)}
            </mark>
            {text.slice(valid.end)}
          </>
        ) : (
          text
        )}
      </div>
    </div>
  );
}
