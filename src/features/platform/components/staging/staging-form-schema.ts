import { z } from 'zod';
import { StagingRequest } from '@/contract/platform';

/** The staging form: the contract's request, each field said where it is missing. */
export const stagingFormSchema = StagingRequest.extend({
  application: z.string().min(1, 'Choose the application to stage.').max(100),
  fromEnvironmentId: z.string().min(1, 'Choose the environment to stage from.'),
  toEnvironmentId: z.string().min(1, 'Choose the environment to stage to.'),
}).refine((v) => v.fromEnvironmentId !== v.toEnvironmentId, {
  path: ['toEnvironmentId'],
  message: 'Stage to another environment than the one it comes from.',
});

export type StagingFormInput = z.input<typeof stagingFormSchema>;
export type StagingFormValues = z.output<typeof stagingFormSchema>;
