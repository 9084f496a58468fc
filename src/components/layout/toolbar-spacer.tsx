import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { toolbarClassName, toolbarRules } from './app-bar-rules';

/** The app bar's height, under it: what an empty MUI Toolbar is used for. */
export function ToolbarSpacer() {
  return <Box className={toolbarClassName} sx={toolbarRules(useTheme())} />;
}
