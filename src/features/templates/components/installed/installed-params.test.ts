import { installedSearchParams, parseInstalledParams } from './installed-params';

describe('installed applications list params', () => {
  it('reads the URL, falling back to defaults for anything invalid', () => {
    const params = parseInstalledParams(
      new URLSearchParams(
        'q=%20obs%20&updateAvailable=true&sort=version&order=desc&page=0&pageSize=7',
      ),
    );
    expect(params).toEqual({
      q: 'obs',
      updateAvailable: true,
      sort: 'version',
      order: 'desc',
      page: 1,
      pageSize: 25,
    });
  });

  it('writes only what differs from the defaults, keeping keys it does not own', () => {
    const out = installedSearchParams(
      { page: 2, pageSize: 25, sort: 'name', order: 'asc', updateAvailable: false },
      new URLSearchParams('other=1&q=old'),
    );
    expect(out.toString()).toBe('other=1&updateAvailable=false&page=2');
  });
});
