import { matchQuery, QueryClient } from '@tanstack/react-query';
import { queryKeysFactory } from './query-keys';

const keys = queryKeysFactory<'things', { page: number }>('things');

describe('queryKeysFactory', () => {
  it('builds the one hierarchy: all ⊃ lists ⊃ list, all ⊃ details ⊃ detail', () => {
    expect(keys.all).toEqual(['things']);
    expect(keys.lists()).toEqual(['things', 'list']);
    expect(keys.list({ page: 2 })).toEqual(['things', 'list', { page: 2 }]);
    expect(keys.details()).toEqual(['things', 'detail']);
    expect(keys.detail('t-1')).toEqual(['things', 'detail', 't-1']);
  });

  it('lets a mutation invalidate exactly the prefix it changed', async () => {
    const client = new QueryClient();
    for (const key of [keys.list({ page: 1 }), keys.detail('t-1'), keys.detail('t-2')])
      client.setQueryData(key, 'data');
    await client.invalidateQueries({ queryKey: keys.lists() });
    const invalidated = client
      .getQueryCache()
      .findAll()
      .filter((q) => q.state.isInvalidated)
      .map((q) => q.queryKey);
    expect(invalidated).toEqual([keys.list({ page: 1 })]);
    const detail = client.getQueryCache().find({ queryKey: keys.detail('t-2') });
    expect(detail && matchQuery({ queryKey: keys.details() }, detail)).toBe(true);
  });
});
