import { describe, expect, it } from 'vitest';
import { identityEndpoints } from '@/contract/identity-endpoints';
import { CURRENT_USER_PATH, currentUserPreload } from './preload-current-user-plugin';

describe('the current-user preload', () => {
  it('asks for the contract’s current-user endpoint', () => {
    expect(CURRENT_USER_PATH).toBe(identityEndpoints.getCurrentUser.path);
  });

  it('puts it under the API’s base URL, as the app’s own fetch does, so that fetch reuses it', () => {
    expect(currentUserPreload('/api/v1')).toBe(
      '<link rel="preload" href="/api/v1/identity/me" as="fetch" crossorigin="anonymous" />',
    );
    expect(currentUserPreload('https://api.example.test/v1/')).toContain(
      'href="https://api.example.test/v1/identity/me"',
    );
  });
});
