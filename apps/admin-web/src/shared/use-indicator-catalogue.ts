import { type IndicatorCatalogue, indexIndicators } from '@khcn/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { trpc } from '../app/trpc.ts';

/** The department's indicator catalogue (names over time, how each combines), indexed by code. */
export function useIndicatorCatalogue() {
  const query = useQuery({ ...trpc.indicators.list.queryOptions(), staleTime: 60_000 });
  const catalogue = useMemo<IndicatorCatalogue | null>(
    () => (query.data ? indexIndicators(query.data) : null),
    [query.data],
  );
  return { catalogue, query };
}
