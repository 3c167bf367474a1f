import type { components } from '@/api/schema';

export type ModelField = components['schemas']['ModelField'];

export interface ModelListParams {
  field?: ModelField;
  unitId?: string;
  year?: number;
  q?: string;
  page: number;
  size: number;
}

/** Query keys of the "Dân vận khéo" registry: a change to a model refreshes its lists and counts. */
export const modelKeys = {
  all: ['models'] as const,
  lists: () => [...modelKeys.all, 'list'] as const,
  list: (params: ModelListParams) => [...modelKeys.lists(), params] as const,
  counts: (groupBy: string, year?: number) => [...modelKeys.all, 'counts', groupBy, year ?? null] as const,
  units: () => ['org-units', 'all'] as const,
};
