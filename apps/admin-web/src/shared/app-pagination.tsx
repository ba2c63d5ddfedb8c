import { Pagination } from '@mantine/core';

const controlLabels = { first: 'Trang đầu', previous: 'Trang trước', next: 'Trang sau', last: 'Trang cuối' };

/** Mantine's pagination with Vietnamese names for every button (screen readers read them). */
export function AppPagination({
  total,
  value,
  onChange,
}: {
  total: number;
  value: number;
  onChange: (page: number) => void;
}) {
  return (
    <nav aria-label="Phân trang">
      <Pagination
        total={total}
        value={value}
        onChange={onChange}
        getItemProps={(page) => ({ 'aria-label': `Trang ${page}` })}
        getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
      />
    </nav>
  );
}
