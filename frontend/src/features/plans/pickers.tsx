import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api';
import { orgUnitKey, UnitName } from '@/components/UnitName';
import { planKeys } from './keys';
import { useUnitGroup } from './queries';
import { useDebounced } from './util';

interface PickerProps<V> {
  id?: string;
  value?: V;
  onChange?: (value: V) => void;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  'aria-label'?: string;
  'aria-required'?: boolean | 'true' | 'false';
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-describedby'?: string;
  style?: React.CSSProperties;
}

type OrgUnitSelectProps =
  | (PickerProps<string | null> & { mode?: undefined })
  | (PickerProps<string[]> & { mode: 'multiple' });

/**
 * Picks org units by typing: the server searches names and codes ignoring diacritics
 * (`so noi vu` finds `Sở Nội vụ`). Chosen units that are not in the current answer are named
 * through the shared unit cache.
 */
export function OrgUnitSelect(props: OrgUnitSelectProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const query = useQuery({
    queryKey: planKeys.orgUnitSearch(q),
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/v1/org-units', { params: { query: { q: q || undefined, size: 30 } } }));
      // the picked names are then known to every UnitName on the page
      for (const unit of page.items) client.setQueryData(orgUnitKey(unit.id), unit);
      return page;
    },
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const options = (query.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }));
  const { mode, value, onChange, ...rest } = props;
  return (
    <Select<string | string[] | null>
      {...rest}
      mode={mode}
      value={value ?? (mode === 'multiple' ? [] : undefined)}
      onChange={(next) => (onChange as ((v: unknown) => void) | undefined)?.(next ?? null)}
      showSearch={{ filterOption: false, onSearch: setSearch, autoClearSearchValue: true }}
      options={options}
      labelRender={({ label, value: chosen }) => label ?? <UnitName id={String(chosen)} />}
      notFoundContent={query.isFetching ? <Spin size="small" /> : t('state.empty')}
      loading={query.isFetching}
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...rest.style }}
    />
  );
}

type UnitGroupSelectProps =
  | (PickerProps<string | null> & { mode?: undefined })
  | (PickerProps<string[]> & { mode: 'multiple' });

/**
 * Picks a unit group (the population of a target or an obligation, the units a task names as a
 * group) by typing part of its name; `mode="multiple"` picks several.
 */
export function UnitGroupSelect(props: UnitGroupSelectProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const query = useQuery({
    queryKey: planKeys.unitGroupSearch(q),
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/v1/unit-groups', { params: { query: { q: q || undefined, size: 100 } } }));
      for (const group of page.items) client.setQueryData(planKeys.unitGroup(group.id), group);
      return page;
    },
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const options = (query.data?.items ?? []).map((group) => ({ value: group.id, label: group.name }));
  const { mode, value, onChange, ...rest } = props;
  return (
    <Select<string | string[] | null>
      {...rest}
      mode={mode}
      value={value ?? (mode === 'multiple' ? [] : undefined)}
      onChange={(next) => (onChange as ((v: unknown) => void) | undefined)?.(next ?? null)}
      showSearch={{ filterOption: false, onSearch: setSearch, autoClearSearchValue: true }}
      options={options}
      labelRender={({ label, value: chosen }) => label ?? <GroupName id={String(chosen)} />}
      notFoundContent={query.isFetching ? <Spin size="small" /> : t('state.empty')}
      loading={query.isFetching}
      style={{ width: '100%', ...rest.style }}
    />
  );
}

/** A unit group's name from its id. */
export function GroupName({ id }: { id: string | null | undefined }) {
  const group = useUnitGroup(id);
  if (!id) return null;
  return <Typography.Text>{group.data?.name ?? '…'}</Typography.Text>;
}
