import { useState } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import { describeError } from '@/components/feedback/describe-error';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { usePermission } from '@/components/layout/require-permission';
import type { SecretOwnerKind } from '@/contract/secret-reveal';
import { MASK } from '@/lib/secrets';
import { useRevealApplicationSecrets } from '../../api/reveal-application-secrets';

export interface SecretOwner {
  applicationId: string;
  kind: SecretOwnerKind;
  /** The service or connector the variable belongs to, also for the button's name. */
  name: string;
}

interface SecretValueProps {
  name: string;
  owner: SecretOwner;
}

/**
 * A secret variable: the API answers it masked to everyone. Holders of secrets:read get a toggle
 * that asks the server for the value (an audited read), pressed while it is shown.
 */
export function SecretValue({ name, owner }: SecretValueProps) {
  const canReveal = usePermission('secrets:read');
  const reveal = useRevealApplicationSecrets();
  const [shown, setShown] = useState(false);
  const value = reveal.data?.values[0]?.value;
  const revealed = shown && value !== undefined;

  const toggle = () => {
    if (revealed) {
      setShown(false);
      return;
    }
    setShown(true);
    if (value !== undefined || reveal.isPending) return;
    reveal.mutate({
      applicationId: owner.applicationId,
      fields: [{ owner: owner.kind, name: owner.name, key: name }],
    });
  };
  const failure = reveal.isError ? describeError(reveal.error) : null;

  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', gap: 0.25 }}>
      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
        {revealed ? (
          <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
            {value}
          </Box>
        ) : (
          <>
            <Box component="span" aria-hidden="true">
              {MASK}
            </Box>
            <Box component="span" sx={visuallyHidden}>
              {shown && reveal.isPending ? 'Revealing the value…' : 'Hidden value'}
            </Box>
          </>
        )}
        {canReveal && (
          <IconButton
            size="small"
            aria-label={`Reveal ${name} of ${owner.name}`}
            aria-pressed={revealed}
            aria-busy={reveal.isPending}
            onClick={toggle}
            sx={{ my: -0.5 }}
          >
            {revealed ? (
              <VisibilityOffIcon fontSize="small" />
            ) : (
              <VisibilityIcon fontSize="small" />
            )}
          </IconButton>
        )}
      </Box>
      {shown && failure && (
        <Typography component="span" role="alert" variant="caption" color="error">
          {`Not revealed: ${failure.title}. ${failure.detail}`}
        </Typography>
      )}
    </Box>
  );
}
