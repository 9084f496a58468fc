import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { ADMIN_ROLE } from '../../rules';

export interface AccessHolder {
  id: string;
  name: string;
  /** "alex.morgan" for a user, "3 members" for a group; empty when unknown. */
  detail: string;
  roles: readonly string[];
  known: boolean;
}

interface AccessListProps {
  /** "Administrator users", "User groups"…: the list's accessible name. */
  label: string;
  heading: string;
  holders: readonly AccessHolder[];
  /** Show the ACTIVITI_ADMIN role an administrator needs. */
  showAdminRole: boolean;
}

export function AccessList({ label, heading, holders, showAdminRole }: AccessListProps) {
  return (
    <div>
      <Typography component="h3" variant="h4" sx={{ mb: 0.5 }}>
        {heading}
      </Typography>
      {holders.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          None
        </Typography>
      ) : (
        <Box component="ul" aria-label={label} sx={{ m: 0, p: 0 }}>
          {holders.map((holder) => (
            <Box
              component="li"
              key={holder.id}
              sx={{ listStyle: 'none', py: 0.5, display: 'flex', flexWrap: 'wrap', gap: 1 }}
            >
              <Typography component="span" sx={{ fontWeight: 500 }}>
                {holder.name}
              </Typography>
              {holder.detail ? (
                <Typography component="span" variant="body2" color="textSecondary">
                  {holder.detail}
                </Typography>
              ) : null}
              {!holder.known ? (
                <Typography component="span" variant="body2" color="warning">
                  Not in the directory
                </Typography>
              ) : null}
              {showAdminRole && holder.roles.includes(ADMIN_ROLE) ? (
                <Chip size="small" variant="outlined" label={ADMIN_ROLE} />
              ) : null}
            </Box>
          ))}
        </Box>
      )}
    </div>
  );
}
