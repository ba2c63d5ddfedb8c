/**
 * What the folded filters of a list say about themselves: how many criteria are active. Shared by the page
 * (a facet page has one) and the filter script (the criteria chosen in its form), so both say it alike.
 */
export function activeFilterText(count: number): string {
  return count === 0 ? 'chưa chọn tiêu chí' : `${count} tiêu chí đang chọn`;
}
