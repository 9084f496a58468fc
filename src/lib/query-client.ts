import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './problem';

/**
 * Client errors will not change on retry, and a timeout has already made the person wait the
 * whole timeout; a network blip or a 5xx gets one more try.
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (
    isApiError(error) &&
    (error.kind === 'contract' ||
      error.kind === 'timeout' ||
      (error.status >= 400 && error.status < 500))
  ) {
    return false;
  }
  return failureCount < 1;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 15_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
