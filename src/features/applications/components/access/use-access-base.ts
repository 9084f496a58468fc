import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApplicationAccess } from '@/contract/applications';
import { applicationAccessQueryOptions } from '../../api/get-application-access';

/**
 * The stored access an edit is based on (its revision is sent with the save): as read when the
 * dialog opened, or as reloaded with `loadLatest` after someone else changed it.
 */
export function useAccessBase(applicationId: string, stored: ApplicationAccess) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState({ access: stored, reloaded: false });
  const loadLatest = useMutation({
    // Always asks the server: the cached copy is what turned out to be stale.
    mutationFn: () =>
      queryClient.query({ ...applicationAccessQueryOptions(applicationId), staleTime: 0 }),
    onSuccess: (access) => setBase({ access, reloaded: true }),
  });
  return { ...base, loadLatest };
}
