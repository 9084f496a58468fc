import * as z from 'zod/mini';
import { StagingRequest } from '@/contract/platform';

/** The staging form: the contract's request, each field said where it is missing. */
export const stagingFormSchema = z
  .extend(StagingRequest, {
    application: z
      .string()
      .check(z.minLength(1, 'Choose the application to stage.'), z.maxLength(100)),
    fromEnvironmentId: z.string().check(z.minLength(1, 'Choose the environment to stage from.')),
    toEnvironmentId: z.string().check(z.minLength(1, 'Choose the environment to stage to.')),
  })
  .check(
    z.refine((v) => v.fromEnvironmentId !== v.toEnvironmentId, {
      path: ['toEnvironmentId'],
      message: 'Stage to another environment than the one it comes from.',
    }),
  );

export type StagingFormInput = z.input<typeof stagingFormSchema>;
export type StagingFormValues = z.output<typeof stagingFormSchema>;
