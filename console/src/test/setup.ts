import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fixTestClock } from './clock';

// Tests that move the clock themselves call vi.setSystemTime; every test starts again from the fixed instant.
beforeEach(() => fixTestClock());

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
});
