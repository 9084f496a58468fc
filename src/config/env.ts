import { z } from 'zod';

const Env = z.object({
  VITE_API_BASE_URL: z.string().min(1).default('/api/v1'),
  VITE_API_MOCKING: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  VITE_API_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  /** Where a real deployment sends people to sign in. */
  VITE_SIGN_IN_URL: z.string().optional(),
});

export const env = Env.parse(import.meta.env);
export type Env = typeof env;
