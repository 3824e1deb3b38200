import { useEffect, useRef } from 'react';

/** Opening a form moves the keyboard focus to its first field (the report, actual, task and registry forms). */
export const useFocusFirst = () => {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input, textarea, select')?.focus(), []);
  return form;
};
