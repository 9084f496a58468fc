import * as z from 'zod/mini';
import { TestingRequest } from '@/contract/platform-plans';

/** Both checks are needed before an environment is tested: each says so at its checkbox. */
export const testingFormSchema = z.extend(TestingRequest, {
  hotPoints: z.boolean().check(
    z.refine((v) => v, {
      message: "Test your applications' hot-points (screens, workflows, operations) first.",
    }),
  ),
  errorLogClean: z.boolean().check(
    z.refine((v) => v, {
      message:
        "Check Service Center's Error Log for application errors or background issues first.",
    }),
  ),
});

export type TestingFormInput = z.input<typeof testingFormSchema>;
export type TestingFormValues = z.output<typeof testingFormSchema>;
