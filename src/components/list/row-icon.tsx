import { memo } from 'react';
import { rowPart } from './row-parts';

/**
 * An icon in a table row: the paths of a Material icon (`@mui/icons-material`'s `d`) drawn as
 * MUI's small SvgIcon draws them, as plain elements instead of three styled components. Memoised:
 * the paths are constants, so a re-rendered row action does not redraw its icon.
 */
export const RowIcon = memo(function RowIcon({ paths }: { paths: readonly string[] }) {
  return (
    <svg className={rowPart.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
});
