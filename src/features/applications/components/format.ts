import { countRangeText } from '@/lib/format';

/** "1–25 of 10,000 applications"; just "18 applications" when one page holds them all. */
export function resultRangeText(page: number, pageSize: number, total: number): string {
  return countRangeText(page, pageSize, total, ['application', 'applications']);
}
