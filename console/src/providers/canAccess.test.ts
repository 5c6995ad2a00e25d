import { describe, expect, it } from 'vitest';
import { canAccess, menuFor, pagesFor, resourcesFor } from './canAccess';
import { ROLES, type Role } from './session';

const menuNames = (role: Role) => menuFor(role).map((e) => e.name);

describe('canAccess', () => {
  it('gives each tier exactly its menu, in order', () => {
    expect(menuNames('BUREAU_ADMIN')).toEqual([
      'coverage',
      'caseStatistics',
      'supervision',
      'trainingCompliance',
      'assessment',
      'subsidies',
      'idNumberReuse',
      'mediationCases',
      'workLogEntries',
      'monthlyReports',
      'monthlyChecks',
      'trainings',
      'consultationMeetings',
      'villages',
      'legalAdvisers',
      'pairings',
      'providers',
      'rosterFilings',
      'regions',
      'regionImport',
      'users',
      'auditEvents',
      'settings',
    ]);
    expect(menuNames('OFFICE_STAFF')).toEqual([
      'coverage',
      'caseStatistics',
      'trainingCompliance',
      'assessment',
      'subsidies',
      'mediationCases',
      'workLogEntries',
      'monthlyReports',
      'monthlyChecks',
      'trainings',
      'consultationMeetings',
      'villages',
      'legalAdvisers',
      'regions',
      'users',
    ]);
    expect(menuNames('ADVISER')).toEqual([
      'assessment',
      'subsidies',
      'mediationCases',
      'workLogEntries',
      'monthlyReports',
      'trainings',
      'villages',
      'legalAdvisers',
    ]);
    expect(menuNames('PARTY')).toEqual(['mediationCases']);
    expect(menuNames('ANALYST')).toEqual(['coverage', 'caseStatistics', 'assessment', 'regions']);
  });

  it('registers resources and pages only for the tiers that use them', () => {
    expect(resourcesFor('ADVISER')).toEqual(['mediationCases', 'workLogEntries', 'monthlyReports', 'trainings', 'villages', 'legalAdvisers']);
    expect(resourcesFor('PARTY')).toEqual(['mediationCases']);
    expect(resourcesFor('ANALYST')).not.toContain('mediationCases');
    expect(pagesFor('BUREAU_ADMIN')).toEqual([
      'coverage',
      'caseStatistics',
      'supervision',
      'trainingCompliance',
      'rosterImport',
      'regionImport',
      'idNumberReuse',
      'assessment',
      'subsidies',
      'settings',
    ]);
    expect(pagesFor('OFFICE_STAFF')).toEqual(['coverage', 'caseStatistics', 'trainingCompliance', 'assessment', 'subsidies']);
    expect(pagesFor('ANALYST')).toEqual(['coverage', 'caseStatistics', 'assessment']);
    expect(pagesFor('ADVISER')).toEqual(['assessment', 'subsidies']);
    expect(pagesFor('PARTY')).toEqual([]);
    expect(menuFor('OFFICE_STAFF')[0]).toEqual({ name: 'coverage', kind: 'page', to: '/coverage' });
  });

  it('lets every tier open the dashboard', () => {
    for (const role of ROLES) expect(canAccess(role, 'dashboard', 'access')).toBe(true);
  });

  it('keeps account administration to the bureau, and to the office for its advisers (create and reset, no edit)', () => {
    for (const action of ['list', 'show', 'create', 'edit']) expect(canAccess('BUREAU_ADMIN', 'users', action)).toBe(true);
    for (const action of ['list', 'show', 'create']) expect(canAccess('OFFICE_STAFF', 'users', action)).toBe(true);
    expect(canAccess('OFFICE_STAFF', 'users', 'edit')).toBe(false);
    for (const role of ['ADVISER', 'PARTY', 'ANALYST'] as const) {
      for (const action of ['list', 'show', 'create', 'edit']) expect(canAccess(role, 'users', action)).toBe(false);
    }
  });

  it('shows the audit trail to the bureau only', () => {
    expect(canAccess('BUREAU_ADMIN', 'auditEvents', 'list')).toBe(true);
    for (const role of ['OFFICE_STAFF', 'ADVISER', 'PARTY', 'ANALYST'] as const) expect(canAccess(role, 'auditEvents', 'list')).toBe(false);
  });

  it('keeps roster, pairing, provider and filing changes to the bureau', () => {
    const writes: [string, string][] = [
      ['legalAdvisers', 'create'],
      ['legalAdvisers', 'edit'],
      ['pairings', 'create'],
      ['pairings', 'edit'],
      ['providers', 'create'],
      ['providers', 'edit'],
      ['rosterFilings', 'create'],
      ['rosterImport', 'access'],
      ['regionImport', 'access'],
      ['regions', 'edit'],
    ];
    for (const [resource, action] of writes) {
      expect(
        ROLES.filter((r) => canAccess(r, resource, action)),
        `${resource} ${action}`,
      ).toEqual(['BUREAU_ADMIN']);
    }
  });

  it('lets the bureau and offices maintain village committees; advisers only read their villages', () => {
    expect(ROLES.filter((r) => canAccess(r, 'villages', 'edit'))).toEqual(['BUREAU_ADMIN', 'OFFICE_STAFF']);
    expect(ROLES.filter((r) => canAccess(r, 'villages', 'show'))).toEqual(['BUREAU_ADMIN', 'OFFICE_STAFF', 'ADVISER']);
    expect(canAccess('OFFICE_STAFF', 'legalAdvisers', 'show')).toBe(true);
    expect(canAccess('OFFICE_STAFF', 'legalAdvisers', 'edit')).toBe(false);
  });

  it('names advisers on the coverage page for the bureau and offices, never for analysts', () => {
    expect(ROLES.filter((r) => canAccess(r, 'coverage', 'access'))).toEqual(['BUREAU_ADMIN', 'OFFICE_STAFF', 'ANALYST']);
    expect(ROLES.filter((r) => canAccess(r, 'adviserLoads', 'list'))).toEqual(['BUREAU_ADMIN', 'OFFICE_STAFF']);
    expect(canAccess('ANALYST', 'legalAdvisers', 'list')).toBe(false);
    expect(canAccess('ANALYST', 'villages', 'list')).toBe(false);
  });

  it('lets only advisers register and handle cases; the analyst has statistics but no case list', () => {
    expect(ROLES.filter((r) => canAccess(r, 'mediationCases', 'create'))).toEqual(['ADVISER']);
    expect(ROLES.filter((r) => canAccess(r, 'mediationCases', 'edit'))).toEqual(['ADVISER']);
    expect(ROLES.filter((r) => canAccess(r, 'mediationCases', 'show'))).toEqual(['BUREAU_ADMIN', 'OFFICE_STAFF', 'ADVISER', 'PARTY']);
    expect(ROLES.filter((r) => canAccess(r, 'caseStatistics', 'access'))).toEqual(['BUREAU_ADMIN', 'OFFICE_STAFF', 'ANALYST']);
  });

  it('lets the township office and the bureau reassign cases, and keeps the ID-number reuse report to the bureau', () => {
    expect(ROLES.filter((r) => canAccess(r, 'caseReassignment', 'edit'))).toEqual(['BUREAU_ADMIN', 'OFFICE_STAFF']);
    expect(ROLES.filter((r) => canAccess(r, 'idNumberReuse', 'access'))).toEqual(['BUREAU_ADMIN']);
    expect(menuNames('OFFICE_STAFF')).not.toContain('idNumberReuse');
    expect(menuFor('BUREAU_ADMIN')).toContainEqual({ name: 'idNumberReuse', kind: 'page', to: '/id-number-reuse' });
  });

  it('gives the settings page to the bureau only, as the last menu entry', () => {
    expect(ROLES.filter((r) => canAccess(r, 'settings', 'access'))).toEqual(['BUREAU_ADMIN']);
    expect(menuFor('BUREAU_ADMIN').at(-1)).toEqual({ name: 'settings', kind: 'page', to: '/settings' });
  });

  it('lets advisers log and submit, the township office review and check, the bureau organise meetings', () => {
    expect(ROLES.filter((r) => canAccess(r, 'workLogEntries', 'create'))).toEqual(['ADVISER']);
    expect(ROLES.filter((r) => canAccess(r, 'monthlyReports', 'create'))).toEqual(['ADVISER']);
    expect(ROLES.filter((r) => canAccess(r, 'monthlyReports', 'edit'))).toEqual(['OFFICE_STAFF']);
    expect(ROLES.filter((r) => canAccess(r, 'monthlyChecks', 'create'))).toEqual(['OFFICE_STAFF']);
    expect(ROLES.filter((r) => canAccess(r, 'consultationMeetings', 'create'))).toEqual(['BUREAU_ADMIN']);
    expect(ROLES.filter((r) => canAccess(r, 'trainingCompliance', 'access'))).toEqual(['BUREAU_ADMIN', 'OFFICE_STAFF']);
    for (const resource of ['workLogEntries', 'monthlyReports', 'monthlyChecks', 'trainings', 'consultationMeetings']) {
      expect(canAccess('ANALYST', resource, 'list'), resource).toBe(false);
      expect(canAccess('PARTY', resource, 'list'), resource).toBe(false);
    }
  });

  it('downloads notice boards for those the API serves them to', () => {
    expect(ROLES.filter((r) => canAccess(r, 'noticeBoard', 'access'))).toEqual(['BUREAU_ADMIN', 'OFFICE_STAFF', 'ADVISER']);
    // A township's boards in one PDF: the bureau's and the township office's (the API refuses advisers).
    expect(ROLES.filter((r) => canAccess(r, 'townshipNoticeBoards', 'access'))).toEqual(['BUREAU_ADMIN', 'OFFICE_STAFF']);
  });

  it('keeps parties out of regions', () => {
    expect(canAccess('PARTY', 'regions', 'list')).toBe(false);
    expect(canAccess('PARTY', 'regions', 'show')).toBe(false);
    expect(canAccess('OFFICE_STAFF', 'regions', 'show')).toBe(true);
  });

  it('offers no deletes (the API has none) and no export', () => {
    for (const role of ROLES) {
      for (const resource of ['regions', 'users', 'villages', 'legalAdvisers', 'pairings', 'providers', 'rosterFilings']) {
        for (const action of ['delete', 'export']) expect(canAccess(role, resource, action)).toBe(false);
      }
      // Regions come only from the import; the bureau edits a township's attributes (the edit test above).
      expect(canAccess(role, 'regions', 'create')).toBe(false);
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
    expect(menuFor(undefined)).toEqual([]);
    expect(canAccess('BUREAU_ADMIN', 'cases', 'list')).toBe(false);
  });
});
