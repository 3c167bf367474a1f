import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '@/lib/api';
import { useOrgUnit } from '@/components/UnitName';
import { formatDate } from '@/lib/format';
import { accountKeys, orgUnitKeys, type Account, type OrgUnit, type OrgUnitQuery } from './keys';

/** The search parameters of the page and a way to change several at once (null removes one). */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null | undefined>) => {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [name, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(name);
        else next.set(name, value);
      }
      return next;
    });
  };
  return [params, update] as const;
}

/** A 1-based page number from the URL (`?page=3`), 1 when absent or nonsense. */
export function pageParam(params: URLSearchParams): number {
  const value = Number(params.get('page'));
  return Number.isInteger(value) && value > 0 ? value : 1;
}

export function useDebounced<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

interface PickerProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** A unit the picker must not offer (the unit being edited, as its own parent). */
  excludeId?: string;
  placeholder?: string;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/**
 * Picks an org unit by typing part of its name or code (the server ignores diacritics), so it
 * works for a province of a few thousand units without loading them all.
 */
export function UnitSelect({ id, value, onChange, excludeId, placeholder, style, ...rest }: PickerProps) {
  const { t } = useTranslation('admin');
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const options = useQuery({
    queryKey: orgUnitKeys.options(q),
    queryFn: () => unwrap(api.GET('/api/v1/org-units', { params: { query: { q: q || undefined, size: 50, sort: 'name' } } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const current = useOrgUnit(value ?? null);
  const choices = useMemo(() => {
    const units = (options.data?.items ?? []).filter((unit) => unit.id !== excludeId);
    if (current.data && value && !units.some((unit) => unit.id === value)) units.unshift(current.data);
    return units.map((unit) => ({
      value: unit.id,
      label: unit.code ? `${unit.name} (${unit.code})` : unit.name,
    }));
  }, [options.data, current.data, value, excludeId]);
  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      style={style}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value ?? undefined}
      onChange={(next) => {
        onChange?.(next ?? null);
        setText('');
      }}
      placeholder={placeholder ?? t('unitPicker.placeholder')}
      options={choices}
      loading={options.isFetching}
      notFoundContent={options.isFetching ? undefined : t('unitPicker.noMatch')}
    />
  );
}

export function accountLabel(account: Pick<Account, 'username' | 'displayName'>): string {
  return `${account.username} – ${account.displayName}`;
}

export function useAccount(id: string | null | undefined) {
  return useQuery({
    queryKey: accountKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/accounts/{accountId}', { params: { path: { accountId: id! } } })),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}

/** Picks an account by typing part of its username or display name. */
export function AccountSelect({ id, value, onChange, placeholder, style, ...rest }: PickerProps) {
  const { t } = useTranslation('admin');
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const options = useQuery({
    queryKey: accountKeys.options(q),
    queryFn: () => unwrap(api.GET('/api/v1/accounts', { params: { query: { q: q || undefined, size: 50 } } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const current = useAccount(value ?? null);
  const choices = useMemo(() => {
    const accounts = [...(options.data?.items ?? [])];
    if (current.data && value && !accounts.some((account) => account.id === value)) accounts.unshift(current.data);
    return accounts.map((account) => ({ value: account.id, label: accountLabel(account) }));
  }, [options.data, current.data, value]);
  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      style={style}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value ?? undefined}
      onChange={(next) => {
        onChange?.(next ?? null);
        setText('');
      }}
      placeholder={placeholder ?? t('accountPicker.placeholder')}
      options={choices}
      loading={options.isFetching}
      notFoundContent={options.isFetching ? undefined : t('accountPicker.noMatch')}
    />
  );
}

const PAGE_SIZE = 500;

/** Every unit matching the filters: the first page, then the others at once (a province has a few thousand). */
export async function loadAllUnits(filters: Pick<OrgUnitQuery, 'q' | 'kind' | 'validOn'>): Promise<OrgUnit[]> {
  const fetchPage = (page: number) =>
    unwrap(api.GET('/api/v1/org-units', { params: { query: { ...filters, page, size: PAGE_SIZE, sort: 'name' } } }));
  const first = await fetchPage(0);
  const pages = Math.ceil(first.totalItems / PAGE_SIZE);
  if (pages <= 1) return first.items;
  const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, index) => fetchPage(index + 1)));
  return [first, ...rest].flatMap((answer) => answer.items);
}

/** A unit's active period in words: `01/03/2025 – 30/06/2025`, `Từ 01/07/2025`... */
export function ValidityText({ unit, always = false }: { unit: Pick<OrgUnit, 'validFrom' | 'validTo'>; always?: boolean }) {
  const { t } = useTranslation('admin');
  const from = formatDate(unit.validFrom);
  const to = formatDate(unit.validTo);
  let text = '';
  if (from && to) text = t('orgUnits.range', { from, to });
  else if (from) text = t('orgUnits.fromOnly', { from });
  else if (to) text = t('orgUnits.toOnly', { to });
  else if (always) text = t('orgUnits.always');
  return text ? <Typography.Text>{text}</Typography.Text> : null;
}

