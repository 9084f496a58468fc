import { PanelError } from '@/components/feedback/panel-error';
import type { PlanEnvironment } from '@/contract/platform-plans';

interface Props {
  env: PlanEnvironment;
  /** Resumes at the failed step; absent for people who may not act. */
  onRetry?: () => void;
  retrying: boolean;
}

/** The execution stopped: which step, the server's words, and Retry, which resumes there. */
export function ExecutionFailure({ env, onRetry, retrying }: Props) {
  const failure = env.execution.failure;
  if (env.execution.status !== 'failed' || !failure) return null;
  const step = env.execution.steps.find((s) => s.id === failure.step);
  const resumes = step
    ? ` Retry resumes at “${step.title}”; the steps done before are not run again.`
    : '';
  return (
    <PanelError
      title={failure.title}
      detail={`${failure.detail}${resumes}`}
      onRetry={onRetry}
      retrying={retrying}
    />
  );
}
