import type { LinearProgressProps } from '@mui/material/LinearProgress';
import { deferredModule, useModuleAfterContent } from '@/lib/deferred-module';

const linearProgress = deferredModule(() => import('@mui/material/LinearProgress'));

/**
 * MUI's indeterminate LinearProgress, loaded once the page's content has painted: the bars that
 * say a navigation or a list's request is under way show only after the first screen is up, so
 * the first screen does not carry them. Until it has loaded, nothing shows.
 */
export function ProgressBar(props: LinearProgressProps) {
  const loaded = useModuleAfterContent(linearProgress);
  return loaded ? <loaded.default {...props} /> : null;
}
