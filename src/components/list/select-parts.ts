// MUI's Select brings Menu, Popover, Modal, MenuList and a focus trap, its outlined input
// FormControl, InputLabel and InputBase, and its options ListItemIcon and ListItemText: the lists'
// filters and page-size menus load them after the first paint, through use-select-parts.ts, and
// show placeholders until then.
export { default as FormControl } from '@mui/material/FormControl';
export { default as InputBase } from '@mui/material/InputBase';
export { default as InputLabel } from '@mui/material/InputLabel';
export { default as ListItemIcon } from '@mui/material/ListItemIcon';
export { default as ListItemText } from '@mui/material/ListItemText';
export { default as MenuItem } from '@mui/material/MenuItem';
export { default as OutlinedInput } from '@mui/material/OutlinedInput';
export { default as Select } from '@mui/material/Select';
export { default as TextField } from '@mui/material/TextField';
