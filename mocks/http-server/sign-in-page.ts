export interface Person {
  id: string;
  name: string;
  username: string;
  roleLabel: string;
}

export interface SignInPageModel {
  people: Person[];
  /** The person this browser is signed in as, if any. */
  current: Person | null;
  /** Where signing in leads back to (a path on this origin). */
  returnTo: string;
  /** This page's own path, where signing out comes back to. */
  selfPath: string;
  error?: string;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const html = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
main { max-width: 34rem; margin: 3rem auto; padding: 0 1rem; }
fieldset { border: 1px solid; border-radius: 8px; padding: 0.5rem 1rem 1rem; }
label { display: block; padding: 0.375rem 0; }
input[type='radio'] { margin-right: 0.5rem; }
button { font: inherit; padding: 0.5rem 1.25rem; margin-top: 1rem; }
.error { border-left: 4px solid #d32f2f; padding-left: 0.75rem; font-weight: 600; }
`;

function choice(person: Person, checked: boolean): string {
  return `<label><input type="radio" name="userId" value="${html(person.id)}" required${checked ? ' checked' : ''}>${html(person.name)} — ${html(person.roleLabel)} <span>(${html(person.username)})</span></label>`;
}

/** The API server's sign-in page: plain HTML, no script, styles allowed by nonce only. */
export function signInPage(model: SignInPageModel, nonce: string): string {
  const { current, error } = model;
  const errorId = 'sign-in-error';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in – Upshift</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main>
<h1>Sign in to Upshift</h1>
<p>This server is the Upshift simulator: sign in as one of its people. Each browser signs in on its own, so two browsers can be two people.</p>
${current ? `<p>You are signed in as <strong>${html(current.name)}</strong> (${html(current.roleLabel)}).</p>` : ''}
${error ? `<p id="${errorId}" class="error" role="alert">${html(error)}</p>` : ''}
<form method="post" action="sign-in">
<fieldset${error ? ` aria-describedby="${errorId}"` : ''}>
<legend>Sign in as</legend>
${model.people.map((p) => choice(p, p.id === current?.id)).join('\n')}
</fieldset>
<input type="hidden" name="return" value="${html(model.returnTo)}">
<button type="submit">Sign in</button>
</form>
${
  current
    ? `<form method="post" action="sign-out">
<input type="hidden" name="return" value="${html(`${model.selfPath}?return=${encodeURIComponent(model.returnTo)}`)}">
<button type="submit">Sign out</button>
</form>`
    : ''
}
</main>
</body>
</html>
`;
}
