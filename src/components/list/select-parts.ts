// MUI's Select brings Menu, Popover, Modal, MenuList and a focus trap: the lists' filters and
// page-size menus load them after the first paint, through use-select-parts.ts.
export { default as MenuItem } from '@mui/material/MenuItem';
export { default as Select } from '@mui/material/Select';
export { default as TextField } from '@mui/material/TextField';
