import type { FormInstance } from 'antd';
import { fieldPath, ProblemError } from './problem';

/**
 * Puts a 400 problem's `violations` onto the form's fields (the server words them in the UI's
 * language). Returns the violations no field of the form shows, for an alert above the form.
 */
export function applyViolations(form: FormInstance, error: unknown, fieldNames?: string[][]): string[] {
  if (!(error instanceof ProblemError) || error.violations.length === 0) return [];
  const known = fieldNames?.map((name) => name.join('.'));
  const unshown: string[] = [];
  const fields = error.violations.flatMap((violation) => {
    const name = fieldPath(violation.field);
    if (name.length === 0 || (known && !known.includes(name.join('.')) && !known.includes(String(name[0])))) {
      unshown.push(violation.message);
      return [];
    }
    return [{ name, errors: [violation.message] }];
  });
  form.setFields(fields);
  return unshown;
}

/**
 * Brings the first field that shows an error into the middle of the screen and puts the cursor in
 * it, so a save that failed on a field far from its button is seen at once. False when no field
 * shows an error.
 */
export function scrollToFirstError(form: FormInstance): boolean {
  const first = form.getFieldsError().find((field) => field.errors.length > 0);
  if (!first) return false;
  form.scrollToField(first.name, { block: 'center' });
  form.focusField(first.name);
  return true;
}
