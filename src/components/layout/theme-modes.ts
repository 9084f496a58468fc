import type { ElementType } from 'react';
import DarkModeOutlinedIcon from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlinedIcon from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlinedIcon from '@mui/icons-material/SettingsBrightnessOutlined';

export type ThemeMode = 'light' | 'dark' | 'system';

interface ThemeModeOption {
  mode: ThemeMode;
  label: string;
  Icon: ElementType;
}

export const systemOption: ThemeModeOption = {
  mode: 'system',
  label: 'System',
  Icon: SettingsBrightnessOutlinedIcon,
};

export const themeModeOptions: ThemeModeOption[] = [
  systemOption,
  { mode: 'light', label: 'Light', Icon: LightModeOutlinedIcon },
  { mode: 'dark', label: 'Dark', Icon: DarkModeOutlinedIcon },
];
