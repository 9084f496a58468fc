import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import MenuList from '@mui/material/MenuList';
import Divider from '@mui/material/Divider';
import CheckIcon from '@mui/icons-material/Check';
import LogoutIcon from '@mui/icons-material/Logout';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import TuneIcon from '@mui/icons-material/Tune';
import type { StandaloneAccountActionsProps } from '@/lib/standalone';

/** Menu items of the simulator: switch person, simulator controls, reset, sign out. */
export function StandaloneAccountActions(props: StandaloneAccountActionsProps) {
  const { ref, personas, currentUserId, onSwitch, onOpenSimulator, onResetData, onSignOut } = props;
  return (
    <MenuList ref={ref} aria-label="Account" dense sx={{ py: 0.5 }}>
      <ListSubheader
        role="presentation"
        disableSticky
        sx={{ lineHeight: 2.5, bgcolor: 'transparent' }}
      >
        Switch user
      </ListSubheader>
      {personas.map((persona) => {
        const current = persona.userId === currentUserId;
        return (
          <MenuItem
            key={persona.userId}
            role="menuitemradio"
            aria-checked={current}
            selected={current}
            onClick={() => onSwitch(persona)}
          >
            <ListItemIcon>{current ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
            <ListItemText primary={persona.name} secondary={persona.roleLabel} />
          </MenuItem>
        );
      })}
      <Divider />
      <MenuItem onClick={onOpenSimulator}>
        <ListItemIcon>
          <TuneIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>Simulator controls…</ListItemText>
      </MenuItem>
      <MenuItem onClick={onResetData}>
        <ListItemIcon>
          <RestartAltIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>Reset demo data…</ListItemText>
      </MenuItem>
      <MenuItem onClick={onSignOut}>
        <ListItemIcon>
          <LogoutIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>Sign out</ListItemText>
      </MenuItem>
    </MenuList>
  );
}
