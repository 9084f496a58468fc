import { ThemeToggle } from './theme-toggle';
import { UserMenu } from './user-menu';

/** The app bar's own controls: the theme and, for someone signed in, the account. */
export function HeaderControls({ signedIn }: { signedIn: boolean }) {
  return (
    <>
      <ThemeToggle />
      {signedIn ? <UserMenu /> : null}
    </>
  );
}
