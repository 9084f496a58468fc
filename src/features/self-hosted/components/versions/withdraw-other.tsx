import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { describeError } from '@/components/feedback/describe-error';

interface Props {
  /** The version registered for test that stands in the way. */
  version: string;
  onWithdraw: () => void;
  pending: boolean;
  /** Why the withdrawal failed, if it did. */
  error: unknown;
}

/**
 * "Withdraw 2.8.0": frees the one registration slot from inside the Register dialog. The
 * mutation belongs to the dialog: this button goes away as soon as the slot is free.
 */
export function WithdrawOther({ version, onWithdraw, pending, error }: Props) {
  const problem = error ? describeError(error) : null;
  return (
    <Box sx={{ mt: 1 }}>
      <Button
        variant="outlined"
        color="inherit"
        size="small"
        onClick={onWithdraw}
        loading={pending}
      >
        {`Withdraw ${version}`}
      </Button>
      {problem && (
        <Typography variant="body2" role="alert" sx={{ mt: 1 }}>
          {`${problem.title}: ${problem.detail}`}
        </Typography>
      )}
    </Box>
  );
}
