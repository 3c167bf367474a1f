import { describe, expect, it } from 'vitest';
import { navFor } from './AppLayout';

describe('the menu', () => {
  it('gives each role its own work and nothing it may not open', () => {
    expect(navFor('REPORTER').map((item) => item.path)).toEqual(['/my-unit']);
    expect(navFor('LEADER').map((item) => item.path)).toEqual(['/overview', '/plans']);
    expect(navFor('COORDINATOR').map((item) => item.path)).toEqual(['/overview', '/plans', '/reviews', '/org-units']);
    expect(navFor('ADMIN').map((item) => item.path)).toEqual(['/overview', '/plans', '/org-units', '/accounts', '/api-tokens']);
  });
});
