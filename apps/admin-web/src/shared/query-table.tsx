import { Text } from '@mantine/core';
import { AppPagination } from './app-pagination.tsx';
import { DataTable, type DataTableProps } from './data-table.tsx';
import { type QueryLike, QueryState } from './query-state.tsx';

/** A list loaded by a query: its loading and error states, then the table once the rows are there. */
export function QueryTable<T>({
  query,
  ...table
}: Omit<DataTableProps<T>, 'data'> & { query: QueryLike<T[]> }) {
  return (
    <>
      <QueryState query={query} />
      {query.data ? <DataTable {...table} data={query.data} /> : null}
    </>
  );
}

/** One page of a longer list: how many rows match in all (read out when it changes), the table, the page links. */
export function PagedTable<T>({
  count,
  pageCount,
  page,
  onPage,
  ...table
}: DataTableProps<T> & { count: string; pageCount: number; page: number; onPage: (page: number) => void }) {
  return (
    <>
      <Text size="sm" c="dimmed" aria-live="polite">
        {count}
      </Text>
      <DataTable {...table} />
      {pageCount > 1 ? <AppPagination total={pageCount} value={page} onChange={onPage} /> : null}
    </>
  );
}
