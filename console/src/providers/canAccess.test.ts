import { describe, expect, it } from 'vitest';
import { canAccess, resourcesFor } from './canAccess';
import { ROLES } from './session';

describe('canAccess', () => {
  it('gives each tier exactly its menu', () => {
    expect(resourcesFor('BUREAU_ADMIN')).toEqual(['regions', 'users']);
    expect(resourcesFor('OFFICE_STAFF')).toEqual(['regions']);
    expect(resourcesFor('ADVISER')).toEqual(['regions']);
    expect(resourcesFor('PARTY')).toEqual([]);
    expect(resourcesFor('ANALYST')).toEqual(['regions']);
  });

  it('lets every tier open the dashboard', () => {
    for (const role of ROLES) expect(canAccess(role, 'dashboard', 'access')).toBe(true);
  });

  it('keeps users to the bureau', () => {
    expect(canAccess('BUREAU_ADMIN', 'users', 'list')).toBe(true);
    expect(canAccess('BUREAU_ADMIN', 'users', 'show')).toBe(true);
    for (const role of ['OFFICE_STAFF', 'ADVISER', 'PARTY', 'ANALYST'] as const) {
      expect(canAccess(role, 'users', 'list')).toBe(false);
      expect(canAccess(role, 'users', 'show')).toBe(false);
    }
  });

  it('keeps parties out of regions', () => {
    expect(canAccess('PARTY', 'regions', 'list')).toBe(false);
    expect(canAccess('PARTY', 'regions', 'show')).toBe(false);
    expect(canAccess('OFFICE_STAFF', 'regions', 'show')).toBe(true);
  });

  it('offers no writes while the API has no mutations, and no export', () => {
    for (const role of ROLES) {
      for (const resource of ['regions', 'users']) {
        for (const action of ['create', 'edit', 'delete', 'export']) {
          expect(canAccess(role, resource, action)).toBe(false);
        }
      }
    }
  });

  it('treats a field like its resource', () => {
    expect(canAccess('ANALYST', 'regions.name', 'list')).toBe(true);
    expect(canAccess('ANALYST', 'users.username', 'list')).toBe(false);
  });

  it('opens GraphiQL from the console for the bureau and analysts only', () => {
    expect(ROLES.filter((r) => canAccess(r, 'graphiql', 'access'))).toEqual(['BUREAU_ADMIN', 'ANALYST']);
  });

  it('denies everything without a known role', () => {
    expect(canAccess(undefined, 'dashboard', 'access')).toBe(false);
    expect(canAccess(null, 'regions', 'list')).toBe(false);
    expect(canAccess('ROOT' as never, 'regions', 'list')).toBe(false);
    expect(canAccess('BUREAU_ADMIN', 'pairings', 'list')).toBe(false);
  });
});
