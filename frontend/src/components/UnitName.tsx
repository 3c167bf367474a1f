import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { api, unwrap } from '@/lib/api';

/** The query key of one org unit, shared by every feature that names units. */
export const orgUnitKey = (id: string) => ['org-units', 'detail', id] as const;

export function useOrgUnit(id: string | null | undefined) {
  return useQuery({
    queryKey: orgUnitKey(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/org-units/{unitId}', { params: { path: { unitId: id! } } })),
    enabled: Boolean(id),
    staleTime: 10 * 60_000,
  });
}

/** A unit's name from its id (cached: units rarely change); the id while loading or when unknown. */
export function UnitName({ id }: { id: string | null | undefined }) {
  const unit = useOrgUnit(id);
  if (!id) return null;
  return <Typography.Text>{unit.data?.name ?? '…'}</Typography.Text>;
}
