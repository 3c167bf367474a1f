import type { ReactNode } from 'react';
import { Flex, Select, type SelectProps } from 'antd';
import { fold } from '@/lib/format';

/** The filters above a list: labelled fields in one row that wraps on a phone. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
      {children}
    </Flex>
  );
}

type FilterSelectProps<V> = Omit<SelectProps<V>, 'id' | 'style' | 'showSearch'> & {
  /** The field's id, which its visible label points at. */
  id: string;
  label: ReactNode;
  /** A fixed width in pixels, or 'grow' for a field that takes the room left (a plan's long name). */
  width: number | 'grow';
  /** Type to narrow the options by their label, diacritics and case ignored. */
  searchable?: boolean;
};

/** One filter of a {@link FilterBar}: a select with its visible label. */
export function FilterSelect<V>({ id, label, width, searchable, ...select }: FilterSelectProps<V>) {
  const grow = width === 'grow';
  return (
    <Flex gap={8} align="center" style={grow ? { flex: '1 1 320px', maxWidth: 640, minWidth: 0 } : undefined}>
      <label htmlFor={id} style={{ whiteSpace: 'nowrap' }}>
        {label}
      </label>
      <Select<V>
        id={id}
        style={grow ? { flex: 1, minWidth: 0 } : { width }}
        showSearch={
          searchable ? { filterOption: (input, option) => fold(String(option?.label ?? '')).includes(fold(input)) } : undefined
        }
        {...select}
      />
    </Flex>
  );
}

interface YearFilterProps {
  id: string;
  label: ReactNode;
  years: number[];
  value: number | undefined;
  onChange: (year: number | undefined) => void;
  /** What an empty choice means ("every year"); without it a year must stay chosen. */
  allYears?: string;
  /** Years that cannot be chosen (an end before the start). */
  isDisabled?: (year: number) => boolean;
  width?: number;
}

/** A year filter: the given years, newest first as given, optionally cleared to mean every year. */
export function YearFilter({ id, label, years, value, onChange, allYears, isDisabled, width = 150 }: YearFilterProps) {
  return (
    <FilterSelect<number>
      id={id}
      label={label}
      width={width}
      allowClear={allYears !== undefined}
      placeholder={allYears}
      value={value}
      onChange={(year?: number) => onChange(year ?? undefined)}
      options={years.map((year) => ({ value: year, label: String(year), disabled: isDisabled?.(year) }))}
    />
  );
}
