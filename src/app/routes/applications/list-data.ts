import { applicationsQueryOptions } from '@/features/applications/api/get-applications';
import { projectsQueryOptions } from '@/features/applications/api/list-projects';
import { applicationsCodec } from '@/features/applications/list-params';
import { listRoute } from '@/lib/list-route';
import { queryClient } from '@/lib/query-client';

/**
 * The list's loader, outside its lazy module: the router runs it beside the module's download,
 * so a full load of the console's first screen fetches its rows without waiting for the screen's
 * code.
 */
const { start, ...route } = listRoute({
  ...applicationsCodec,
  query: applicationsQueryOptions,
  // The filters' options load beside the rows.
  beside: () => queryClient.query(projectsQueryOptions()),
});

export const applicationsListData = route;

/** Starts the list's rows for `url` before the router exists (see router.tsx). */
export const startApplicationsList = start;
