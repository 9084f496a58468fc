import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EndpointBody } from '@/contract/endpoint';
import { platformEndpoints } from '@/contract/platform-endpoints';
import { apiCall } from '@/lib/api-client';
import { afterPlanChange } from './plan-cache';

export interface ReviewBreakingChange {
  planId: string;
  changeId: string;
  body: EndpointBody<typeof platformEndpoints.reviewBreakingChange>;
}

export function reviewBreakingChange({ planId, changeId, body }: ReviewBreakingChange) {
  return apiCall(platformEndpoints.reviewBreakingChange, { params: { planId, changeId }, body });
}

/** Reviewed, or needing a fix with the hours it takes; the answer is the whole plan. */
export function useReviewBreakingChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: reviewBreakingChange,
    onSuccess: (plan) => afterPlanChange(client, plan),
  });
}
