import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import { perTheme } from '@/theme/drawn-rules';

type Severity = 'error' | 'warning';

interface DrawnAlertProps {
  severity: Severity;
  variant?: 'standard' | 'outlined';
  /** What MUI's AlertTitle drew, above the message. */
  title: ReactNode;
  children?: ReactNode;
  /** At the end of the alert, e.g. a Retry button. */
  action?: ReactNode;
}

/** MUI's default icons for these severities: its ErrorOutline and ReportProblemOutlined. */
const iconPaths: Record<Severity, string> = {
  error:
    'M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z',
  warning: 'M12 5.99L19.53 19H4.47L12 5.99M12 2L1 21h22L12 2zm1 14h-2v2h2v-2zm0-6h-2v4h2v-4z',
};

const colorClass: Record<Severity, string> = {
  error: 'MuiAlert-colorError',
  warning: 'MuiAlert-colorWarning',
};

/**
 * Alert, AlertTitle and the Paper under them with the theme's overrides, as one set of rules.
 * Without CSS variables (MUI's default theme in tests) the colours come from the palette, as MUI
 * works them out.
 */
const alertSx = perTheme((theme: Theme) => {
  const vars = (theme as { vars?: Theme['vars'] }).vars;
  const toColor = theme.palette.mode === 'light' ? theme.darken : theme.lighten;
  const toBackground = theme.palette.mode === 'light' ? theme.lighten : theme.darken;
  const tone = (severity: Severity) => {
    const plain = theme.palette[severity];
    return {
      [`&.${colorClass[severity]}`]: {
        color: vars ? vars.palette.Alert[`${severity}Color`] : toColor(plain.light, 0.6),
        '& > .MuiAlert-icon': {
          color: vars ? vars.palette.Alert[`${severity}IconColor`] : plain.main,
        },
      },
      [`&.${colorClass[severity]}.MuiAlert-standard`]: {
        backgroundColor: vars
          ? vars.palette.Alert[`${severity}StandardBg`]
          : toBackground(plain.light, 0.9),
      },
      [`&.${colorClass[severity]}.MuiAlert-outlined`]: {
        border: `1px solid ${(vars ?? theme).palette[severity].light}`,
      },
    };
  };
  return {
    ...theme.typography.body2,
    display: 'flex',
    alignItems: 'flex-start',
    padding: '6px 16px',
    // A number would be taken as a multiple of the theme's radius.
    borderRadius: vars ? vars.shape.borderRadius : `${String(theme.shape.borderRadius)}px`,
    backgroundColor: 'transparent',
    ...tone('error'),
    ...tone('warning'),
    '& > .MuiAlert-icon': {
      display: 'flex',
      marginRight: '12px',
      padding: '7px 0',
      fontSize: 22,
      opacity: 0.9,
      '& > svg': {
        userSelect: 'none',
        width: '1em',
        height: '1em',
        display: 'inline-block',
        flexShrink: 0,
        fill: 'currentColor',
        fontSize: 'inherit',
        transition: theme.transitions.create('fill'),
      },
    },
    '& > .MuiAlert-message': {
      padding: '8px 0',
      minWidth: 0,
      overflow: 'auto',
      overflowWrap: 'anywhere',
    },
    '& .MuiAlertTitle-root': {
      ...theme.typography.body1,
      margin: '-2px 0 0.35em',
      fontWeight: theme.typography.fontWeightMedium,
    },
    '& > .MuiAlert-action': {
      display: 'flex',
      alignItems: 'flex-start',
      padding: '4px 0 0 16px',
      marginLeft: 'auto',
      marginRight: '-8px',
    },
  } as const;
});

/**
 * MUI's Alert with an AlertTitle, in its looks and its DOM (role, parts, class names), drawn by
 * plain elements and one set of rules. The first screen's failure notes (a failed list, a profile
 * that did not load) use it instead of loading MUI's Alert, AlertTitle and their icons there;
 * other alerts keep MUI's. It draws only what those notes need: two severities, no close button.
 */
export function DrawnAlert({
  severity,
  variant = 'standard',
  title,
  children,
  action,
}: DrawnAlertProps) {
  return (
    <Box
      role="alert"
      className={`MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation0 MuiAlert-root ${colorClass[severity]} MuiAlert-${variant}`}
      sx={alertSx}
    >
      <div className="MuiAlert-icon">
        <svg
          className="MuiSvgIcon-root MuiSvgIcon-fontSizeInherit"
          focusable="false"
          aria-hidden="true"
          viewBox="0 0 24 24"
        >
          <path d={iconPaths[severity]} />
        </svg>
      </div>
      <div className="MuiAlert-message">
        <div className="MuiTypography-root MuiTypography-body1 MuiTypography-gutterBottom MuiAlertTitle-root">
          {title}
        </div>
        {children}
      </div>
      {action != null ? <div className="MuiAlert-action">{action}</div> : null}
    </Box>
  );
}
