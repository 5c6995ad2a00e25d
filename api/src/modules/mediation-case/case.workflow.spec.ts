import { describe, expect, it } from '@jest/globals';
import { CaseLevel, CaseStatus } from './case.enums.js';
import { TRANSITIONS, canTransition, isHigherLevel, type CaseAction } from './case.workflow.js';

describe('case workflow', () => {
  it('allows the documented path registered → accepted → in mediation → agreement', () => {
    expect(canTransition('accept', CaseStatus.REGISTERED)).toBe(true);
    expect(canTransition('startMediation', CaseStatus.ACCEPTED)).toBe(true);
    expect(canTransition('reachAgreement', CaseStatus.IN_MEDIATION)).toBe(true);
  });

  it('allows nothing out of a closed case', () => {
    const closed = [CaseStatus.DECLINED, CaseStatus.AGREEMENT_REACHED, CaseStatus.FAILED, CaseStatus.WITHDRAWN, CaseStatus.REFERRED];
    for (const status of closed) for (const action of Object.keys(TRANSITIONS) as CaseAction[]) expect(canTransition(action, status)).toBe(false);
  });

  it('refuses skipping steps', () => {
    expect(canTransition('reachAgreement', CaseStatus.REGISTERED)).toBe(false);
    expect(canTransition('decline', CaseStatus.IN_MEDIATION)).toBe(false);
    expect(canTransition('fail', CaseStatus.ACCEPTED)).toBe(false);
  });

  it('escalates only upwards', () => {
    expect(isHigherLevel(CaseLevel.TOWNSHIP, CaseLevel.VILLAGE)).toBe(true);
    expect(isHigherLevel(CaseLevel.VILLAGE, CaseLevel.TOWNSHIP)).toBe(false);
    expect(isHigherLevel(CaseLevel.COUNTY, CaseLevel.COUNTY)).toBe(false);
  });
});
