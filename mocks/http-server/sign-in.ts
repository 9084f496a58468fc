import { randomBytes } from 'node:crypto';
import { roleLabels } from '@/contract/permissions';
import { consoleRoleOf } from '../core/identity';
import { personas } from '../core/identity-seed';
import { simulator } from '../simulator';
import { errorProblem, methodNotAllowed } from '../core/responses';
import type { Sessions } from './sessions';
import { signInPage, type Person } from './sign-in-page';

const FORM = 'application/x-www-form-urlencoded';

/** Every seeded person, the four of the standalone switcher first. */
function people(): Person[] {
  const rank = (id: string) => {
    const i = personas.findIndex((p) => p.userId === id);
    return i < 0 ? personas.length : i;
  };
  return [...simulator.db.users]
    .sort((a, b) => rank(a.id) - rank(b.id) || a.name.localeCompare(b.name))
    .map((u) => ({
      id: u.id,
      name: u.name,
      username: u.username,
      roleLabel: roleLabels[consoleRoleOf(u)],
    }));
}

/** A path on this site to go back to, else `fallback`: never another site (no open redirect). */
export function safeReturn(value: string | null | undefined, fallback: string): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  const base = 'http://return.invalid';
  try {
    const url = new URL(value, base);
    return url.origin === base ? url.pathname + url.search + url.hash : fallback;
  } catch {
    return fallback;
  }
}

/** The page of this same site the browser came from (the console's "Sign in" link). */
function refererPath(request: Request): string | null {
  const referer = request.headers.get('Referer');
  const host = request.headers.get('Host');
  if (!referer || !host) return null;
  try {
    const url = new URL(referer);
    return url.host === host ? url.pathname + url.search + url.hash : null;
  } catch {
    return null;
  }
}

/** Only a form of this site may sign someone in or out (browsers say so in Sec-Fetch-Site). */
function crossSite(request: Request): boolean {
  const site = request.headers.get('Sec-Fetch-Site');
  return site !== null && site !== 'same-origin';
}

async function formOf(request: Request): Promise<URLSearchParams | null> {
  const type = request.headers.get('Content-Type') ?? '';
  return type.startsWith(FORM) ? new URLSearchParams(await request.text()) : null;
}

function page(request: Request, sessions: Sessions, returnTo: string, error?: string): Response {
  const everyone = people();
  const userId = sessions.userIdOf(request);
  const current = everyone.find((p) => p.id === userId) ?? null;
  const selfPath = new URL(request.url).pathname;
  const nonce = randomBytes(16).toString('base64');
  return new Response(signInPage({ people: everyone, current, returnTo, selfPath, error }, nonce), {
    status: error ? 400 : 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    },
  });
}

const refused = () =>
  errorProblem(403, 'Refused', 'Sign in and out through the sign-in page of this site.');

/** GET: the page listing the seeded people. POST (its form): sets the session cookie. */
export async function signIn(request: Request, sessions: Sessions): Promise<Response> {
  const selfPath = new URL(request.url).pathname;
  if (request.method === 'GET') {
    const asked = new URL(request.url).searchParams.get('return');
    const came = refererPath(request);
    const fallback = came && !came.startsWith(selfPath) ? came : '/';
    return page(request, sessions, safeReturn(asked, fallback));
  }
  if (request.method !== 'POST') return methodNotAllowed('GET, POST');
  if (crossSite(request)) return refused();
  const form = await formOf(request);
  if (!form) return errorProblem(415, 'Unsupported media type', `Send the form as ${FORM}.`);
  const returnTo = safeReturn(form.get('return'), '/');
  const user = simulator.db.users.find((u) => u.id === form.get('userId'));
  if (!user) return page(request, sessions, returnTo, 'Choose one of the people to sign in as.');
  sessions.close(request);
  return new Response(null, {
    status: 303,
    headers: { Location: returnTo, 'Set-Cookie': sessions.open(user.id) },
  });
}

/** POST: ends the session. A form goes back to its `return`; any other caller gets a 204. */
export async function signOut(request: Request, sessions: Sessions): Promise<Response> {
  if (request.method !== 'POST') return methodNotAllowed('POST');
  if (crossSite(request)) return refused();
  const form = await formOf(request);
  const cleared = sessions.close(request);
  if (!form) return new Response(null, { status: 204, headers: { 'Set-Cookie': cleared } });
  return new Response(null, {
    status: 303,
    headers: { Location: safeReturn(form.get('return'), 'sign-in'), 'Set-Cookie': cleared },
  });
}
