import { useState } from 'react';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useListControls } from './use-list-controls';

interface Params {
  page: number;
  pageSize: number;
  colours?: string[];
}

function useThings() {
  const [params, setParams] = useState<Params>({ page: 3, pageSize: 25, colours: ['red'] });
  return useListControls(params, setParams);
}

describe('useListControls', () => {
  it('toggles a multi-select against what it showed, on the latest state, from the first page', () => {
    const { result } = renderHook(useThings);
    const shown = result.current;
    act(() => {
      // Two ticks before the menu re-renders: both times it still shows only "red".
      shown.toggle('colours', ['red', 'blue']);
      shown.toggle('colours', ['red', 'green']);
    });
    expect(result.current.params).toEqual({
      page: 1,
      pageSize: 25,
      colours: ['red', 'blue', 'green'],
    });

    act(() => result.current.toggle('colours', ['blue', 'green']));
    expect(result.current.params.colours).toEqual(['blue', 'green']);
    act(() => result.current.toggle('colours', []));
    expect(result.current.params).toEqual({ page: 1, pageSize: 25, colours: undefined });
  });
});
