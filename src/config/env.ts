import * as z from 'zod/mini';

/** An address set to nothing (`VITE_SIGN_IN_URL= npm run build`) is no address. */
const OptionalUrl = z.pipe(
  z.optional(z.string()),
  z.transform((v) => (v === '' ? undefined : v)),
);

const Env = z.object({
  VITE_API_BASE_URL: z._default(z.string().check(z.minLength(1)), '/api/v1'),
  VITE_API_MOCKING: z.pipe(
    z._default(z.enum(['true', 'false']), 'false'),
    z.transform((v) => v === 'true'),
  ),
  VITE_API_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.positive()), 15000),
  /** Where a real deployment sends people to sign in. */
  VITE_SIGN_IN_URL: OptionalUrl,
  /** Where a real deployment ends a session (POST): the session cookie is the server's to clear. */
  VITE_SIGN_OUT_URL: OptionalUrl,
});

export const env = Env.parse(import.meta.env);
export type Env = typeof env;
