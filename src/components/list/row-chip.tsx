import { RowIcon } from './row-icon';
import { rowPart, type RowChipColor } from './row-parts';

export type { RowChipColor };

/**
 * A status in a table row, drawn as MUI's small outlined Chip with an icon: icon and word as well
 * as colour. Plain elements styled by the table body (`rowPart`), for a page of rows.
 */
export function RowChip({
  label,
  color,
  icon,
}: {
  label: string;
  color: RowChipColor;
  /** The icon's paths (see `RowIcon`). */
  icon: readonly string[];
}) {
  return (
    <span className={`${rowPart.chip} row-chip-${color}`}>
      <RowIcon paths={icon} />
      <span className={rowPart.chipLabel}>{label}</span>
    </span>
  );
}
