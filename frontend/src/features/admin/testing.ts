import { fireEvent, screen, waitFor, within } from '@testing-library/react';

/*
 * Queries for the admin pages' tests. Role queries compute styles for every node, which takes
 * seconds over antd trees in jsdom; these find the same elements by their visible text or label.
 */

/** The button showing exactly this text (its icon hidden from assistive technology). */
export function button(name: string, container: HTMLElement = document.body): HTMLButtonElement {
  const matches = within(container)
    .getAllByText(name)
    .map((element) => element.closest('button'))
    .filter((element): element is HTMLButtonElement => element !== null);
  if (matches.length !== 1) throw new Error(`Expected one button "${name}", found ${matches.length}`);
  return matches[0];
}

export async function findButton(name: string, container: HTMLElement = document.body): Promise<HTMLButtonElement> {
  let found: HTMLButtonElement | undefined;
  await waitFor(() => {
    found = button(name, container);
  });
  return found!;
}

/** The last open dialog (antd modals and drawers). */
export async function findDialog(title?: string): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await waitFor(() => {
    const dialogs = Array.from(document.querySelectorAll<HTMLElement>('[role="dialog"]')).filter(
      (dialog) => !title || dialog.textContent?.includes(title),
    );
    if (dialogs.length === 0) throw new Error(`No dialog${title ? ` "${title}"` : ''}`);
    found = dialogs.at(-1);
  });
  return found!;
}

/** Types into an antd input at once (one change event). */
export function fill(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}

/** Opens an antd Select by its label and picks the option showing `option`. */
export async function choose(label: string, option: string, container: HTMLElement = document.body) {
  fireEvent.mouseDown(within(container).getByLabelText(label));
  const choice = await waitFor(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-select-item-option')).find(
      (element) => element.getAttribute('title') === option || element.textContent === option,
    );
    if (!found) throw new Error(`No option "${option}"`);
    return found;
  });
  fireEvent.click(choice);
}

/** Types into a searchable antd Select (a unit or account picker) and picks the option that appears. */
export async function search(label: string, text: string, option: string, container: HTMLElement = document.body) {
  const input = within(container).getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: text } });
  const choice = await waitFor(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('.ant-select-item-option')).find(
      (element) => element.textContent === option,
    );
    if (!found) throw new Error(`No option "${option}"`);
    return found;
  });
  fireEvent.click(choice);
}

export { screen };
