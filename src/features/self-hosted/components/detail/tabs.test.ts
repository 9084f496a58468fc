import { activeTab } from './tabs';

describe('activeTab', () => {
  it.each([
    ['/my-applications/sh-003', ''],
    ['/my-applications/sh-003/', ''],
    ['/my-applications/sh-003/register/3.2.0', ''],
    ['/my-applications/sh-003/tenants', 'tenants'],
    ['/my-applications/sh-003/settings', 'settings'],
    ['/my-applications/sh-003/history/', 'history'],
  ])('%s selects "%s"', (pathname, tab) => {
    expect(activeTab(pathname, 'sh-003')).toBe(tab);
  });
});
