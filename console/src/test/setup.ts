import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fixTestClock } from './clock';

// findBy… and waitFor wait for what the page shows, not for a length of time: on a loaded two-core CI machine a
// select's options can take more than the default second to arrive, so allow five.
configure({ asyncUtilTimeout: 5000 });

// Tests that move the clock themselves call vi.setSystemTime; every test starts again from the fixed instant.
beforeEach(() => fixTestClock());

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
});
