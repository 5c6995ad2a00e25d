import { describe, expect, it } from '@jest/globals';
import { renderProgress } from './progress-bar.js';

describe('renderProgress', () => {
  it('fills the bar in proportion and names the count', () => {
    expect(renderProgress('re-sealing', 5, 10, 'person.address_sealed', 10)).toBe('re-sealing [#####-----]  50% 5/10 person.address_sealed');
  });

  it('shows an empty job as done and never overfills', () => {
    expect(renderProgress('x', 0, 0, '', 4)).toBe('x [####] 100% 0/0');
    expect(renderProgress('x', 12, 10, '', 4)).toBe('x [####] 100% 12/10');
  });
});
