import Typography from '@mui/material/Typography';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { useQueryClient, useQueryErrorResetBoundary } from '@tanstack/react-query';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { SignInPrompt } from '@/components/layout/sign-in-prompt';
import { isApiError } from '@/lib/problem';
import { DrawnButton } from '@/components/buttons/drawn-button';
import { describeError, describeRoles } from './describe-error';
import { MessagePage } from './message-page';
import { NotFoundMessage } from './not-found-message';

/** Status-aware `errorElement`: never a blank page, whatever was thrown. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const status = isApiError(error) || isRouteErrorResponse(error) ? error.status : undefined;

  if (status === 401) return <SignInPrompt />;
  if (status === 404) return <NotFoundMessage />;
  if (status === 403 && isApiError(error)) return <NoAccess requiredRoles={error.requiredRoles} />;
  return <ProblemMessage error={error} />;
}

function NoAccess({ requiredRoles }: { requiredRoles: readonly string[] }) {
  const roles = describeRoles(requiredRoles);
  return (
    <MessagePage icon={<LockOutlinedIcon />} title="You don't have access">
      <Typography color="textSecondary">
        {roles
          ? `This page needs ${roles}. Ask an administrator if you need it.`
          : 'Your role does not allow this page. Ask an administrator if you need it.'}
      </Typography>
    </MessagePage>
  );
}

function ProblemMessage({ error }: { error: unknown }) {
  const { revalidate, state } = useRevalidator();
  const queryClient = useQueryClient();
  const { reset } = useQueryErrorResetBoundary();
  const { title, detail } = isRouteErrorResponse(error)
    ? { title: `${error.status} ${error.statusText}`.trim(), detail: describeError(null).detail }
    : describeError(error);

  // Failed queries are reset too, so a component's useSuspenseQuery fetches again on remount.
  const retry = async () => {
    reset();
    await queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' });
    await revalidate();
  };

  return (
    <MessagePage
      icon={<ErrorOutlineIcon />}
      title={title}
      actions={
        <>
          <DrawnButton
            variant="contained"
            onClick={() => void retry()}
            loading={state === 'loading'}
          >
            Retry
          </DrawnButton>
          <DrawnButton onClick={() => window.location.reload()}>Reload page</DrawnButton>
        </>
      }
    >
      <Typography color="textSecondary">{detail}</Typography>
      {!isApiError(error) && error instanceof Error ? (
        <Typography
          variant="body2"
          component="p"
          sx={{ fontFamily: 'monospace', color: 'text.secondary' }}
        >
          {error.message}
        </Typography>
      ) : null}
    </MessagePage>
  );
}
