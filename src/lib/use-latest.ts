import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref holding what the last committed render passed in: for handlers that must keep their
 * identity (so memoised children do not re-render) yet act on the latest props.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
