import { submissionKeys } from '@/components/submission/keys';

export { submissionKeys };

/** Query keys of the unit's own pages; submissions themselves live under `submissionKeys`. */
export const myUnitKeys = {
  all: ['my-unit'] as const,
  calendars: () => [...myUnitKeys.all, 'calendar'] as const,
  calendar: (unitId: string, range: { from?: string; to?: string }) => [...myUnitKeys.calendars(), unitId, range] as const,
};
