import dayjs from 'dayjs';

/** Calendar days as Vietnamese offices write them: 16/01/2025. The API sends ISO `yyyy-MM-dd`. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = dayjs(iso);
  return day.isValid() ? day.format(DATE_FORMAT) : iso;
}

/** An instant shown in the browser's time zone (Vietnam for the users this is for). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = dayjs(iso);
  return at.isValid() ? at.format(DATE_TIME_FORMAT) : iso;
}

function numberLocale(lang: string): string {
  return lang.startsWith('en') ? 'en-US' : 'vi-VN';
}

/** 12.345 in Vietnamese, 12,345 in English. */
export function formatNumber(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(numberLocale(lang)).format(value);
}

/** A percent the API computed (one decimal): 95,5 % in Vietnamese; an empty string when none. */
export function formatPercent(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return '';
  return `${new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 1 }).format(value)} %`;
}

export function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** Letters without their marks, lower-cased: "Sở Nội vụ" -> "so noi vu"; for searching in the browser. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
