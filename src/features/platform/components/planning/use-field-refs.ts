import { useRef } from 'react';
import type { ChoiceKey } from './planning-request';

/** Where each choice's control is, so Save can take the person to the first one to fix. */
export function useFieldRefs() {
  const refs = useRef(new Map<ChoiceKey, HTMLElement>());
  return {
    register: (key: ChoiceKey) => (element: HTMLElement | null) => {
      if (element) refs.current.set(key, element);
      else refs.current.delete(key);
    },
    focus: (key: ChoiceKey) => refs.current.get(key)?.focus(),
  };
}

export type FieldRefs = ReturnType<typeof useFieldRefs>;
