import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import { useState } from 'react';
import { describeError } from '@/components/feedback/describe-error';
import { usePermission } from '@/components/layout/require-permission';
import { SECRET_MASK } from '@/contract/secrets';
import { isSecretKey } from '@/lib/secrets';
import { useRevealApplicationSecrets } from '../api/reveal-application-secrets';

const MASKED_VALUE = new RegExp(String.raw`"((?:[^"\\\n\r]|\\.)*)"\s*:\s*"${SECRET_MASK}"`, 'g');

function decoded(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** Secret keys whose value in the text is still the mask the API sent: the deployed value. */
export function maskedSecretKeys(text: string): string[] {
  const keys = [...text.matchAll(MASKED_VALUE)].map((m) => decoded(m[1] ?? ''));
  return [...new Set(keys.filter(isSecretKey))];
}

const list = (keys: readonly string[]) =>
  keys.length === 1 ? keys.join('') : `${keys.slice(0, -1).join(', ')} and ${keys.at(-1) ?? ''}`;

interface Props {
  applicationId: string;
  connector: string;
  variablesText: string;
}

/**
 * Under a deployed connector's editor: its secrets arrive masked and the mask keeps them. Holders
 * of secrets:read may read the deployed values here, through the audited reveal endpoint.
 */
export function DeployedSecrets({ applicationId, connector, variablesText }: Props) {
  const keys = maskedSecretKeys(variablesText);
  const canReveal = usePermission('secrets:read');
  const reveal = useRevealApplicationSecrets();
  const [shown, setShown] = useState(false);
  if (keys.length === 0) return null;
  const values = reveal.data?.values.filter((v) => keys.includes(v.key)) ?? [];
  const missing = keys.filter((k) => !values.some((v) => v.key === k));
  const revealed = shown && missing.length === 0;
  const failure = shown && reveal.isError ? describeError(reveal.error) : null;

  const toggle = () => {
    if (revealed) {
      setShown(false);
      return;
    }
    setShown(true);
    if (missing.length === 0 || reveal.isPending) return;
    reveal.mutate({
      applicationId,
      fields: keys.map((key) => ({ owner: 'connector' as const, name: connector, key })),
    });
  };

  return (
    <Box sx={{ display: 'grid', gap: 0.5, justifyItems: 'start' }}>
      <Typography variant="body2" color="textSecondary">
        {`${SECRET_MASK} keeps the deployed value of ${list(keys)}: type over it to change it.`}
      </Typography>
      {canReveal && (
        <Button
          size="small"
          aria-pressed={revealed}
          onClick={toggle}
          loading={shown && reveal.isPending}
          startIcon={revealed ? <VisibilityOffIcon /> : <VisibilityIcon />}
        >
          {`Reveal deployed values of ${connector}`}
        </Button>
      )}
      {revealed && (
        <Box
          component="dl"
          aria-label={`Deployed values of ${connector}`}
          sx={{ m: 0, fontFamily: 'monospace', fontSize: '0.8125rem', overflowWrap: 'anywhere' }}
        >
          {values.map((v) => (
            <Box key={v.key} sx={{ display: 'flex', gap: 1 }}>
              <Box component="dt" sx={{ fontWeight: 600 }}>{`${v.key}:`}</Box>
              <Box component="dd" sx={{ m: 0 }}>
                {v.value}
              </Box>
            </Box>
          ))}
        </Box>
      )}
      {failure && (
        <Typography variant="caption" color="error" role="alert">
          {`Not revealed: ${failure.title}. ${failure.detail}`}
        </Typography>
      )}
    </Box>
  );
}
