import { randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'upshift_session';
const ATTRIBUTES = 'Path=/; HttpOnly; SameSite=Strict';

/**
 * Who is signed in, by session cookie. Sessions live as long as the server process: a restart
 * signs everyone out, and the console shows its signed-out page.
 */
export class Sessions {
  private readonly people = new Map<string, string>();

  /** A new session for the person; returns its Set-Cookie value. */
  open(userId: string): string {
    const token = randomBytes(32).toString('base64url');
    this.people.set(token, userId);
    return `${SESSION_COOKIE}=${token}; ${ATTRIBUTES}`;
  }

  userIdOf(request: Request): string | null {
    const token = tokenOf(request);
    return token === undefined ? null : (this.people.get(token) ?? null);
  }

  /** Ends the request's session; returns the Set-Cookie value that clears the cookie. */
  close(request: Request): string {
    const token = tokenOf(request);
    if (token !== undefined) this.people.delete(token);
    return `${SESSION_COOKIE}=; ${ATTRIBUTES}; Max-Age=0`;
  }
}

function tokenOf(request: Request): string | undefined {
  const header = request.headers.get('Cookie') ?? '';
  for (const pair of header.split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}
