import { describe, expect, it } from 'vitest';
import { formatFen, higherLevels, stepsFor, yuanToFen } from './caseFormat';
import { ledgerUrl } from './MediationCaseList';

describe('money', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(formatFen(123456)).toBe('¥1,234.56');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(null)).toBe('¥0.00');
  });

  it('reads yuan typed in a form as integer fen', () => {
    expect(yuanToFen('1,234.5')).toBe(123450);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen('')).toBe(0);
    expect(yuanToFen(undefined)).toBe(0);
    expect(yuanToFen('abc')).toBeNaN();
  });
});

describe('stepsFor', () => {
  const entitled = { canReadConfidential: true, level: 'VILLAGE' as const };

  it('offers the assigned adviser the steps the status allows', () => {
    expect(stepsFor({ ...entitled, status: 'REGISTERED' }, 'ADVISER')).toEqual(['accept', 'decline', 'escalate', 'refer']);
    expect(stepsFor({ ...entitled, status: 'IN_MEDIATION' }, 'ADVISER')).toContain('recordAgreement');
    expect(stepsFor({ ...entitled, status: 'AGREEMENT_REACHED' }, 'ADVISER')).toEqual([]);
  });

  it('offers nothing to other roles or to an adviser not on the case', () => {
    expect(stepsFor({ ...entitled, status: 'IN_MEDIATION' }, 'PARTY')).toEqual([]);
    expect(stepsFor({ ...entitled, status: 'IN_MEDIATION' }, 'BUREAU_ADMIN')).toEqual([]);
    expect(stepsFor({ status: 'IN_MEDIATION', level: 'VILLAGE', canReadConfidential: false }, 'ADVISER')).toEqual([]);
  });

  it('escalates only upwards', () => {
    expect(higherLevels('VILLAGE')).toEqual(['TOWNSHIP', 'COUNTY']);
    expect(higherLevels('TOWNSHIP')).toEqual(['COUNTY']);
    expect(stepsFor({ canReadConfidential: true, level: 'COUNTY', status: 'ACCEPTED' }, 'ADVISER')).not.toContain('escalate');
  });
});

describe('ledgerUrl', () => {
  it('carries the list filter that the export understands, and nothing else', () => {
    expect(ledgerUrl({})).toBe('/api/exports/mediation-cases.xlsx');
    expect(ledgerUrl({ receivedFrom: '2026-01-01', receivedTo: '2026-06-30', status: ['ACCEPTED', 'IN_MEDIATION'], q: '交调字' })).toBe(
      '/api/exports/mediation-cases.xlsx?from=2026-01-01&to=2026-06-30&status=ACCEPTED%2CIN_MEDIATION',
    );
  });
});
