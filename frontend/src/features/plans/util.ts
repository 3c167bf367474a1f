import { useEffect, useState } from 'react';
import { Grid } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { components } from '@/api/schema';
import { useMe } from '@/lib/auth';

export type S = components['schemas'];
export type Plan = S['Plan'];

/** Only coordinators change plans; leaders and admins read them. */
export function useCanWrite(): boolean {
  const me = useMe();
  return me.data?.role === 'COORDINATOR';
}

/** A screen at least md (768px) wide; taken as wide until the breakpoints are known. */
export function useWide(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md ?? true;
}

/** A picker's day as the API writes it (yyyy-MM-dd), or null. */
export function toIso(day: Dayjs | null | undefined): string | null {
  return day ? day.format('YYYY-MM-DD') : null;
}

/** An API day for a picker. */
export function fromIso(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso) : null;
}

/** Trimmed text, or null when nothing is left. */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** `--06-10` as an office writes it: 10/06. */
export function formatMonthDay(monthDay: string | null | undefined): string {
  const match = /^--(\d{2})-(\d{2})$/.exec(monthDay ?? '');
  return match ? `${match[2]}/${match[1]}` : (monthDay ?? '');
}

/** 2022–2026, or 2024 for a one-year plan. */
export function formatPeriod(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}

/** A value that settles `delay` ms after the last change (for typing into a search box). */
export function useDebounced<T>(value: T, delay = 350): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export function toInt(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isInteger(number) ? number : undefined;
}

/** Long texts in tables read from the top of their row. */
export const TOP_ALIGNED = { body: { cell: { verticalAlign: 'top' as const } } };
