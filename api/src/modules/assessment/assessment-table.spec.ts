import { describe, expect, it } from '@jest/globals';
import { rankByTownship, tableRows } from './assessment-table.js';
import type { AssessmentResult } from './dto/assessment.types.js';

const east = { id: 't-east', code: '141122100000', name: '东坡镇' };
const west = { id: 't-west', code: '141122200000', name: '西营镇' };

function result(id: string, name: string, total: number | null, townships: (typeof east)[], grade: string | null = null): AssessmentResult {
  return {
    id,
    adviser: { id, name },
    townships,
    total,
    grade,
    computedTotal: total,
    adjustmentPoints: 0,
    adjustmentReason: null,
    cappedFromExcellent: false,
    exemptFromCap: false,
    objection: null,
    indicators: [
      { code: 'CASES_MEDIATED', applicable: true, score: 80 },
      { code: 'CONFIRMATIONS', applicable: false, score: null },
    ],
  } as unknown as AssessmentResult;
}

describe('rankByTownship', () => {
  const results = [
    result('a', '乙', 85, [west]),
    result('b', '甲', 90, [east]),
    result('c', '丙', 90, [east, west]),
    result('d', '丁', 70, [east]),
    result('e', '戊', null, [east]),
  ];

  it('groups by the first township served, by code, and ranks by total with ties sharing a rank and no total unranked', () => {
    const rows = tableRows(rankByTownship({ results }, null), null, ['CASES_MEDIATED', 'CONFIRMATIONS']);
    expect(rows.map((r) => [r.township, r.rank, r.adviser, r.total])).toEqual([
      ['东坡镇', 1, '丙', 90],
      ['东坡镇', 1, '甲', 90],
      ['东坡镇', 3, '丁', 70],
      ['东坡镇', null, '戊', null],
      ['西营镇', 1, '乙', 85],
    ]);
    expect(rows[0]!.scores).toEqual([80, null]);
  });

  it('puts every adviser under the office’s township in an office’s table', () => {
    const rows = tableRows(rankByTownship({ results }, west.id), west.id, []);
    expect(rows.map((r) => [r.township, r.rank, r.adviser])).toEqual([
      ['西营镇', 1, '丙'],
      ['西营镇', 2, '乙'],
    ]);
  });
});
