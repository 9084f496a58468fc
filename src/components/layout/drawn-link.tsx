import type { AnchorHTMLAttributes, ComponentProps, Ref } from 'react';
import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import { PlainLink } from '@/components/list/plain-link';
import { focusRing } from '@/theme/customizations/inputs';
import { perTheme, themeValues, withCallerSx } from '@/theme/drawn-rules';

type Underline = 'none' | 'hover' | 'always';

interface Looks {
  /** As MUI's Link: the theme makes `hover` the default. */
  underline?: Underline;
  color?: 'primary' | 'inherit';
  sx?: SxProps<Theme>;
}

/** A console path, navigated to inside the app. */
type RouteLinkProps = Looks & Omit<ComponentProps<typeof PlainLink>, 'color'>;

/** Any other target (an anchor on the page). */
type AnchorLinkProps = Looks &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color'> & {
    href: string;
    ref?: Ref<HTMLAnchorElement>;
  };

/**
 * MUI's Link (a Typography of the `inherit` variant) with the theme's override, in MUI's order:
 * Typography's rules, the Link's, the theme's, then the colour the Link adds to `sx`. One entry
 * per look, built once per theme.
 */
const linkSx = perTheme((theme: Theme) => {
  const { palette } = themeValues(theme);
  const root = {
    margin: 0,
    font: 'inherit',
    lineHeight: 'inherit',
    letterSpacing: 'inherit',
    fontWeight: 500,
    '&:focus-visible': focusRing(theme),
  } as const;
  const always = { textDecoration: 'underline', '&:hover': { textDecorationColor: 'inherit' } };
  const underline = {
    none: { textDecoration: 'none' },
    hover: { textDecoration: 'none', '&:hover': { textDecoration: 'underline' } },
    always,
  } as const;
  return {
    primary: {
      none: { ...root, ...underline.none, color: palette.primary.main },
      hover: { ...root, ...underline.hover, color: palette.primary.main },
      // A translucent line in the link's colour, full on hover.
      always: {
        ...root,
        ...always,
        color: palette.primary.main,
        textDecorationColor: 'var(--Link-underlineColor)',
        '--Link-underlineColor': theme.alpha(palette.primary.main, 0.4),
      },
    },
    inherit: {
      none: { ...root, ...underline.none, color: 'inherit' },
      hover: { ...root, ...underline.hover, color: 'inherit' },
      always: { ...root, ...always, color: 'inherit' },
    },
  };
});

const capitalized = { none: 'None', hover: 'Hover', always: 'Always' } as const;

/**
 * MUI's Link as the first screen's links use it (the brand, the skip link, the breadcrumbs),
 * drawn by a plain anchor and one set of rules, so that screen does without MUI's Link. It keeps
 * MUI's class names, so selectors aimed at MUI's links still match; the focus ring is the theme's
 * `:focus-visible` rule, without MUI's `Mui-focusVisible` class.
 */
export function DrawnLink(props: RouteLinkProps | AnchorLinkProps) {
  const { underline = 'hover', color = 'primary', sx, className, ...rest } = props;
  const classNames = [
    'MuiTypography-root MuiTypography-inherit MuiLink-root',
    `MuiLink-underline${capitalized[underline]}`,
    className,
  ]
    .filter(Boolean)
    .join(' ');
  const rules = withCallerSx((theme: Theme) => linkSx(theme)[color][underline], sx);
  return 'to' in rest ? (
    <Box component={PlainLink} {...rest} className={classNames} sx={rules} />
  ) : (
    <Box component="a" {...rest} className={classNames} sx={rules} />
  );
}
