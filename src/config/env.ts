import { z } from 'zod';

/** An address set to nothing (`VITE_SIGN_IN_URL= npm run build`) is no address. */
const OptionalUrl = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const Env = z.object({
  VITE_API_BASE_URL: z.string().min(1).default('/api/v1'),
  VITE_API_MOCKING: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  VITE_API_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  /** Where a real deployment sends people to sign in. */
  VITE_SIGN_IN_URL: OptionalUrl,
  /** Where a real deployment ends a session (POST): the session cookie is the server's to clear. */
  VITE_SIGN_OUT_URL: OptionalUrl,
});

export const env = Env.parse(import.meta.env);
export type Env = typeof env;
