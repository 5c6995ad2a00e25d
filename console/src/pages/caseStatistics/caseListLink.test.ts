import { describe, expect, it } from 'vitest';
import { caseListLink } from './CaseStatisticsPage';

describe('caseListLink: a statistics bar opens its cases', () => {
  const open = (link: string) => JSON.parse(decodeURIComponent(link.split('?filter=')[1]!));

  it('carries the page’s period and the bar’s criterion', () => {
    const link = caseListLink({ regionId: '', from: '2026-01-01', to: '2026-11-28' }, { disputeType: 'NEIGHBOUR' });
    expect(link.startsWith('/mediationCases?filter=')).toBe(true);
    expect(open(link)).toEqual({ receivedFrom: '2026-01-01', receivedTo: '2026-11-28', disputeType: 'NEIGHBOUR' });
  });

  it('narrows to the township chosen on the page', () => {
    expect(open(caseListLink({ regionId: 't1', from: '2026-01-01', to: '2026-06-30' }, { status: ['ACCEPTED'] }))).toEqual({
      receivedFrom: '2026-01-01',
      receivedTo: '2026-06-30',
      townshipId: 't1',
      status: ['ACCEPTED'],
    });
  });
});
