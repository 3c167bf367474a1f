import { describe, expect, it } from 'vitest';
import { fold, formatBytes, formatDate, formatNumber, formatPercent } from './format';
import { fieldPath } from './problem';

describe('format', () => {
  it('writes calendar days as dd/MM/yyyy', () => {
    expect(formatDate('2025-01-16')).toBe('16/01/2025');
    expect(formatDate(null)).toBe('');
  });

  it('writes numbers and percents the Vietnamese way, and the English way when asked', () => {
    expect(formatNumber(50000, 'vi')).toBe('50.000');
    expect(formatNumber(50000, 'en')).toBe('50,000');
    expect(formatPercent(95.5, 'vi')).toBe('95,5 %');
    expect(formatPercent(100, 'vi')).toBe('100 %');
    expect(formatPercent(null, 'vi')).toBe('');
  });

  it('sizes files', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(20 * 1024 * 1024, 'vi')).toBe('20 MB');
  });

  it('folds Vietnamese letters for searching without diacritics', () => {
    expect(fold('Sở Nội vụ Tây Ninh')).toBe('so noi vu tay ninh');
    expect(fold('ĐẢNG ỦY')).toBe('dang uy');
  });
});

describe('fieldPath', () => {
  it('turns a violation field into an antd form name', () => {
    expect(fieldPath('legalBases[0].number')).toEqual(['legalBases', 0, 'number']);
    expect(fieldPath('title')).toEqual(['title']);
    expect(fieldPath('body.title')).toEqual(['title']);
  });
});
