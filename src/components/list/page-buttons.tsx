import { memo, useLayoutEffect, useRef, type FocusEvent } from 'react';
import Box from '@mui/material/Box';
import FirstPageIcon from '@mui/icons-material/FirstPage';
import KeyboardArrowLeftIcon from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRightIcon from '@mui/icons-material/KeyboardArrowRight';
import LastPageIcon from '@mui/icons-material/LastPage';
import { LazyTooltip } from '@/components/feedback/lazy-tooltip';
import { DrawnIconButton } from '@/components/buttons/drawn-icon-button';

const ACTION = '[data-page-action]';

const isDisabled = (button: Element) => button.matches(':disabled, [aria-disabled="true"]');

export type PageAction = 'first' | 'previous' | 'next' | 'last';

interface PageButtonsProps {
  /** On the first page: First and Previous are disabled. */
  first: boolean;
  /** On the last page: Next and Last are disabled. */
  last: boolean;
  /** Goes to the page the button stands for, worked out from the pager's latest page. */
  onAction: (action: PageAction) => void;
}

/**
 * First, previous, next and last page, as MUI's TablePaginationActions draws them, with the
 * console's lazy tooltips instead of four Tooltips and Poppers. Like MUI's, a button that the new
 * page disables (Next on the last page) hands focus to its nearest enabled neighbour, so the
 * buttons must stay mounted across a change of page. Memoised on which ends are reached: a search
 * or a page in the middle does not re-render them.
 */
export const PageButtons = memo(function PageButtons({ first, last, onAction }: PageButtonsProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const focused = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const button = focused.current;
    if (!button || !isDisabled(button)) return;
    focused.current = null;
    const active = document.activeElement;
    if (active && active !== button && active !== document.body) return;
    const buttons = Array.from(rootRef.current?.querySelectorAll<HTMLElement>(ACTION) ?? []);
    const index = buttons.indexOf(button);
    if (index === -1) return;
    const after = [...buttons.slice(index + 1), ...buttons.slice(0, index).reverse()];
    after.find((b) => !isDisabled(b) && b.tabIndex >= 0)?.focus();
  });

  const buttons = [
    { action: 'first', disabled: first, Icon: FirstPageIcon, inherit: false },
    { action: 'previous', disabled: first, Icon: KeyboardArrowLeftIcon, inherit: true },
    { action: 'next', disabled: last, Icon: KeyboardArrowRightIcon, inherit: true },
    { action: 'last', disabled: last, Icon: LastPageIcon, inherit: false },
  ] as const;
  return (
    <Box
      ref={rootRef}
      sx={{ flexShrink: 0, ml: '20px' }}
      onFocus={(event: FocusEvent<HTMLDivElement>) => {
        focused.current = event.target.matches(ACTION) ? event.target : null;
      }}
      onBlur={(event: FocusEvent<HTMLDivElement>) => {
        // A button losing focus because it was disabled keeps its place, to hand focus on.
        if (!isDisabled(event.target) || event.relatedTarget !== null) focused.current = null;
      }}
    >
      {buttons.map(({ action, disabled, Icon, inherit }) => {
        const label = `Go to ${action} page`;
        return (
          <LazyTooltip key={action} title={label}>
            <DrawnIconButton
              data-page-action={action}
              aria-label={label}
              disabled={disabled}
              color={inherit ? 'inherit' : 'default'}
              onClick={() => onAction(action)}
            >
              <Icon />
            </DrawnIconButton>
          </LazyTooltip>
        );
      })}
    </Box>
  );
});
