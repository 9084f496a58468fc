import {
  categorySearch,
  parseInboxParams,
  toInboxSearch,
  toNotificationQuery,
} from './inbox-params';

const parse = (box: 'inbox' | 'archived', search: string) =>
  parseInboxParams(box, new URLSearchParams(search));

describe('inbox params', () => {
  it('reads the category and page of Events, falling back to defaults', () => {
    expect(parse('inbox', '?category=message&page=2&pageSize=10')).toEqual({
      box: 'inbox',
      category: 'message',
      page: 2,
      pageSize: 10,
    });
    expect(parse('inbox', '?category=news&page=0&pageSize=7')).toEqual({
      box: 'inbox',
      category: 'all',
      page: 1,
      pageSize: 25,
    });
    expect(parse('archived', '?category=message').category).toBe('all');
  });

  it('writes only what differs from the defaults and keeps foreign keys', () => {
    const base = new URLSearchParams('?page=3&keep=1');
    expect(
      toInboxSearch({ box: 'inbox', category: 'work', page: 1, pageSize: 25 }, base).toString(),
    ).toBe('keep=1&category=work');
    expect(
      toInboxSearch({ box: 'archived', category: 'message', page: 2, pageSize: 50 }).toString(),
    ).toBe('page=2&pageSize=50');
  });

  it('links the category tabs and builds the API query', () => {
    expect([categorySearch('all'), categorySearch('message')]).toEqual(['', '?category=message']);
    expect(toNotificationQuery(parse('inbox', '?category=message'))).toEqual({
      box: 'inbox',
      page: 1,
      pageSize: 25,
      category: 'message',
    });
    expect(toNotificationQuery(parse('archived', ''))).toEqual({
      box: 'archived',
      page: 1,
      pageSize: 25,
    });
  });
});
