import { useState } from 'react';

/**
 * What is typed into a search box whose value lives in the address (`?q=`): the user's own while
 * typing, and the address's again whenever that changes (back, a link, a reset of the filters).
 */
export function useAddressText(value: string): [string, (text: string) => void] {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  return [text, setText];
}
