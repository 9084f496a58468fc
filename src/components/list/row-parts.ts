import type { CSSObject } from '@mui/material/styles';
import { visuallyHidden } from '@/components/feedback/visually-hidden';

/**
 * Class names for what a table row shows (a link, icon actions, a muted dash), styled once by
 * the table body (`rowPartsSx`, part of `tableStyles`) instead of by a styled component per
 * element: they look like MUI's Link, IconButton and SvgIcon, without their cost on every row.
 */
export const rowPart = {
  link: 'row-link',
  /** A link in the text's colour, taking the link's colour on hover. */
  plainLink: 'row-link row-link-plain',
  actions: 'row-actions',
  action: 'row-action',
  icon: 'row-icon',
  muted: 'row-muted',
  accent: 'row-accent',
  hidden: 'row-hidden',
  chip: 'row-chip',
  chipLabel: 'row-chip-label',
} as const;

/** The colours of a row's chip (MUI's outlined, small Chip). */
export type RowChipColor = 'default' | 'success' | 'info' | 'warning' | 'error';

const chipColorsSx: CSSObject = Object.fromEntries(
  (['success', 'info', 'warning', 'error'] as const).map((color) => [
    `& .row-chip-${color}`,
    {
      color: `var(--upshift-palette-${color}-main)`,
      borderColor: `rgba(var(--upshift-palette-${color}-mainChannel) / 0.7)`,
      '& > .row-icon': { color: 'inherit' },
    },
  ]),
);

/**
 * The theme's focus ring (`focusRing` in its customizations, which MUI's ButtonBase and Link
 * have), on its CSS variable: these rules are built when the module loads, before the theme.
 */
const focusRing = { outline: '2px solid var(--upshift-palette-primary-main)', outlineOffset: 2 };

export const rowPartsSx: CSSObject = {
  '& .row-link': {
    color: 'var(--upshift-palette-primary-main)',
    fontWeight: 'inherit',
    textDecoration: 'none',
    '&:hover': { textDecoration: 'underline' },
    '&:focus-visible': focusRing,
  },
  '& .row-link-plain': {
    color: 'inherit',
    '&:hover': { color: 'var(--upshift-palette-primary-main)' },
  },
  '& .row-actions': { display: 'flex', justifyContent: 'flex-end', gap: '4px' },
  '& .row-action': {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    position: 'relative',
    boxSizing: 'border-box',
    flex: '0 0 auto',
    margin: 0,
    border: 'none',
    textAlign: 'center',
    // Strings: in sx, a bare number here would be a multiple of the theme's spacing or radius.
    padding: '5px',
    borderRadius: '8px',
    outline: 0,
    backgroundColor: 'transparent',
    color: 'var(--upshift-palette-action-active)',
    fontFamily: 'inherit',
    fontSize: '1.125rem',
    textDecoration: 'none',
    verticalAlign: 'middle',
    cursor: 'pointer',
    userSelect: 'none',
    WebkitTapHighlightColor: 'transparent',
    transition: 'background-color 150ms cubic-bezier(0.4, 0, 0.2, 1) 0ms',
    '&:hover': {
      backgroundColor:
        'rgba(var(--upshift-palette-action-activeChannel) / var(--upshift-palette-action-hoverOpacity))',
      '@media (hover: none)': { backgroundColor: 'transparent' },
    },
    '&:focus-visible': focusRing,
    '&[aria-disabled="true"]': {
      color: 'var(--upshift-palette-action-disabled)',
      cursor: 'not-allowed',
    },
  },
  '& .row-icon': {
    display: 'inline-block',
    flexShrink: 0,
    width: '1em',
    height: '1em',
    fontSize: '1.25rem',
    fill: 'currentColor',
    userSelect: 'none',
  },
  '& .row-muted': { color: 'var(--upshift-palette-text-secondary)' },
  '& .row-accent': { color: 'var(--upshift-palette-primary-main)', fontWeight: 500 },
  '& .row-chip': {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    boxSizing: 'border-box',
    maxWidth: '100%',
    height: '24px',
    borderRadius: '16px',
    border: '1px solid var(--upshift-palette-Chip-defaultBorder)',
    color: 'var(--upshift-palette-text-primary)',
    backgroundColor: 'transparent',
    fontFamily: 'inherit',
    fontSize: '0.8125rem',
    fontWeight: 500,
    lineHeight: 1.5,
    whiteSpace: 'nowrap',
    verticalAlign: 'middle',
    '& > .row-icon': {
      fontSize: '18px',
      marginLeft: '2px',
      marginRight: '-4px',
      color: 'var(--upshift-palette-Chip-defaultIconColor)',
    },
  },
  ...chipColorsSx,
  '& .row-chip-label': {
    display: 'block',
    paddingLeft: '7px',
    paddingRight: '7px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  '& .row-hidden': visuallyHidden,
};

/**
 * A sortable header's button and arrow, as MUI's TableSortLabel draws them (a ButtonBase with no
 * ripple): the arrow shows at half strength on hover and fully on the sorted column, turned up
 * when ascending.
 */
export const headPartsSx: CSSObject = {
  '& .sort-label': {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'flex-start',
    flexDirection: 'inherit',
    position: 'relative',
    boxSizing: 'border-box',
    margin: 0,
    padding: 0,
    border: 0,
    borderRadius: 0,
    outline: 0,
    backgroundColor: 'transparent',
    color: 'inherit',
    font: 'inherit',
    letterSpacing: 'inherit',
    textAlign: 'inherit',
    // As the span MUI uses would: the base style lets a button's words break anywhere.
    overflowWrap: 'inherit',
    textDecoration: 'none',
    verticalAlign: 'middle',
    cursor: 'pointer',
    userSelect: 'none',
    appearance: 'none',
    WebkitTapHighlightColor: 'transparent',
    '&:focus': { color: 'var(--upshift-palette-text-secondary)' },
    '&:focus-visible': focusRing,
    '&:hover': {
      color: 'var(--upshift-palette-text-secondary)',
      '& > .sort-icon': { opacity: 0.5 },
    },
  },
  // After the hover and focus rules, so the sorted column keeps its colours, as in MUI.
  '& .sort-label.sort-active': {
    color: 'var(--upshift-palette-text-primary)',
    '& > .sort-icon': { opacity: 1, color: 'var(--upshift-palette-text-secondary)' },
  },
  '& .sort-icon': {
    display: 'inline-block',
    flexShrink: 0,
    width: '1em',
    height: '1em',
    fontSize: '18px',
    marginLeft: '4px',
    marginRight: '4px',
    fill: 'currentColor',
    opacity: 0,
    userSelect: 'none',
    transition:
      'fill 200ms cubic-bezier(0.4, 0, 0.2, 1) 0ms, opacity 200ms cubic-bezier(0.4, 0, 0.2, 1) 0ms, transform 200ms cubic-bezier(0.4, 0, 0.2, 1) 0ms',
  },
  '& .sort-asc': { transform: 'rotate(180deg)' },
  '& .sort-desc': { transform: 'rotate(0deg)' },
};
