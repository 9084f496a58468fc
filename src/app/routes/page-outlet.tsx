import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { markContentPainted } from '@/lib/after-content';

/**
 * Every page's place in the shell. The router renders it once it has the page's code and data
 * (the skeleton stands in before), so its first commit is the page's content: what waits for
 * that (the header's controls, the code of menus) may load. A list marks it too, when its rows
 * settle; whichever comes first counts.
 */
export function PageOutlet() {
  useEffect(markContentPainted, []);
  return <Outlet />;
}
