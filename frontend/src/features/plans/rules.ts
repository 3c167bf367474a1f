import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';

/** The plans' "required" rules, each naming its field in the message (Hãy nhập số, ký hiệu). */
export function useRules() {
  const { t } = useTranslation('plans');
  return {
    /** Text that must be written; blanks do not count. */
    required: (field: string): FormRule => ({ required: true, whitespace: true, message: t('form.required', { field: field.toLowerCase() }) }),
    /** A number that must be written. */
    requiredNumber: (field: string): FormRule => ({ required: true, message: t('form.required', { field: field.toLowerCase() }) }),
    /** A choice that must be made (a select, a picker, a radio). */
    requiredSelect: (field: string): FormRule => ({ required: true, message: t('form.requiredSelect', { field: field.toLowerCase() }) }),
  };
}
