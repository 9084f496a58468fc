import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import FirstPageIcon from '@mui/icons-material/FirstPage';
import KeyboardArrowLeftIcon from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRightIcon from '@mui/icons-material/KeyboardArrowRight';
import LastPageIcon from '@mui/icons-material/LastPage';

interface PagerPlaceholderProps {
  /** "Rows per page:", or nothing when there is one page size. */
  pageSizeLabel?: string;
  pageSize: number;
  /** "Page 2 of 401". */
  pageText: string;
  first: boolean;
  last: boolean;
  flush?: boolean;
}

/** A `<p>` as TablePagination draws its texts: body2 with the browser's margins. */
const textSx = { typography: 'body2', flexShrink: 0 } as const;

/**
 * MUI's TablePagination as ListPagination sets it up, drawn with the shell's light parts until
 * the real one has loaded (its page-size Select brings Menu and Modal): the same boxes, texts and
 * sizes, so the table does not move when it arrives. Inert and hidden from assistive technology.
 */
export function PagerPlaceholder(props: PagerPlaceholderProps) {
  const { pageSizeLabel, first, last } = props;
  return (
    <Box
      inert
      aria-hidden="true"
      sx={{ overflow: 'auto', color: 'text.primary', fontSize: '0.875rem' }}
    >
      <Box
        sx={{
          position: 'relative',
          display: 'flex',
          alignItems: 'center',
          minHeight: 52,
          pl: props.flush ? 0 : { xs: 2, sm: 3 },
          pr: props.flush ? 0 : '2px',
          flexWrap: 'wrap',
          justifyContent: 'flex-end',
          rowGap: 0.5,
        }}
      >
        {pageSizeLabel ? (
          <>
            <Box component="p" sx={textSx}>
              {pageSizeLabel}
            </Box>
            <Box
              sx={{
                typography: 'body1',
                position: 'relative',
                display: 'inline-flex',
                alignItems: 'center',
                fontSize: 'inherit',
                lineHeight: '1.4375em',
                flexShrink: 0,
                ml: 1,
                mr: 4,
              }}
            >
              <Box
                sx={{
                  boxSizing: 'content-box',
                  minWidth: 16,
                  minHeight: '1.4375em',
                  pt: '4px',
                  pb: '5px',
                  pl: 1,
                  pr: 3,
                  textAlign: 'right',
                  whiteSpace: 'nowrap',
                }}
              >
                {props.pageSize}
              </Box>
              <ArrowDropDownIcon
                sx={{
                  position: 'absolute',
                  right: 0,
                  top: 'calc(50% - .5em)',
                  color: 'action.active',
                  pointerEvents: 'none',
                }}
              />
            </Box>
          </>
        ) : null}
        <Box component="p" sx={textSx}>
          {props.pageText}
        </Box>
        <Box sx={{ flexShrink: 0, ml: '20px' }}>
          <IconButton tabIndex={-1} disabled={first}>
            <FirstPageIcon />
          </IconButton>
          <IconButton tabIndex={-1} disabled={first} color="inherit">
            <KeyboardArrowLeftIcon />
          </IconButton>
          <IconButton tabIndex={-1} disabled={last} color="inherit">
            <KeyboardArrowRightIcon />
          </IconButton>
          <IconButton tabIndex={-1} disabled={last}>
            <LastPageIcon />
          </IconButton>
        </Box>
      </Box>
    </Box>
  );
}
