import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from './loading';
import { RowsPage } from './rows-page';
import { Shell } from './shell';

// Split like a real app's routes: the first screen does not load the virtualiser.
const LargePage = lazy(() =>
  import('./large-page').then(({ LargePage }) => ({ default: LargePage })),
);

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <RowsPage /> },
      {
        path: 'large',
        element: (
          <Suspense fallback={<Loading />}>
            <LargePage />
          </Suspense>
        ),
      },
    ],
  },
]);
