import { NotFoundMessage } from '@/components/feedback/not-found-message';

export function NotFoundRoute() {
  return <NotFoundMessage />;
}
