import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUBMISSION_NS } from './i18n';
import type { Submission } from './refs';

/** The five narrative sections of a Vietnamese report, in the order the document writes them. */
export const SECTION_KEYS = ['results', 'shortcomings', 'causes', 'directions', 'recommendations'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The sections, read only: an h2 for the report, an h3 per section. */
export function SubmissionSections({ sections }: { sections: Submission['sections'] }) {
  const { t } = useTranslation(SUBMISSION_NS);
  return (
    <section aria-labelledby="submission-sections">
      <Typography.Title level={2} id="submission-sections" style={{ fontSize: 18 }}>
        {t('sections.title')}
      </Typography.Title>
      {SECTION_KEYS.map((key) => {
        const text = sections?.[key];
        return (
          <div key={key} style={{ marginBottom: 12 }}>
            <Typography.Title level={3} style={{ fontSize: 15, marginBottom: 4 }}>
              {t(`sections.${key}`)}
            </Typography.Title>
            {text ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{text}</Typography.Paragraph>
            ) : (
              <Typography.Paragraph type="secondary" italic style={{ marginBottom: 0 }}>
                {t('sections.empty')}
              </Typography.Paragraph>
            )}
          </div>
        );
      })}
    </section>
  );
}
