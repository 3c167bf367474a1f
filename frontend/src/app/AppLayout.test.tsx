import { describe, expect, it } from 'vitest';
import { navFor, selectedNav } from './AppLayout';

describe('the menu', () => {
  it('gives each role its own work and nothing it may not open', () => {
    expect(navFor('REPORTER').map((item) => item.path)).toEqual(['/my-unit', '/my-unit/assessments', '/models']);
    expect(navFor('LEADER').map((item) => item.path)).toEqual(['/overview', '/plans', '/ratings', '/models']);
    expect(navFor('COORDINATOR').map((item) => item.path)).toEqual([
      '/overview',
      '/plans',
      '/reviews',
      '/assessments',
      '/ratings',
      '/models',
      '/org-units',
    ]);
    expect(navFor('ADMIN').map((item) => item.path)).toEqual(['/overview', '/plans', '/ratings', '/models', '/org-units', '/accounts', '/api-tokens']);
  });

  it('marks the most specific entry of the page', () => {
    expect(selectedNav('/my-unit/assessments/a1')).toEqual(['/my-unit/assessments']);
    expect(selectedNav('/my-unit/submissions/s1')).toEqual(['/my-unit']);
    expect(selectedNav('/assessments')).toEqual(['/assessments']);
    expect(selectedNav('/modelsx')).toEqual([]);
  });
});
